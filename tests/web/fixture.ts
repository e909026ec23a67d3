/**
 * The real server (api/server.ts, with the web interface and GraphiQL) over embedded stores in a
 * temporary directory holding the seed corpus and the code's two earlier versions imported from the
 * national database's exports (`../shared/adilet/appc-350-VI`: 2022-12-30, and 2024-01-01 with its
 * Russian text), as `npm run import` adds them. `listen` puts it on a loopback port for the browser
 * tests; the HTTP tests call `yoga.fetch`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type Listening } from '../../api/main.ts';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { importAct } from '../../app/index.ts';
import type { GraphStore } from '../../graph/index.ts';
import type { SearchIndex } from '../../search/index.ts';
import { createBackends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';
import { CORPUS_DIR } from '../contract/corpus-fixture.ts';
import { adiletPath } from '../shared-dir.ts';

export interface WebServer {
  yoga: ZangraphYoga;
  graph: GraphStore;
  search: SearchIndex;
  /** `http://127.0.0.1:<port>` once `listen` was asked for */
  origin: string;
  /** GET a path in process; `accept` defaults to text/html */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function serveWeb(options: { listen?: boolean } = {}): Promise<WebServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'zangraph-web-'));
  const config = loadConfig({ ZANGRAPH_DATA_DIR: join(dataDir, 'data') });
  const backends = await createBackends(config);
  const { graph, search } = backends;
  // Importing syncs the seed corpus too: the code becomes one work in three versions.
  await importAct(adiletPath('appc-350-VI'), { ...config.corpus, corpusDir: CORPUS_DIR }, backends);
  const yoga = await createServer({ graph, search });
  let listening: Listening | null = null;
  let origin = '';
  if (options.listen) {
    listening = await listen(yoga, 0);
    origin = `http://127.0.0.1:${listening.port}`;
  }
  return {
    yoga,
    graph,
    search,
    origin,
    get: async (path, headers = {}) => yoga.fetch(`http://localhost${path}`, { headers: { accept: 'text/html', ...headers } }),
    async close() {
      await listening?.close();
      await backends.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `/…?q=…` with the params encoded. */
export function pathWith(path: string, params: Record<string, string>): string {
  return `${encodeURI(path)}?${new URLSearchParams(params).toString()}`;
}
