/**
 * The bilingual term list of the database exports (issue #16): for every act folder under a directory whose newest
 * version holds a rus.md, the terms its aligned definitions pair (ingest/term-pairs.ts), as the thesaurus entries
 * that cite their provisions (search/analyzer/thesaurus.ts). What `npm run term-list` writes to
 * search/analyzer/term-list.json, the file the analyzers read.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, pairTerms, readActFolder, type ExportVersion } from '../ingest/index.ts';
import { termListOf, type ThesaurusEntry } from '../search/analyzer/index.ts';
import { readVersionTexts } from './russian-wordings.ts';

/** The term list of the act folders in `adiletDir`, in folder-name order. Throws IngestError on bad input. */
export async function mineTermList(adiletDir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<ThesaurusEntry[]> {
  const folders = (await readdir(adiletDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const terms = [];
  for (const folder of folders.sort()) {
    const versions = await readActFolder(join(adiletDir, folder), maxFileBytes);
    const newest = versions.filter((v) => v.russian).at(-1) as ExportVersion | undefined;
    if (!newest) continue;
    const { kazakh, russian } = readVersionTexts(newest);
    if (russian) for (const pair of pairTerms(kazakh, russian)) terms.push(pair.kazakh, pair.russian);
  }
  return termListOf(terms);
}
