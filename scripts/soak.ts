/**
 * `npm run soak`: the real GraphQL server (api/server.ts over the embedded stores, holding the seed
 * corpus in a temporary data directory) under sustained load on loopback, to show it neither fails
 * nor grows. Requests mix article lookups, amendment histories, citation traversals and searches,
 * built from ids and questions the store really holds. Prints the error count (non-2xx, socket
 * errors, timeouts and GraphQL `errors`), p50/p99 latency, throughput, and RSS and heap after a
 * full GC before and after the load. Exits with status 1 when any request failed.
 *
 *   npm run soak -- [--seconds 60] [--connections 64]
 *
 * The load generator runs in this process too: RSS counts its buffers, and it shares the event loop,
 * so the latency here is for the soak, not a benchmark (scripts/bench/ runs the server apart).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, createServer } from '../api/index.ts';
import type { GraphReader } from '../graph/index.ts';
import { createBackends } from './backends.ts';
import { load, type LoadRequest } from './bench/load.ts';
import { loadSearchQueries } from './bench/queries.ts';
import { parseCommandLine } from './cli.ts';
import { loadConfigOrExit } from './config.ts';
import { syncStores } from '../app/index.ts';

/** Bounds, so a typo cannot start a day-long run */
const MAX_SECONDS = 3600;
const MAX_CONNECTIONS = 1024;
/** Distinct requests of each kind in the mix */
const PER_KIND = 12;

interface Memory {
  rss: number;
  heapUsed: number;
}

function positiveInt(name: string, text: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`soak: --${name} must be a whole number from 1 to ${max}; got "${text}"`);
  return n;
}

/** Memory after a full collection, so garbage not yet collected does not count as growth. */
function memoryAfterGc(gc: () => void): Memory {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** Up to `n` items spread evenly over the list, so the mix covers the whole document. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

function graphqlRequest(query: string, variables: Record<string, unknown> = {}): LoadRequest {
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query, variables }) };
}

/** The mix, from what the store holds: one request of each kind in turn. */
async function buildRequests(graph: GraphReader): Promise<{ requests: LoadRequest[]; kinds: Record<string, number> }> {
  const documents = await graph.listDocuments();
  const articles = (await graph.provisionsOfDocuments(documents.map((d) => d.id), 'article')).flat();
  const withNumber = articles.filter((a) => a.num !== null);
  const amended = await graph.mostAmended({ type: 'article' }, PER_KIND);
  const citing = (await graph.citationsFrom(articles.map((a) => a.id))).flatMap((cs, i) => (cs.length > 0 ? [articles[i]] : []));
  const lookups = spread(withNumber, PER_KIND).map((a) =>
    graphqlRequest(`query ($d: ID!, $n: String!) { article(document: $d, number: $n) { id number heading text status } }`, { d: a.documentId, n: a.num }),
  );
  const histories = amended.map(({ provision }) =>
    graphqlRequest(`query ($id: ID!) { provision(id: $id) { amendments { id action effectiveFrom act { id number date } target { id } } } }`, { id: provision.id }),
  );
  const traversals = spread(citing, PER_KIND).map((a) =>
    graphqlRequest(
      `query ($id: ID!) { citationGraph(from: $id, direction: BOTH, depth: 3) { nodes { id number } edges { from { id } to { id } citation { id } } } }`,
      { id: a?.id },
    ),
  );
  const searches = spread(await loadSearchQueries(), PER_KIND).map((q) =>
    graphqlRequest(`query ($q: String!) { search(query: $q, first: 10) { total hits { score snippet provision { id number heading } } } }`, { q }),
  );
  const kinds = { 'article lookup': lookups.length, 'amendment history': histories.length, 'citation traversal': traversals.length, search: searches.length };
  for (const [kind, count] of Object.entries(kinds)) if (count === 0) throw new Error(`soak: the store yields no ${kind} request`);
  const groups = [lookups, histories, traversals, searches];
  const longest = Math.max(...groups.map((g) => g.length));
  const requests = Array.from({ length: longest }, (_, i) => groups.map((g) => g[i % g.length] as LoadRequest)).flat();
  return { requests, kinds };
}

/** Each request once, checked: it must answer with data and no errors, or the soak means nothing. */
async function checkRequests(origin: string, requests: readonly LoadRequest[]): Promise<void> {
  for (const r of requests) {
    const response = await fetch(origin + r.path, { method: r.method, headers: { 'content-type': 'application/json' }, body: r.body ?? null });
    const text = await response.text();
    const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (!response.ok || json.errors || !json.data || Object.values(json.data).some((v) => v === null)) {
      throw new Error(`soak: request ${r.body} did not answer with data: ${text.slice(0, 300)}`);
    }
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function main(): Promise<number> {
  const { values, env } = parseCommandLine({
    usage: 'npm run soak --',
    summary: 'Serve the seed corpus from embedded stores in a temporary directory and load it; exit 1 if any request failed.',
    flags: {
      seconds: { type: 'string', value: '<n>', description: `length of the load, 1..${MAX_SECONDS}`, default: '60' },
      connections: { type: 'string', value: '<n>', description: `concurrent connections, 1..${MAX_CONNECTIONS}`, default: '64' },
    },
    variables: ['ZANGRAPH_CORPUS_DIR', 'ZANGRAPH_MAX_FILE_BYTES'],
  });
  const seconds = positiveInt('seconds', String(values.seconds), MAX_SECONDS);
  const connections = positiveInt('connections', String(values.connections), MAX_CONNECTIONS);
  const gc = globalThis.gc;
  if (!gc) throw new Error('soak: run node with --expose-gc (npm run soak does), memory is measured after a full GC');

  const dataDir = await mkdtemp(join(tmpdir(), 'zangraph-soak-'));
  // Embedded stores in a temporary directory whatever the environment selects; only the corpus is configurable.
  const { ZANGRAPH_CORPUS_DIR, ZANGRAPH_MAX_FILE_BYTES } = env;
  const config = loadConfigOrExit({ ZANGRAPH_DATA_DIR: dataDir, ZANGRAPH_CORPUS_DIR, ZANGRAPH_MAX_FILE_BYTES });
  const backends = await createBackends(config);
  let server: Server | null = null;
  try {
    await syncStores(backends, config.corpus);
    const yoga = await createServer({ graph: backends.graph, search: backends.search }, { graphiql: false });
    const bound = await listen(yoga, 0);
    server = bound.server;
    const origin = `http://127.0.0.1:${bound.port}`;
    const { requests, kinds } = await buildRequests(backends.graph);
    await checkRequests(origin, requests);
    console.log(`soak: ${seconds} s at ${connections} connections on ${origin}/graphql, ${requests.length} distinct requests (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);

    const before = memoryAfterGc(() => gc());
    const result = await load({ origin, requests, connections, seconds });
    const after = memoryAfterGc(() => gc());

    console.log(`requests: ${result.requests} (${result.rps.toFixed(1)} req/s)`);
    console.log(`errors: ${result.errors}`);
    console.log(`latency: p50 ${result.latency.median.toFixed(1)} ms, p99 ${(result.latency.p99 ?? result.latency.max).toFixed(1)} ms, max ${result.latency.max.toFixed(1)} ms`);
    console.log(`rss: start ${mb(before.rss)}, end ${mb(after.rss)}, ratio ${(after.rss / before.rss).toFixed(3)}`);
    console.log(`heap: start ${mb(before.heapUsed)}, end ${mb(after.heapUsed)}, ratio ${(after.heapUsed / before.heapUsed).toFixed(3)}`);
    return result.errors > 0 ? 1 : 0;
  } finally {
    const closing = server;
    if (closing) await new Promise((done) => closing.close(done));
    await backends.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
