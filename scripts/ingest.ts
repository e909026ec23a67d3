/**
 * `npm run ingest`: ingest the corpus, print the report, and write the parsed corpus to
 * `out/corpus.json` (git-ignored) as `{ documents: IngestedDocument[], skipped: string[] }`
 * — the CorpusIngest of ingest/index.ts, one IngestedDocument (graph/model.ts) per ingested text.
 * Exits with status 1 and the error's file:line excerpt when the corpus is unusable.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatReport, IngestError, ingestCorpus } from '../ingest/index.ts';

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));
const outDir = new URL('../out/', import.meta.url);

try {
  const result = await ingestCorpus(corpusDir);
  console.log(formatReport(result.documents, result.skipped));
  await mkdir(outDir, { recursive: true });
  const target = new URL('corpus.json', outDir);
  await writeFile(target, JSON.stringify(result));
  console.log(`\nwrote ${fileURLToPath(target)}`);
} catch (error) {
  if (!(error instanceof IngestError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
