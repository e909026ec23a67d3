/**
 * `npm run bench:api`: load-test three API cases on loopback with autocannon, each beside a
 * bare node:http endpoint that reads the same store and returns the same JSON, so the ratio
 * is the cost of GraphQL (parsing, validation, armor, resolvers, loaders) over the store.
 * BENCH_SECONDS (default 5) per run; BENCH_CONNECTIONS (default 10). Both servers share this
 * process, so the figures compare them under the same conditions; absolute numbers depend on
 * the machine and its load.
 */
import autocannon from 'autocannon';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listen } from '../api/main.ts';
import { createServer } from '../api/server.ts';
import { openEmbeddedGraphStore } from '../graph/embedded.ts';
import type { GraphStore } from '../graph/port.ts';
import { ingestCorpus } from '../ingest/index.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CODE = '/akn/kz/act/code/2020-06-29/350-VI';
const ART_4 = `${CODE}/~art_4`;
const ART_23 = `${CODE}/~art_23`;

/** Model enum value → GraphQL enum name, as api/enums.ts maps them. */
const upper = (v: string): string => v.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

interface Case {
  name: string;
  query: string;
  path: string;
  /** The bare endpoint's answer: the same JSON the GraphQL query returns */
  bare(graph: GraphStore): Promise<unknown>;
}

const CASES: Case[] = [
  {
    name: 'article lookup',
    query: `{ article(document: "${CODE}", number: "4") { id number heading text status } }`,
    path: '/article',
    async bare(graph) {
      const [p] = await graph.getProvisions([ART_4]);
      if (!p) return { data: { article: null } };
      return { data: { article: { id: p.id, number: p.num, heading: p.heading, text: p.text, status: upper(p.status) } } };
    },
  },
  {
    name: 'amendment history',
    query: `{ provision(id: "${ART_4}") { amendments { id action effectiveFrom act { id number date } target { id } } } }`,
    path: '/amendments',
    async bare(graph) {
      const [amendments = []] = await graph.amendmentsOfProvisions([ART_4]);
      const acts = await graph.getActs(amendments.map((a) => a.actId));
      return {
        data: {
          provision: {
            amendments: amendments.map((a, i) => ({
              id: a.id,
              action: upper(a.action),
              effectiveFrom: a.effectiveFrom,
              act: { id: a.actId, number: acts[i]?.number ?? null, date: acts[i]?.date ?? null },
              target: a.targetId ? { id: a.targetId } : null,
            })),
          },
        },
      };
    },
  },
  {
    name: 'depth-3 traversal',
    query: `{ citationGraph(from: "${ART_23}", direction: BOTH, depth: 3) { nodes { id number } edges { from { id } to { id } citation { id } } } }`,
    path: '/graph',
    async bare(graph) {
      const sub = await graph.citationGraph(ART_23, 'both', 3);
      return {
        data: {
          citationGraph: {
            nodes: sub?.nodes.map((n) => ({ id: n.id, number: n.num })) ?? [],
            edges: sub?.edges.map((e) => ({ from: { id: e.fromId }, to: { id: e.toId }, citation: { id: e.citation.id } })) ?? [],
          },
        },
      };
    },
  },
];

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, init: { method: 'GET' | 'POST'; body?: string }): Promise<Figures> {
  const result = await autocannon({
    url,
    method: init.method,
    body: init.body,
    headers: { 'content-type': 'application/json' },
    connections: CONNECTIONS,
    duration: SECONDS,
    // Load generation in a worker thread, so it does not compete with the servers' event loop.
    workers: 1,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'zangraph-bench-'));
  const graph = await openEmbeddedGraphStore({ dataDir });
  const { documents } = await ingestCorpus(resolve('corpus'));
  for (const doc of documents) await graph.writeDocument(doc);

  const yoga = await createServer({ graph }, { graphiql: false });
  const api = await listen(yoga, 0);
  const bare = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const found = CASES.find((c) => c.path === req.url);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    void found.bare(graph).then((body) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((done) => bare.listen(0, '127.0.0.1', done));
  const barePort = (bare.address() as AddressInfo).port;
  const apiUrl = `http://127.0.0.1:${api.port}/graphql`;

  console.log(`bench:api — ${SECONDS} s per run, ${CONNECTIONS} connections, loopback, embedded store`);
  console.log('case                 | GraphQL req/s  p50  p99 | bare req/s  p50  p99 | GraphQL/bare req/s');
  for (const c of CASES) {
    const body = JSON.stringify({ query: c.query });
    const viaApi = await (await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
    const viaBare = await (await fetch(`http://127.0.0.1:${barePort}${c.path}`)).json();
    if (!isDeepStrictEqual(viaApi, viaBare)) throw new Error(`${c.name}: the bare endpoint's JSON differs from the API's`);

    const g = await load(apiUrl, { method: 'POST', body });
    const b = await load(`http://127.0.0.1:${barePort}${c.path}`, { method: 'GET' });
    if (g.errors || b.errors) console.warn(`${c.name}: ${g.errors} GraphQL and ${b.errors} bare errors`);
    console.log(
      `${c.name.padEnd(20)} | ${g.rps.toFixed(0).padStart(13)} ${String(g.p50).padStart(4)} ${String(g.p99).padStart(4)} | ` +
        `${b.rps.toFixed(0).padStart(10)} ${String(b.p50).padStart(4)} ${String(b.p99).padStart(4)} | ${(g.rps / b.rps).toFixed(2)}`,
    );
  }
  console.log('latencies in ms');

  api.server.close();
  bare.close();
  await graph.close();
  await rm(dataDir, { recursive: true, force: true });
}

await main();
