/**
 * The shapes of the benchmark suite: a Benchmark runs and returns measurements and target
 * checks; the runner (scripts/bench.ts) collects them into `bench/results.json` and renders
 * `bench/REPORT.md`. Every figure is a summary of repeated samples, so a reader sees spread.
 */

/** Summary of repeated samples of one quantity. p95/p99 are null where fewer than 20 runs make them meaningless. */
export interface Stats {
  runs: number;
  median: number;
  p95: number | null;
  p99: number | null;
  min: number;
  max: number;
}

/** One measured quantity: `ingest · segment` in ms, `api · article lookup` in req/s. */
export interface Measurement extends Stats {
  name: string;
  unit: string;
}

/** A target of issue 8 beside the figure it constrains. */
export interface TargetCheck {
  name: string;
  /** The target as the issue states it: `≤ 0.5 s`, `≥ 30 %` */
  target: string;
  value: number;
  unit: string;
  met: boolean;
}

export interface BenchOptions {
  /** Fewer runs and smaller scales, for the test and a quick look */
  quick: boolean;
  corpusDir: string;
  /** A scratch directory the benchmark may fill; removed by the runner */
  tmpDir: string;
  /** Largest scale factor of the scale benchmark; null for the default */
  maxScale: number | null;
  log(message: string): void;
}

export interface BenchmarkOutput {
  measurements: Measurement[];
  targets: TargetCheck[];
  /** What a reader needs to interpret the figures (sizes, counts, caveats) */
  notes: string[];
  /** Errors seen while measuring (failed requests, wrong answers): any makes the benchmark `failed` */
  failures: string[];
}

export interface Benchmark {
  name: string;
  /** One line saying what is measured, printed above the benchmark's table */
  description: string;
  run(options: BenchOptions): Promise<BenchmarkOutput>;
}

/** A benchmark as reported: a thrown error or a recorded failure makes it `failed`. */
export interface BenchmarkResult extends BenchmarkOutput {
  name: string;
  description: string;
  status: 'ok' | 'failed';
  error: string | null;
  seconds: number;
}

export interface Machine {
  cpuModel: string;
  cpuCount: number;
  node: string;
  platform: string;
  totalMemoryGB: number;
  /** 1-minute load average when the run started: above the CPU count, other work skewed the figures */
  loadAverage: number;
}

export interface BenchResults {
  startedAt: string;
  quick: boolean;
  seconds: number;
  machine: Machine;
  benchmarks: BenchmarkResult[];
}
