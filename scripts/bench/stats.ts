/** Summaries of samples and the small timing helpers every benchmark uses. */
import type { Measurement, Stats, TargetCheck } from './types.ts';

/** Below this many samples a p95/p99 would just be the maximum: report null instead. */
const MIN_RUNS_FOR_TAILS = 20;

export function summarize(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const tails = sorted.length >= MIN_RUNS_FOR_TAILS;
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p95: tails ? quantile(sorted, 0.95) : null,
    p99: tails ? quantile(sorted, 0.99) : null,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

/** Nearest-rank quantile of sorted samples, interpolating the median of an even count. */
export function quantile(sorted: readonly number[], q: number): number {
  if (q === 0.5 && sorted.length % 2 === 0) {
    const mid = sorted.length / 2;
    return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  }
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

export function measurement(name: string, unit: string, samples: readonly number[]): Measurement {
  return { name, unit, ...summarize(samples) };
}

/** A figure known only once (a size, a ratio of medians): one run. */
export function single(name: string, unit: string, value: number): Measurement {
  return { name, unit, runs: 1, median: value, p95: null, p99: null, min: value, max: value };
}

/** Milliseconds since `start` (a performance.now() reading). */
export function since(start: number): number {
  return performance.now() - start;
}

/** One timed call of `timeEach`: the item, its wall time and the process's CPU time, ms. */
export interface TimedCall<T> {
  item: T;
  wallMs: number;
  cpuMs: number;
}

/**
 * Every item of `items` run and timed in each of `rounds` rounds, as a server answers once running: one untimed
 * pass first (the first calls otherwise time the JIT compiling the code), then a collection of the garbage left so
 * far when node runs with --expose-gc (else charged to whichever call triggers it). Each call's wall time (what the
 * latency targets are held to) and the process's CPU time beside it: on a shared machine the wall clock also counts
 * time spent waiting for a core, the CPU time does not (it does count the collector's and compiler's threads).
 * The one timing of the search benchmarks (the scale benchmark's search mix and `npm run bench:search`).
 */
export async function timeEach<T>(items: readonly T[], rounds: number, run: (item: T) => Promise<unknown>): Promise<TimedCall<T>[]> {
  for (const item of items) await run(item);
  (globalThis as { gc?: () => void }).gc?.();
  const calls: TimedCall<T>[] = [];
  for (let r = 0; r < rounds; r++)
    for (const item of items) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      await run(item);
      const wallMs = since(start);
      const used = process.cpuUsage(cpu);
      calls.push({ item, wallMs, cpuMs: (used.user + used.system) / 1000 });
    }
  return calls;
}

/** Megabytes per second for `bytes` processed in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

export function atMost(name: string, value: number, limit: number, unit: string): TargetCheck {
  return { name, target: `≤ ${limit} ${unit}`, value, unit, met: value <= limit };
}

export function atLeast(name: string, value: number, limit: number, unit: string): TargetCheck {
  return { name, target: `≥ ${limit} ${unit}`, value, unit, met: value >= limit };
}
