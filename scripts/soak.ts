/**
 * `npm run soak`: the real GraphQL server (api/server.ts over the embedded stores, holding the seed
 * corpus in a temporary data directory) under sustained load on loopback, to show it neither fails
 * nor grows. Requests mix article lookups, amendment histories, citation traversals and searches,
 * built from ids and questions the store really holds. Prints the error count (non-2xx, socket
 * errors, timeouts and GraphQL `errors`), p50/p99 latency, throughput, and RSS and heap after a
 * full GC before and after the load. Exits with status 1 when any request failed.
 *
 *   npm run soak -- [--seconds 60] [--connections 64] [--hostile]
 *
 * With `--hostile`, the load runs twice, each for `--seconds`: alone, then beside a hostile client
 * (scripts/bench/hostile-client.ts) sending every query of scripts/bench/hostile-queries.ts on
 * HOSTILE_CONNECTIONS connections, each time as a text the server has not seen. It reports both runs
 * (errors of the normal clients, p99, peak RSS sampled every 100 ms), the ratio of the p99s, and
 * each hostile query's estimated cost, what the server answered, its time and its largest answer.
 *
 * The load generator runs in this process too: RSS counts its buffers, and it shares the event loop,
 * so the latency here is for the soak, not a benchmark (scripts/bench/ runs the server apart).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { createServer, estimateCost, listen, loadSchema, measureListSizes, type Listening } from '../api/index.ts';
import type { GraphReader } from '../graph/index.ts';
import { createBackends } from './backends.ts';
import { runHostileClient } from './bench/hostile-client.ts';
import { hostileIds, hostileQueries } from './bench/hostile-queries.ts';
import { load, type LoadOptions, type LoadRequest, type LoadResult } from './bench/load.ts';
import { loadSearchQueries } from './bench/queries.ts';
import { parseCommandLine } from './cli.ts';
import { loadConfigOrExit } from './config.ts';
import { syncStores } from '../app/index.ts';

/** Bounds, so a typo cannot start a day-long run */
const MAX_SECONDS = 3600;
const MAX_CONNECTIONS = 1024;
/** Distinct requests of each kind in the mix */
const PER_KIND = 12;
/** Connections of the hostile client: the issue's crash took eight parallel copies of one query */
const HOSTILE_CONNECTIONS = 8;

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
  const articles = (
    await graph.provisionsOfDocuments(
      documents.map((d) => d.id),
      'article',
    )
  ).flat();
  const withNumber = articles.filter((a) => a.num !== null);
  const amended = await graph.mostAmended({ type: 'article' }, PER_KIND);
  const citing = (await graph.citationsFrom(articles.map((a) => a.id))).flatMap((cs, i) => (cs.length > 0 ? [articles[i]] : []));
  const lookups = spread(withNumber, PER_KIND).map((a) =>
    graphqlRequest(`query ($d: ID!, $n: String!) { article(document: $d, number: $n) { id number heading text status } }`, {
      d: a.documentId,
      n: a.num,
    }),
  );
  const histories = amended.map(({ provision }) =>
    graphqlRequest(
      `query ($id: ID!) { provision(id: $id) { amendments { id action effectiveFrom act { id number date } target { id } } } }`,
      { id: provision.id },
    ),
  );
  const traversals = spread(citing, PER_KIND).map((a) =>
    graphqlRequest(
      `query ($id: ID!) { citationGraph(from: $id, direction: BOTH, depth: 3) { nodes { id number } edges { from { id } to { id } citation { id } } } }`,
      { id: a?.id },
    ),
  );
  const searches = spread(await loadSearchQueries(), PER_KIND).map((q) =>
    graphqlRequest(
      `query ($q: String!) { search(query: $q, first: 10) { total hits { score snippet provision { id number heading } } } }`,
      { q },
    ),
  );
  const kinds = {
    'article lookup': lookups.length,
    'amendment history': histories.length,
    'citation traversal': traversals.length,
    search: searches.length,
  };
  for (const [kind, count] of Object.entries(kinds)) if (count === 0) throw new Error(`soak: the store yields no ${kind} request`);
  const groups = [lookups, histories, traversals, searches];
  const longest = Math.max(...groups.map((g) => g.length));
  const requests = Array.from({ length: longest }, (_, i) => groups.map((g) => g[i % g.length] as LoadRequest)).flat();
  return { requests, kinds };
}

/** Each request once, checked: it must answer with data and no errors, or the soak means nothing. */
async function checkRequests(origin: string, requests: readonly LoadRequest[]): Promise<void> {
  for (const r of requests) {
    const response = await fetch(origin + r.path, {
      method: r.method,
      headers: { 'content-type': 'application/json' },
      body: r.body ?? null,
    });
    const text = await response.text();
    const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (!response.ok || json.errors || !json.data || Object.values(json.data).some((v) => v === null)) {
      throw new Error(`soak: request ${r.body} did not answer with data: ${text.slice(0, 300)}`);
    }
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A load run, with the process's peak RSS sampled every 100 ms while it lasts. */
async function loadWithPeak(options: LoadOptions): Promise<LoadResult & { peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  try {
    return { ...(await load(options)), peakRss };
  } finally {
    clearInterval(sampler);
  }
}

function describeRun(label: string, r: LoadResult & { peakRss: number }): string {
  return `${label}: ${r.requests} requests (${r.rps.toFixed(1)} req/s), errors ${r.errors}, p50 ${r.latency.median.toFixed(1)} ms, p99 ${(r.latency.p99 ?? r.latency.max).toFixed(1)} ms, max ${r.latency.max.toFixed(1)} ms, peak rss ${mb(r.peakRss)}`;
}

/** The normal load alone, then beside the hostile client; prints both and each hostile query's outcome. Returns the normal clients' errors. */
async function hostileRun(origin: string, graph: GraphReader, options: LoadOptions): Promise<number> {
  const queries = hostileQueries(await hostileIds(graph));
  const schema = await loadSchema();
  const sizes = await measureListSizes(graph);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const alone = await loadWithPeak(options);
  console.log(describeRun('without hostile client', alone));
  let finish = (): void => undefined;
  const hostile = runHostileClient(origin, queries, HOSTILE_CONNECTIONS, new Promise((resolve) => (finish = resolve)));
  const beside = await loadWithPeak(options).finally(() => finish());
  const outcomes = await hostile;
  console.log(describeRun(`with hostile client (${HOSTILE_CONNECTIONS} connections)`, beside));
  console.log(`p99 with / without: ${((beside.latency.p99 ?? beside.latency.max) / (alone.latency.p99 ?? alone.latency.max)).toFixed(2)}`);
  console.log('hostile query | estimated cost | answered with (count) | median ms | max ms | largest answer');
  queries.forEach((q, i) => {
    const o = outcomes[i]!;
    const estimate = estimateCost({ schema, document: parse(q.query), variables: q.variables ?? {}, sizes });
    const answered = Object.entries(o.outcomes)
      .map(([code, n]) => `${code} ×${n}`)
      .join(', ');
    console.log(`${o.name} | ${estimate} | ${answered} | ${o.medianMs.toFixed(1)} | ${o.maxMs.toFixed(1)} | ${o.maxBytes} B`);
  });
  return alone.errors + beside.errors;
}

async function main(): Promise<number> {
  const { values, env } = parseCommandLine({
    usage: 'npm run soak --',
    summary: 'Serve the seed corpus from embedded stores in a temporary directory and load it; exit 1 if any request failed.',
    flags: {
      seconds: { type: 'string', value: '<n>', description: `length of the load, 1..${MAX_SECONDS}`, default: '60' },
      connections: { type: 'string', value: '<n>', description: `concurrent connections, 1..${MAX_CONNECTIONS}`, default: '64' },
      hostile: {
        type: 'boolean',
        description: 'add a client sending the hostile queries of scripts/bench/hostile-queries.ts beside the normal load',
      },
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
  let listening: Listening | null = null;
  try {
    await syncStores(backends, config.corpus);
    const yoga = await createServer({ graph: backends.graph, search: backends.search }, { graphiql: false });
    const bound = await listen(yoga, 0);
    listening = bound;
    const origin = `http://127.0.0.1:${bound.port}`;
    const { requests, kinds } = await buildRequests(backends.graph);
    await checkRequests(origin, requests);
    console.log(
      `soak: ${seconds} s at ${connections} connections on ${origin}/graphql, ${requests.length} distinct requests (${Object.entries(kinds)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')})`,
    );

    if (values.hostile) return (await hostileRun(origin, backends.graph, { origin, requests, connections, seconds })) > 0 ? 1 : 0;

    const before = memoryAfterGc(() => gc());
    const result = await load({ origin, requests, connections, seconds });
    const after = memoryAfterGc(() => gc());

    console.log(`requests: ${result.requests} (${result.rps.toFixed(1)} req/s)`);
    console.log(`errors: ${result.errors}`);
    console.log(
      `latency: p50 ${result.latency.median.toFixed(1)} ms, p99 ${(result.latency.p99 ?? result.latency.max).toFixed(1)} ms, max ${result.latency.max.toFixed(1)} ms`,
    );
    console.log(`rss: start ${mb(before.rss)}, end ${mb(after.rss)}, ratio ${(after.rss / before.rss).toFixed(3)}`);
    console.log(`heap: start ${mb(before.heapUsed)}, end ${mb(after.heapUsed)}, ratio ${(after.heapUsed / before.heapUsed).toFixed(3)}`);
    return result.errors > 0 ? 1 : 0;
  } finally {
    // The load test abandons the requests in flight when it ends: the stores close once they are answered.
    await listening?.close();
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
