/**
 * `npm start`: open the configured backends (embedded by default, in ZANGRAPH_DATA_DIR, default
 * ./data), ingest the corpus (the seed corpus and the acts imported into the store's own corpus) if
 * the store is missing or stale, and serve GraphQL (with GraphiQL) on PORT (default 4000) at /graphql.
 */
import { getHeapStatistics } from 'node:v8';
import { createServer, listen } from '../api/index.ts';
import { createCorpusSync, ReplacementRefused, syncStores } from '../app/index.ts';
import { createBackends } from './backends.ts';
import { DATA_DIR_FLAG, parseCommandLine, PORT_FLAG } from './cli.ts';
import { syncProgressBar } from './sync-progress.ts';
import { CONFIG_VARIABLES, loadConfigOrExit } from './config.ts';

const { env } = parseCommandLine({
  usage: 'npm start --',
  summary: 'Ingest the corpus if the store is missing or stale, then serve GraphQL, GraphiQL and the web pages.',
  flags: {
    port: PORT_FLAG,
    host: { type: 'string', value: '<address>', variable: 'HOST', description: 'address to serve on' },
    'data-dir': DATA_DIR_FLAG,
  },
  variables: Object.keys(CONFIG_VARIABLES),
});
const config = loadConfigOrExit(env);
// The heap limit (npm start sets --max-old-space-size) is what api/limits.ts keeps headroom under.
console.log(`heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);
const backends = await createBackends(config);
console.log(backends.description);
const progress = syncProgressBar('ingesting');
try {
  for (const line of (await syncStores(backends, config.corpus, { onProgress: (step) => progress.onProgress(step) })).log)
    console.log(line);
} catch (error) {
  // a damaged text never replaces the stored version: say so, and serve what is stored
  if (!(error instanceof ReplacementRefused)) throw error;
  console.error(error.message);
  console.log('serving the stored versions');
} finally {
  progress.stop();
}

const corpus = createCorpusSync(backends, config.corpus);
const yoga = await createServer({ graph: backends.graph, search: backends.search, corpus }, { security: config.api });
const listening = await listenOrExit();
const bound = listening.port;
console.log(`serving http://localhost:${bound}/graphql`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // The requests in flight are answered before the stores close under them.
    void listening
      .close()
      .then(() => backends.close())
      .then(() => process.exit(0));
  });
}

/** Listen where configured; a port in use or not allowed is one line and exit status 1, not a stack. */
async function listenOrExit(): Promise<Awaited<ReturnType<typeof listen>>> {
  try {
    return await listen(yoga, config.listen.port, config.listen.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    const why = code === 'EADDRINUSE' ? 'is in use' : 'is not allowed to this process';
    console.error(`cannot serve: port ${config.listen.port} on ${config.listen.host} ${why}; choose another with --port or PORT`);
    await backends.close();
    process.exit(1);
  }
}
