/**
 * `npm run bench`: run every benchmark and write `bench/results.json` and `bench/REPORT.md`.
 *
 *   npm run bench -- --quick            fewer runs, scales 1× and 5× only, 1 s load runs
 *   npm run bench -- --out <dir>        write the results elsewhere (the tests use a temp dir)
 *   npm run bench -- --only ingest,api  run some benchmarks only (ingest, import, scale, cold start, api)
 *   npm run bench -- --max-scale 30     run the scale benchmark up to 30× instead of 100× (100× takes about 2 minutes and 1.2 GB)
 *   npm run bench -- --graph neo4j      only the graph store on Neo4j beside the embedded one (NEO4J_URI…, see README),
 *                                       written to bench/neo4j/ unless --out says otherwise
 *
 * A benchmark that throws or records a failure is reported as failed; the others still run.
 * Timings never fail the command: it exits non-zero only when a benchmark failed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS } from './bench/registry.ts';
import { describeMachine } from './bench/machine.ts';
import { neo4jBenchmark } from './bench/neo4j.ts';
import { writeResults } from './bench/report.ts';
import type { BenchmarkResult, BenchOptions, BenchResults } from './bench/types.ts';
import { parseCommandLine } from './cli.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseCommandLine({
  usage: 'npm run bench --',
  summary: 'Run every benchmark and write bench/results.json and bench/REPORT.md.',
  flags: {
    quick: { type: 'boolean', description: 'fewer runs, scales 1× and 5× only, 1 s load runs' },
    out: { type: 'string', value: '<dir>', description: 'write the results there (default bench/, bench/neo4j/ with --graph neo4j)' },
    graph: {
      type: 'string',
      value: '<store>',
      description: 'embedded, or neo4j: only the graph store on Neo4j beside the embedded one',
      default: 'embedded',
    },
    only: {
      type: 'string',
      value: '<names>',
      description: `run these benchmarks only, comma-separated: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
    },
    'max-scale': { type: 'string', value: '<n>', description: 'largest scale of the scale benchmark (default 100)' },
  },
  variables: ['NEO4J_URI'],
});
const values = {
  quick: flags.quick === true,
  out: flags.out as string | undefined,
  graph: String(flags.graph),
  only: flags.only as string | undefined,
  'max-scale': flags['max-scale'] as string | undefined,
};

if (values.graph !== 'embedded' && values.graph !== 'neo4j') throw new Error(`--graph must be embedded or neo4j, got ${values.graph}`);
const onNeo4j = values.graph === 'neo4j';
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((name) => !BENCHMARKS.some((b) => b.name === name)) ?? [];
if (unknown.length > 0)
  throw new Error(`--only: no benchmark named ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);

const maxScale = values['max-scale'] === undefined ? null : Number(values['max-scale']);
if (maxScale !== null && !(Number.isInteger(maxScale) && maxScale >= 1))
  throw new Error(`--max-scale must be a positive integer, got ${values['max-scale']}`);

const tmpDir = await mkdtemp(join(tmpdir(), 'zangraph-bench-'));
const options: BenchOptions = {
  quick: values.quick,
  corpusDir: join(ROOT, 'corpus'),
  tmpDir,
  maxScale,
  log: (message) => console.log(`  ${message}`),
};
const started = new Date();
const machine = describeMachine();
const benchmarks: BenchmarkResult[] = [];
try {
  for (const benchmark of onNeo4j ? [neo4jBenchmark] : BENCHMARKS.filter((b) => !only || only.includes(b.name))) {
    console.log(`bench: ${benchmark.name}`);
    const start = performance.now();
    let result: BenchmarkResult;
    try {
      const output = await benchmark.run(options);
      const failed = output.failures.length > 0;
      result = {
        name: benchmark.name,
        description: benchmark.description,
        status: failed ? 'failed' : 'ok',
        error: null,
        seconds: 0,
        ...output,
      };
    } catch (error) {
      console.error(error);
      const message = error instanceof Error ? error.message : String(error);
      result = {
        name: benchmark.name,
        description: benchmark.description,
        status: 'failed',
        error: message,
        seconds: 0,
        measurements: [],
        targets: [],
        notes: [],
        failures: [],
      };
    }
    result.seconds = (performance.now() - start) / 1000;
    benchmarks.push(result);
    console.log(`bench: ${benchmark.name} ${result.status} in ${result.seconds.toFixed(1)} s`);
  }
} finally {
  await rm(tmpDir, { recursive: true, force: true });
}

const results: BenchResults = {
  startedAt: started.toISOString(),
  quick: options.quick,
  seconds: (Date.now() - started.getTime()) / 1000,
  machine,
  benchmarks,
};
const outDir = resolve(values.out ?? join(ROOT, 'bench', ...(onNeo4j ? ['neo4j'] : [])));
await writeResults(outDir, results);
const targets = benchmarks.flatMap((b) => b.targets);
for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value.toPrecision(3)} ${t.unit} (${t.target})`);
console.log(`wrote ${join(outDir, 'results.json')} and REPORT.md`);
if (benchmarks.some((b) => b.status === 'failed')) process.exitCode = 1;
