/**
 * `npm run ingest`: parse the whole corpus (the seed corpus and the store's imported acts) anew, print the report, write the parsed corpus to
 * `out/corpus.json` (git-ignored) as `{ documents: IngestedDocument[] }` (model/types.ts), and
 * write it to the configured graph store and search index (the same backends `npm start` uses).
 * Exits with status 1 and the error's file:line excerpt when the corpus is unusable, and with the
 * list of what would be lost when a text would replace a stored document with less (articles,
 * parts, amendments) or with structural warnings; `--accept-loss` writes it anyway.
 *
 *   npm run ingest [-- --accept-loss]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { IngestError, ReplacementRefused, syncStores } from '../app/index.ts';
import { corpusDirs, formatReport, ingestCorpus } from '../ingest/index.ts';
import { createBackends } from './backends.ts';
import { loadConfigOrExit } from './config.ts';

const outDir = new URL('../out/', import.meta.url);

const config = loadConfigOrExit(process.env, process.argv.slice(2));
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
    const { log } = await syncStores(backends, config.corpus, { force: true, parsed: corpus, acceptLoss: config.acceptLoss });
    for (const line of log) console.log(line);
  } finally {
    await backends.close();
  }
} catch (error) {
  if (!(error instanceof IngestError) && !(error instanceof ReplacementRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
