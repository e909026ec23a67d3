/**
 * The seed both search benchmarks scale (the scale benchmark's child, scale-child.ts, and `npm run bench:search`):
 * the corpus ingested, the code carrying its Russian text from the database export
 * (`../shared/adilet/appc-350-VI`, ZANGRAPH_SHARED_DIR) aligned by app russianWordings, so both languages are
 * indexed as a server holding the imported code indexes them.
 */
import { join } from 'node:path';
import { russianWordings } from '../../app/index.ts';
import { DEFAULT_MAX_FILE_BYTES, ingestCorpus } from '../../ingest/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { CODE_ID } from './queries.ts';
import { SHARED_DIR } from './shared-dir.ts';

export interface SearchSeed {
  documents: IngestedDocument[];
  /** Russian wordings the code carries */
  russianWordings: number;
}

export async function loadSearchSeed(corpusDir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<SearchSeed> {
  const { wordings } = await russianWordings(join(SHARED_DIR, 'adilet', 'appc-350-VI'), maxFileBytes);
  const documents = (await ingestCorpus(corpusDir, { maxFileBytes })).documents.map((d) =>
    d.document.id === CODE_ID ? { ...d, wordings: [...d.wordings, ...wordings] } : d,
  );
  return { documents, russianWordings: wordings.length };
}
