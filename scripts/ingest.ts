/**
 * `npm run ingest`: parse the whole corpus (the seed corpus and the store's imported acts) anew, print the report, write the parsed corpus to
 * `out/corpus.json` (git-ignored) as `{ documents: IngestedDocument[] }` (graph/model.ts), and
 * write it to the configured graph store and search index (the same backends `npm start` uses).
 * Exits with status 1 and the error's file:line excerpt when the corpus is unusable.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, IngestError, ingestCorpus } from '../ingest/index.ts';
import { corpusDirs } from '../ingest/store-corpus.ts';
import { createBackends } from './backends.ts';
import { ConfigError, loadConfig } from './config.ts';
import { syncStores } from './sync-stores.ts';

const corpusDir = resolve(process.env.ZANGRAPH_CORPUS_DIR ?? './corpus');
const outDir = new URL('../out/', import.meta.url);

try {
  const config = loadConfig();
  const dirs = await corpusDirs(corpusDir, config.dataDir);
  const corpus = await ingestCorpus(dirs);
  console.log(formatReport(corpus.documents));
  await mkdir(outDir, { recursive: true });
  const target = new URL('corpus.json', outDir);
  await writeFile(target, JSON.stringify(corpus));
  console.log(`\nwrote ${fileURLToPath(target)}`);

  const backends = await createBackends(config);
  console.log(backends.description);
  try {
    const lines = await syncStores(backends, { ingest: async () => corpus, corpusDir: dirs, dataDir: config.dataDir, force: true });
    for (const line of lines) console.log(line);
  } finally {
    await backends.close();
  }
} catch (error) {
  if (!(error instanceof IngestError) && !(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
