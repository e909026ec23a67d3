/**
 * Child process of the crash test: one forced re-ingest of a corpus into the configured stores,
 * the job of `npm run ingest` (scripts/ingest.ts) without its report and its out/ file.
 * Prints `ingested` when the corpus is parsed and `done` when both stores are written; the
 * parent SIGKILLs it at a random moment in between or before.
 * Usage: ZANGRAPH_DATA_DIR=… tsx reingest-child.ts <corpusDir>
 */
import { syncStores } from '../../app/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { createBackends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';

const [corpusDir] = process.argv.slice(2);
if (!corpusDir) throw new Error('usage: reingest-child.ts <corpusDir>');
const config = loadConfig({ ...process.env, ZANGRAPH_CORPUS_DIR: corpusDir });
const backends = await createBackends(config);
process.stdout.write('opened\n');
const parsed = await ingestCorpus(corpusDir, { maxFileBytes: config.corpus.maxFileBytes });
process.stdout.write('ingested\n');
await syncStores(backends, config.corpus, { force: true, parsed });
await backends.close();
process.stdout.write('done\n');
