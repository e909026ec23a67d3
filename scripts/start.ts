/**
 * `npm start`: open the configured backends (embedded by default, in ZANGRAPH_DATA_DIR, default
 * ./data), ingest the corpus (the seed corpus and the acts imported into the store's own corpus) if
 * the store is missing or stale, and serve GraphQL (with GraphiQL) on PORT (default 4000) at /graphql.
 */
import { createServer, listen } from '../api/index.ts';
import { createCorpusSync, syncStores } from '../app/index.ts';
import { createBackends } from './backends.ts';
import { loadConfigOrExit } from './config.ts';

const config = loadConfigOrExit();
const backends = await createBackends(config);
console.log(backends.description);
for (const line of (await syncStores(backends, config.corpus)).log) console.log(line);

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
