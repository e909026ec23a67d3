/**
 * Scale benchmark: the seed corpus at 1×, 10× and 100× (scale-corpus.ts), each scale in its
 * own child process (scale-child.ts) so peak memory does not mix: graph write, index build,
 * store reload, store size on disk, in-process search mix latency, API mix under load, peak RSS.
 * Growth is reported against linear: (figure at N× ÷ figure at 1×) ÷ N, so ≤ 1 is linear or better.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadMeasurements } from './load.ts';
import type { ScaleRun } from './scale-child.ts';
import { atMost, measurement, single, summarize } from './stats.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions, Measurement, TargetCheck } from './types.ts';
import { WEB_P95_MS } from './web.ts';

const CHILD = fileURLToPath(new URL('./scale-child.ts', import.meta.url));
/** Heap room for the 100× run, so a run that needs more than the 3 GB target is measured rather than killed */
const CHILD_HEAP_MB = 6144;
const FULL_FACTORS = [1, 10, 100];
const QUICK_FACTORS = [1, 5];
/** Time budget of one scale, so the full run stays within ~10 min: a scale over it is stopped and reported failed */
const FULL_BUDGET_S = 360;
const QUICK_BUDGET_S = 60;

/** Targets of issue 8 */
const SEARCH_P95_MS_1X = 5;
const SEARCH_P95_MS_100X = 25;
const PEAK_MEMORY_GB_100X = 3;

export const scaleBenchmark: Benchmark = {
  name: 'scale',
  description:
    'The seed corpus (the code with its Russian text) multiplied under new document ids (1×, 10×, 100×), one child process per scale: graph write, search index build, store reload, size on disk, search mix latency (in process, both languages indexed), API mix (8 connections, loopback), web page server time (search and article page), peak RSS; growth ÷ linear (≤ 1 is linear or better).',
  run,
};

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const cap = options.maxScale ?? Infinity;
  // a cap replaces the larger scales by itself: --max-scale 30 runs 1×, 10×, 30×
  const factors = [...new Set((options.quick ? QUICK_FACTORS : FULL_FACTORS).map((f) => Math.min(f, cap)))];
  const runs: ScaleRun[] = [];
  const failures: string[] = [];
  for (const factor of factors) {
    options.log(`scale ${factor}×`);
    const result = await runChild(factor, options);
    if (typeof result === 'string') failures.push(result);
    else runs.push(result);
  }
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  for (const r of runs) {
    const at = `${r.factor}×`;
    notes.push(
      `${at}: ${r.documents} documents, ${r.provisions} provisions, the code's ${r.russianWordings} Russian wordings in every copy; seed parsed once in ${r.parseMs.toFixed(0)} ms.`,
    );
    measurements.push(
      single(`${at} · graph write`, 'ms', r.graphWriteMs),
      single(`${at} · store reload`, 'ms', r.storeLoadMs),
      single(`${at} · index build`, 'ms', r.indexBuildMs),
      single(`${at} · store size (graph + search)`, 'MB', (r.graphBytes + r.searchBytes) / 1e6),
      measurement(`${at} · search mix`, 'ms', r.searchMs),
      measurement(`${at} · search mix · CPU`, 'ms', r.searchCpuMs),
    );
    notes.push(
      `${at}: search mix of ${r.searchQueries} Kazakh queries (search/eval/queries.json) × ${r.searchMs.length / r.searchQueries} rounds, both languages indexed, ${r.searchEmpty} of them without hits; wall time per query (the targets), the process's CPU time beside it (stats.ts timeEach).`,
    );
    measurements.push(...loadMeasurements(`${at} · API mix`, r.api));
    if (r.api.errors > 0) failures.push(`${at} API mix: ${r.api.errors} errors in ${r.api.requests} requests`);
    for (const [page, t] of Object.entries(r.web)) measurements.push(measurement(`${at} · web ${page} · server time`, 'ms', t.server));
    measurements.push(single(`${at} · peak RSS`, 'MB', r.maxRssMB));
  }
  const seeds = new Set(runs.map((r) => r.documents / r.factor));
  if (seeds.size > 1) failures.push(`the seed corpus changed during the run (documents per copy: ${[...seeds].join(', ')}): growth is not comparable`);
  measurements.push(...growth(runs));
  return { measurements, targets: targets(runs, notes), notes, failures };
}

/** Each figure's growth from 1× to N×, divided by N. */
function growth(runs: readonly ScaleRun[]): Measurement[] {
  const base = runs.find((r) => r.factor === 1);
  if (!base) return [];
  const figures: [string, (r: ScaleRun) => number][] = [
    ['graph write time', (r) => r.graphWriteMs],
    ['index build time', (r) => r.indexBuildMs],
    ['store reload time', (r) => r.storeLoadMs],
    ['store size', (r) => r.graphBytes + r.searchBytes],
    ['search median latency', (r) => summarize(r.searchMs).median],
    ['peak RSS', (r) => r.maxRssMB],
  ];
  const out: Measurement[] = [];
  for (const r of runs.filter((r) => r.factor > 1)) {
    for (const [name, figure] of figures) {
      const at = figure(r);
      const from = figure(base);
      if (from > 0) out.push(single(`growth 1×→${r.factor}× ÷ linear · ${name}`, 'ratio', at / from / r.factor));
    }
  }
  return out;
}

function targets(runs: readonly ScaleRun[], notes: string[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  const p95 = (r: ScaleRun | undefined): number | null => (r ? summarize(r.searchMs).p95 : null);
  const one = runs.find((r) => r.factor === 1);
  const hundred = runs.find((r) => r.factor === 100);
  const p95One = p95(one);
  if (p95One !== null) out.push(atMost('search p95 at 1×', p95One, SEARCH_P95_MS_1X, 'ms'));
  const p95Hundred = p95(hundred);
  if (p95Hundred !== null) out.push(atMost('search p95 at 100×', p95Hundred, SEARCH_P95_MS_100X, 'ms'));
  for (const [page, t] of Object.entries(hundred?.web ?? {})) {
    const webP95 = summarize(t.server).p95;
    if (webP95 !== null) out.push(atMost(`web ${page} server time p95 at 100×`, webP95, WEB_P95_MS, 'ms'));
  }
  if (hundred) out.push(atMost('peak memory at 100×', hundred.maxRssMB / 1024, PEAK_MEMORY_GB_100X, 'GB'));
  else notes.push('100× was not run (quick run or --max-scale): its targets are not checked.');
  return out;
}

/** Run one scale in a child process; the ScaleRun, or a failure message naming the scale. */
async function runChild(factor: number, options: BenchOptions): Promise<ScaleRun | string> {
  const dir = await mkdtemp(join(options.tmpDir, `scale-${factor}-`));
  const resultPath = join(dir, 'result.json');
  // --expose-gc: the child collects the build's garbage before timing searches (scale-child.ts)
  const args = [`--max-old-space-size=${CHILD_HEAP_MB}`, '--expose-gc', '--import', 'tsx', CHILD];
  args.push('--factor', String(factor), '--dir', dir, '--result', resultPath, '--corpus', options.corpusDir);
  if (options.quick) args.push('--quick');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const phases: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => phases.push(line.replace(/ (\d+)$/, ': $1 ms')));
  const budget = options.quick ? QUICK_BUDGET_S : FULL_BUDGET_S;
  const timer = setTimeout(() => child.kill('SIGKILL'), budget * 1000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  try {
    if (child.signalCode === 'SIGKILL') return `${factor}×: stopped after the ${budget} s budget (use --max-scale to cut the scale); finished: ${phases.join('; ') || 'nothing'}`;
    if (code !== 0) return `${factor}×: child exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`;
    return JSON.parse(await readFile(resultPath, 'utf8')) as ScaleRun;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
