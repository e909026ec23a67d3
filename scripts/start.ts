/**
 * `npm start`: open the configured backends (embedded by default, in ZANGRAPH_DATA_DIR, default
 * ./data), ingest the corpus (the seed corpus and the acts imported into the store's own corpus) if
 * the store is missing or stale, and serve GraphQL (with GraphiQL) on PORT (default 4000) at /graphql.
 */
import { getHeapStatistics } from 'node:v8';
import { createServer, listen } from '../api/index.ts';
import { createCorpusSync, ReplacementRefused, syncStores } from '../app/index.ts';
import { createBackends } from './backends.ts';
import { loadConfigOrExit } from './config.ts';

const config = loadConfigOrExit();
// The heap limit (npm start sets --max-old-space-size) is what api/limits.ts keeps headroom under.
console.log(`heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);
const backends = await createBackends(config);
console.log(backends.description);
try {
  for (const line of (await syncStores(backends, config.corpus)).log) console.log(line);
} catch (error) {
  // a damaged text never replaces the stored version: say so, and serve what is stored
  if (!(error instanceof ReplacementRefused)) throw error;
  console.error(error.message);
  console.log('serving the stored versions');
}

const corpus = createCorpusSync(backends, config.corpus);
const yoga = await createServer({ graph: backends.graph, search: backends.search, corpus }, { security: config.api });
const { server, port: bound } = await listen(yoga, config.listen.port, config.listen.host);
console.log(`serving http://localhost:${bound}/graphql`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void backends.close().then(() => process.exit(0));
  });
}
