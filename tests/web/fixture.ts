/**
 * The real server (api/server.ts, with the web interface and GraphiQL) over embedded stores in a
 * temporary directory holding the ingested seed corpus. `listen` puts it on a loopback port for
 * the browser tests; the HTTP tests call `yoga.fetch`.
 */
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen } from '../../api/main.ts';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { openEmbeddedGraphStore, type EmbeddedGraphStore } from '../../graph/index.ts';
import { openEmbeddedSearchIndex, type EmbeddedSearchIndex } from '../../search/index.ts';
import { ingestedCorpus } from '../contract/corpus-fixture.ts';

export interface WebServer {
  yoga: ZangraphYoga;
  graph: EmbeddedGraphStore;
  search: EmbeddedSearchIndex;
  /** `http://127.0.0.1:<port>` once `listen` was asked for */
  origin: string;
  /** GET a path in process; `accept` defaults to text/html */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function serveWeb(options: { listen?: boolean } = {}): Promise<WebServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'zangraph-web-'));
  const graph = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
  const search = await openEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
  const documents = await ingestedCorpus();
  for (const doc of documents) await graph.writeDocument(doc);
  await search.upsertDocuments(documents);
  const yoga = await createServer({ graph, search });
  let server: Server | null = null;
  let origin = '';
  if (options.listen) {
    const bound = await listen(yoga, 0);
    server = bound.server;
    origin = `http://127.0.0.1:${bound.port}`;
  }
  return {
    yoga,
    graph,
    search,
    origin,
    get: async (path, headers = {}) => yoga.fetch(`http://localhost${path}`, { headers: { accept: 'text/html', ...headers } }),
    async close() {
      if (server) await new Promise((resolve) => server?.close(resolve));
      await Promise.all([graph.close(), search.close()]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `/…?q=…` with the params encoded. */
export function pathWith(path: string, params: Record<string, string>): string {
  return `${encodeURI(path)}?${new URLSearchParams(params).toString()}`;
}
