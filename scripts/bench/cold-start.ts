/**
 * Cold start: time from spawning the server (`node --import tsx scripts/start.ts`, what
 * `npm start` runs minus npm's own start-up) to the first answered GraphQL query, on a fresh
 * port and data directory: first without a store (the corpus is ingested), then with the
 * store that first start persisted.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READY_QUERY } from './queries.ts';
import { atMost, measurement, since } from './stats.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions } from './types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START = join(ROOT, 'scripts', 'start.ts');
const POLL_MS = 10;
const GIVE_UP_MS = 120_000;
/** Target of issue 8 */
const PERSISTED_START_S = 2;

export const coldStartBenchmark: Benchmark = {
  name: 'cold start',
  description:
    'Time from spawning `node --import tsx scripts/start.ts` (fresh PORT, temp ZANGRAPH_DATA_DIR) to the first answered GraphQL query, without a store (ingest at start) and with the store a previous start persisted.',
  run,
};

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const runs = options.quick ? 1 : 3;
  const fresh: number[] = [];
  const persisted: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = await mkdtemp(join(options.tmpDir, 'cold-start-'));
    fresh.push(await timeToFirstAnswer(dataDir));
    persisted.push(await timeToFirstAnswer(dataDir));
  }
  const withStore = measurement('with a persisted store', 'ms', persisted);
  return {
    measurements: [measurement('without a store (ingest at start)', 'ms', fresh), withStore],
    targets: [atMost('cold start with a persisted store', withStore.median / 1000, PERSISTED_START_S, 's')],
    notes: [`Ready means \`${READY_QUERY}\` answered with the document.`],
    failures: [],
  };
}

/** Spawn the server on `dataDir`, poll until it answers, stop it; milliseconds from spawn to answer. */
async function timeToFirstAnswer(dataDir: string): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', START], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ZANGRAPH_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  try {
    while (since(start) < GIVE_UP_MS) {
      if (exitCode !== undefined) throw new Error(`scripts/start.ts exited with ${exitCode} before answering: ${stderr.trim()}`);
      const body = await answer(port);
      if (body !== null) {
        if (answered(body)) return since(start);
        throw new Error(`scripts/start.ts answered the ready query without the document: ${body.slice(0, 300)}`);
      }
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
    throw new Error(`scripts/start.ts did not answer within ${GIVE_UP_MS / 1000} s: ${stderr.trim()}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** The server's answer to the ready query, or null while it refuses connections. */
async function answer(port: number): Promise<string | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: READY_QUERY }),
    });
    return await response.text();
  } catch {
    return null;
  }
}

function answered(body: string): boolean {
  const json = JSON.parse(body) as { data?: { document?: { id?: unknown } | null } };
  return typeof json.data?.document?.id === 'string';
}

/** A port nobody listens on now: bind port 0, read what the kernel gave, release it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
