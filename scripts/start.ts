/**
 * `npm start`: open the configured backends (embedded by default, in ZANGRAPH_DATA_DIR, default
 * ./data), ingest the corpus if the store is missing or stale, and serve GraphQL (with GraphiQL)
 * on PORT (default 4000) at /graphql.
 */
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { listen } from '../api/main.ts';
import { createServer } from '../api/server.ts';
import { ReplacementRefused } from '../graph/replacement.ts';
import { ingestCorpus } from '../ingest/index.ts';
import { createBackends } from './backends.ts';
import { ConfigError, loadConfig } from './config.ts';
import { corpusSync, syncStores } from './sync-stores.ts';

const corpusDir = resolve(process.env.ZANGRAPH_CORPUS_DIR ?? './corpus');
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '0.0.0.0';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
// The heap limit (npm start sets --max-old-space-size) is what api/limits.ts keeps headroom under.
console.log(`heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);
const backends = await createBackends(config);
console.log(backends.description);
const syncOptions = { ingest: () => ingestCorpus(corpusDir), corpusDir, dataDir: config.dataDir };
try {
  for (const line of await syncStores(backends, syncOptions)) console.log(line);
} catch (error) {
  // a damaged text never replaces the stored version: say so, and serve what is stored
  if (!(error instanceof ReplacementRefused)) throw error;
  console.error(error.message);
  console.log('serving the stored versions');
}

const corpus = corpusSync(backends, syncOptions);
const yoga = await createServer({ graph: backends.graph, search: backends.search, corpus }, { security: config.api });
const { server, port: bound } = await listen(yoga, port, host);
console.log(`serving http://localhost:${bound}/graphql`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void backends.close().then(() => process.exit(0));
  });
}
