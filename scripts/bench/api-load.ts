/**
 * API benchmark: throughput and latency of the API cases (queries.ts) under concurrent load
 * on loopback, each beside the framework's floor (a minimal graphql-yoga server answering a
 * constant of the same size, api-server.ts) measured in the same run. Servers run in child
 * processes; autocannon runs here. Any error during a run fails the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadComponents } from './components.ts';
import { load, loadMeasurements, type LoadResult } from './load.ts';
import { API_CASES, type ApiCase } from './queries.ts';
import { atLeast, atMost, single } from './stats.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions, Measurement, TargetCheck } from './types.ts';

const SERVER = fileURLToPath(new URL('./api-server.ts', import.meta.url));
/** Throughput is compared at the 64 connections; latency is held to its target at 8 */
const THROUGHPUT_CONNECTIONS = 64;
const LATENCY_CONNECTIONS = 8;
/** Targets of issue 8 */
const FLOOR_RATIO = 1.0;
const P99_MS = 10;
/** The floor's answer around its payload: `{"data":{"payload":"…"}}` */
const FLOOR_ENVELOPE = JSON.stringify({ data: { payload: '' } }).length;

export const apiBenchmark: Benchmark = {
  name: 'api',
  description: `Each API case on loopback with autocannon: throughput at ${THROUGHPUT_CONNECTIONS} connections beside the minimal-yoga floor (one resolver returning a constant of the same size), and latency at ${LATENCY_CONNECTIONS} connections. Servers run in child processes.`,
  run,
};

interface Running {
  origin: string;
  child: ChildProcess;
}

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const seconds = options.quick ? 1 : 5;
  const warmup = options.quick ? 0 : 1;
  const dir = await buildStore(options);
  const api = await startServer(['--kind', 'api', '--dir', dir]);
  const floor = await startServer(['--kind', 'floor']);
  const measurements: Measurement[] = [];
  const targets: TargetCheck[] = [];
  const failures: string[] = [];
  const notes = [
    'The bare node:http reference (same answer from the same store, no GraphQL) is measured by scripts/bench-api.ts, which does not export its cases yet; its ratio is not in this report.',
  ];
  try {
    for (const c of API_CASES) {
      options.log(`api: ${c.name}`);
      const body = await answerOf(api.origin, c);
      const floorQuery = JSON.stringify({ query: `{ payload(bytes: ${Math.max(0, body.length - FLOOR_ENVELOPE)}) }` });
      const ours = await load({ origin: api.origin, requests: [graphql(JSON.stringify({ query: c.query }))], connections: THROUGHPUT_CONNECTIONS, seconds, warmup });
      const base = await load({ origin: floor.origin, requests: [graphql(floorQuery)], connections: THROUGHPUT_CONNECTIONS, seconds, warmup });
      const light = await load({ origin: api.origin, requests: [graphql(JSON.stringify({ query: c.query }))], connections: LATENCY_CONNECTIONS, seconds, warmup });
      measurements.push(
        ...loadMeasurements(`${c.name} @${THROUGHPUT_CONNECTIONS}`, ours),
        ...loadMeasurements(`yoga floor, ${body.length} B @${THROUGHPUT_CONNECTIONS}`, base),
        single(`${c.name} ÷ yoga floor`, '×', ours.rps / base.rps),
        ...loadMeasurements(`${c.name} @${LATENCY_CONNECTIONS}`, light),
      );
      targets.push(
        atLeast(`${c.name} throughput vs minimal-yoga floor`, ours.rps / base.rps, FLOOR_RATIO, '×'),
        atMost(`${c.name} p99 at ${LATENCY_CONNECTIONS} connections`, light.latency.p99 ?? light.latency.max, P99_MS, 'ms'),
      );
      for (const [label, r] of [['zangraph', ours], ['yoga floor', base], [`zangraph @${LATENCY_CONNECTIONS}`, light]] as [string, LoadResult][]) {
        if (r.errors > 0) failures.push(`${c.name}, ${label}: ${r.errors} errors in ${r.requests} requests`);
      }
    }
  } finally {
    await stop(api);
    await stop(floor);
  }
  return { measurements, targets, notes, failures };
}

function graphql(body: string): { method: 'POST'; path: string; body: string } {
  return { method: 'POST', path: '/graphql', body };
}

/** The API's answer to a case, checked: data, no errors. */
async function answerOf(origin: string, c: ApiCase): Promise<string> {
  const response = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: c.query }) });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (!response.ok || json.errors || !json.data || Object.values(json.data).some((v) => v === null)) {
    throw new Error(`API case "${c.name}" did not answer with data: ${text.slice(0, 300)}`);
  }
  return text;
}

/** Ingest the seed corpus into a store (graph and, when present, search) in a temp dir. */
async function buildStore(options: BenchOptions): Promise<string> {
  const { ingest, graph, search, missing } = await loadComponents();
  if (!ingest || !graph) throw new Error(missing.join('; '));
  const dir = await mkdtemp(join(options.tmpDir, 'api-'));
  const { documents } = await ingest.ingestCorpus(options.corpusDir);
  const store = await graph.openEmbeddedGraphStore({ dataDir: join(dir, 'graph') });
  for (const doc of documents) await store.writeDocument(doc);
  await store.close();
  if (search) {
    const index = await search.openEmbeddedSearchIndex({ dataDir: join(dir, 'search') });
    await index.upsertDocuments(documents);
    await index.close();
  }
  return dir;
}

/** Spawn api-server.ts and wait for the port it prints. */
async function startServer(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`api-server ${args.join(' ')} exited with ${code}`))));
  const first = new Promise<string>((resolve) => lines.once('line', resolve));
  const { port } = JSON.parse(await Promise.race([first, exited])) as { port: number };
  return { origin: `http://127.0.0.1:${port}`, child };
}

async function stop({ child }: Running): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}
