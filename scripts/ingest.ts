/**
 * `npm run ingest`: parse the whole corpus anew, print the report, write the parsed corpus to
 * `out/corpus.json` (git-ignored) as `{ documents: IngestedDocument[] }` (graph/model.ts), and
 * write it to the configured graph store and search index (the same backends `npm start` uses).
 * Exits with status 1 and the error's file:line excerpt when the corpus is unusable, and with the
 * list of what would be lost when a text would replace a stored document with less (articles,
 * parts, amendments) or with structural warnings; `--accept-loss` writes it anyway.
 *
 *   npm run ingest [-- --accept-loss]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ReplacementRefused } from '../graph/replacement.ts';
import { formatReport, IngestError, ingestCorpus } from '../ingest/index.ts';
import { createBackends } from './backends.ts';
import { ConfigError, loadConfig } from './config.ts';
import { syncStores } from './sync-stores.ts';

const corpusDir = resolve(process.env.ZANGRAPH_CORPUS_DIR ?? './corpus');
const outDir = new URL('../out/', import.meta.url);
const { values: flags } = parseArgs({ options: { 'accept-loss': { type: 'boolean', default: false } } });

try {
  const config = loadConfig();
  const corpus = await ingestCorpus(corpusDir);
  console.log(formatReport(corpus.documents));
  await mkdir(outDir, { recursive: true });
  const target = new URL('corpus.json', outDir);
  await writeFile(target, JSON.stringify(corpus));
  console.log(`\nwrote ${fileURLToPath(target)}`);

  const backends = await createBackends(config);
  console.log(backends.description);
  try {
    const lines = await syncStores(backends, { ingest: async () => corpus, corpusDir, dataDir: config.dataDir, force: true, acceptLoss: flags['accept-loss'] });
    for (const line of lines) console.log(line);
  } finally {
    await backends.close();
  }
} catch (error) {
  if (!(error instanceof IngestError) && !(error instanceof ConfigError) && !(error instanceof ReplacementRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
