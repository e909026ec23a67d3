/**
 * `npm run ingest`: parse the whole corpus (the seed corpus and the store's imported acts) anew, print the report, write the parsed corpus to
 * `out/corpus.json` (git-ignored) as `{ documents: IngestedDocument[] }` (model/types.ts), and
 * write it to the configured graph store and search index (the same backends `npm start` uses).
 * Exits with status 1 and the error's file:line excerpt when the corpus is unusable.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { IngestError, syncStores } from '../app/index.ts';
import { corpusDirs, formatReport, ingestCorpus } from '../ingest/index.ts';
import { createBackends } from './backends.ts';
import { loadConfigOrExit } from './config.ts';

const outDir = new URL('../out/', import.meta.url);

const config = loadConfigOrExit();
try {
  const { corpusDir, importedDir, maxFileBytes } = config.corpus;
  // The seed corpus and the acts imported into the store's own corpus (`npm run import`).
  const corpus = await ingestCorpus(await corpusDirs(corpusDir, importedDir), { maxFileBytes });
  console.log(formatReport(corpus.documents));
  await mkdir(outDir, { recursive: true });
  const target = new URL('corpus.json', outDir);
  await writeFile(target, JSON.stringify(corpus));
  console.log(`\nwrote ${fileURLToPath(target)}`);

  const backends = await createBackends(config);
  console.log(backends.description);
  try {
    const { log } = await syncStores(backends, config.corpus, { force: true, parsed: corpus });
    for (const line of log) console.log(line);
  } finally {
    await backends.close();
  }
} catch (error) {
  if (!(error instanceof IngestError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
