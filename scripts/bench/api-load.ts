/**
 * API benchmark: throughput and latency of the API cases (queries.ts) under concurrent load
 * on loopback, each beside two references measured in the same run (api-server.ts): the
 * framework's floor (a plain createYoga answering a constant of the same byte size) and a bare
 * node:http handler answering the same JSON from the same store (api-bare.ts). Before loading,
 * the answers are checked: the bare JSON must equal the API's, the floor's size must match.
 *
 * On a small machine the figures drift with whatever else runs, so the three servers are
 * loaded in interleaved rounds, and each server's CPU time per answered request is reported
 * beside its throughput: a saturated single-threaded server's throughput is the inverse of
 * that cost, and the CPU figure hardly moves with other load.
 *
 * Set ZANGRAPH_BENCH_CPU_PROF=<dir> to run the servers under `node --cpu-prof` (one profile
 * per server process, in <dir>/<kind>/), e.g. `ZANGRAPH_BENCH_CPU_PROF=prof npm run bench:api`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { barePath } from './api-bare.ts';
import { fetchInit, load, loadMeasurements, type LoadRequest } from './load.ts';
import { API_CASES, type ApiCase } from './queries.ts';
import { atLeast, atMost, single, summarize } from './stats.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions, Measurement, TargetCheck } from './types.ts';

const SERVER = fileURLToPath(new URL('./api-server.ts', import.meta.url));
/** Throughput is compared at the 64 connections; latency is held to its target at 8 */
const THROUGHPUT_CONNECTIONS = 64;
const LATENCY_CONNECTIONS = 8;
/** Targets of issue 8 */
const FLOOR_RATIO = 1.0;
const P99_MS = 10;
/** The floor's answer around its payload: `{"data":{"payload":"…"}}` */
const FLOOR_ENVELOPE = Buffer.byteLength(JSON.stringify({ data: { payload: '' } }));

export const apiBenchmark: Benchmark = {
  name: 'api',
  description:
    `Each API case on loopback with autocannon, in interleaved rounds at ${THROUGHPUT_CONNECTIONS} connections beside the minimal-yoga floor ` +
    `(plain createYoga, one resolver returning a constant of the same byte size) and a bare node:http handler answering the same JSON ` +
    `from the same store; server CPU time per request; latency at ${LATENCY_CONNECTIONS} connections. Servers run in child processes with NODE_ENV=production.`,
  run,
};

export interface Running {
  kind: string;
  origin: string;
  child: ChildProcess;
}

/** One server under load in a case: who, and what it is asked. */
interface Contender {
  label: string;
  server: Running;
  request: LoadRequest;
  requests: number;
  cpuMicros: number;
  errors: number;
  rps: number[];
}

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const rounds = options.quick ? 1 : 3;
  const roundSeconds = options.quick ? 1 : 2;
  const latencySeconds = options.quick ? 1 : 5;
  const dir = await buildStore(options);
  const servers = await Promise.all([startServer('api', dir), startServer('floor', null), startServer('bare', dir)]);
  const [api, floor, bare] = servers;
  const measurements: Measurement[] = [];
  const targets: TargetCheck[] = [];
  const failures: string[] = [];
  const notes = [
    'Servers run with NODE_ENV=production, as the Dockerfile deploys (graphql-js drops its development-only checks). The floor is graphql-yoga with its defaults (parse/validation cache on, errors masked) and none of our plugins.',
    `Throughput: ${rounds} round(s) of ${roundSeconds} s per server, the servers taking turns; a ratio is total answers ÷ total answers. CPU per request is the server's user + system time over its rounds ÷ its answers.`,
  ];
  try {
    for (const c of API_CASES) {
      options.log(`api: ${c.name}`);
      const check = await checkAnswers(c, api, bare, floor);
      if (typeof check === 'string') {
        failures.push(check);
        continue;
      }
      const contenders = [
        contender(c.name, api, graphql(c.query)),
        contender(`yoga floor, ${check.bytes} B`, floor, graphql(check.floorQuery)),
        contender(`bare node:http, ${c.name}`, bare, { method: 'GET', path: barePath(c.name) }),
      ];
      if (!options.quick) for (const x of contenders) await load({ origin: x.server.origin, requests: [x.request], connections: THROUGHPUT_CONNECTIONS, seconds: 1 });
      for (let round = 0; round < rounds; round++) {
        for (const x of contenders) {
          const before = await cpuMicros(x.server);
          const r = await load({ origin: x.server.origin, requests: [x.request], connections: THROUGHPUT_CONNECTIONS, seconds: roundSeconds });
          x.cpuMicros += (await cpuMicros(x.server)) - before;
          x.requests += r.requests;
          x.errors += r.errors;
          x.rps.push(r.rps);
        }
      }
      const [ours, base, plain] = contenders as [Contender, Contender, Contender];
      const light = await load({ origin: api.origin, requests: [ours.request], connections: LATENCY_CONNECTIONS, seconds: latencySeconds });
      const lightFloor = await load({ origin: floor.origin, requests: [base.request], connections: LATENCY_CONNECTIONS, seconds: latencySeconds });
      const floorRatio = ours.requests / base.requests;
      for (const x of contenders) {
        measurements.push(
          { name: `${x.label} @${THROUGHPUT_CONNECTIONS} · throughput`, unit: 'req/s', ...summarize(x.rps) },
          single(`${x.label} · server CPU per request`, 'µs', x.cpuMicros / x.requests),
        );
      }
      measurements.push(
        single(`${c.name} ÷ yoga floor · throughput`, '×', floorRatio),
        single(`${c.name} ÷ bare node:http · throughput`, '×', ours.requests / plain.requests),
        single(`${c.name} ÷ yoga floor · CPU per request`, '×', ours.cpuMicros / ours.requests / (base.cpuMicros / base.requests)),
        ...loadMeasurements(`${c.name} @${LATENCY_CONNECTIONS}`, light),
        ...loadMeasurements(`yoga floor, ${check.bytes} B @${LATENCY_CONNECTIONS}`, lightFloor),
      );
      if (c.lookup !== false) {
        targets.push(
          atLeast(`${c.name} throughput vs minimal-yoga floor`, floorRatio, FLOOR_RATIO, '×'),
          atMost(`${c.name} p99 at ${LATENCY_CONNECTIONS} connections`, light.latency.p99 ?? light.latency.max, P99_MS, 'ms'),
        );
      }
      for (const x of [...contenders, { label: `${c.name} @${LATENCY_CONNECTIONS}`, ...light }, { label: `yoga floor @${LATENCY_CONNECTIONS}`, ...lightFloor }]) {
        if (x.errors > 0) failures.push(`${c.name}, ${x.label}: ${x.errors} errors in ${x.requests} requests`);
      }
    }
  } finally {
    await Promise.all(servers.map(stop));
  }
  return { measurements, targets, notes, failures };
}

function contender(label: string, server: Running, request: LoadRequest): Contender {
  return { label, server, request, requests: 0, cpuMicros: 0, errors: 0, rps: [] };
}

function graphql(query: string): LoadRequest {
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query }) };
}

/**
 * The three answers to a case, checked before any load: the API answers with data and no
 * errors, the bare handler with the same JSON, the floor with as many bytes. Returns the
 * answer's size and the floor's query, or a failure saying what differed.
 */
async function checkAnswers(c: ApiCase, api: Running, bare: Running, floor: Running): Promise<{ bytes: number; floorQuery: string } | string> {
  const ours = await fetchText(api.origin, graphql(c.query));
  const json = JSON.parse(ours) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (json.errors || !json.data || Object.values(json.data).some((v) => v === null)) {
    return `API case "${c.name}" did not answer with data: ${ours.slice(0, 300)}`;
  }
  const plain = await fetchText(bare.origin, { method: 'GET', path: barePath(c.name) });
  if (!isDeepStrictEqual(JSON.parse(plain), json)) return `API case "${c.name}": the bare handler's JSON differs from the API's: ${plain.slice(0, 300)}`;
  const bytes = Buffer.byteLength(ours);
  const floorQuery = `{ payload(bytes: ${Math.max(0, bytes - FLOOR_ENVELOPE)}) }`;
  const floorBytes = Buffer.byteLength(await fetchText(floor.origin, graphql(floorQuery)));
  if (floorBytes !== bytes) return `API case "${c.name}": the floor answers ${floorBytes} bytes, the API ${bytes}`;
  return { bytes, floorQuery };
}

async function fetchText(origin: string, request: LoadRequest): Promise<string> {
  const response = await fetch(origin + request.path, fetchInit(request));
  const text = await response.text();
  if (!response.ok) throw new Error(`${request.method} ${origin}${request.path}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Ingest the seed corpus into a graph store and a search index in a temp dir. */
async function buildStore(options: BenchOptions): Promise<string> {
  const dir = await mkdtemp(join(options.tmpDir, 'api-'));
  const { documents } = await ingestCorpus(options.corpusDir);
  const store = await openEmbeddedGraphStore({ dataDir: join(dir, 'graph') });
  for (const doc of documents) await store.writeDocument(doc);
  await store.close();
  const index = await openEmbeddedSearchIndex({ dataDir: join(dir, 'search') });
  await index.upsertDocuments(documents);
  await index.close();
  return dir;
}

/** Spawn api-server.ts (under --cpu-prof when asked) and wait for the port it prints. */
export async function startServer(kind: string, dir: string | null): Promise<Running> {
  const profileDir = process.env.ZANGRAPH_BENCH_CPU_PROF;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir, kind)}`] : [];
  const args = ['--kind', kind, ...(dir ? ['--dir', dir] : [])];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', SERVER, ...args], {
    stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`api-server ${args.join(' ')} exited with ${code}`))));
  const first = new Promise<string>((done) => lines.once('line', done));
  const { port } = JSON.parse(await Promise.race([first, exited])) as { port: number };
  return { kind, origin: `http://127.0.0.1:${port}`, child };
}

/** The server's CPU time so far, asked over IPC. */
function cpuMicros({ child }: Running): Promise<number> {
  return new Promise((done) => {
    child.once('message', (message: { cpuMicros: number }) => done(message.cpuMicros));
    child.send({});
  });
}

export async function stop({ child }: Running): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}
