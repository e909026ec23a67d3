/** Every benchmark of `npm run bench`, in the order they run and appear in the report. */
import { apiBenchmark } from './api-load.ts';
import { coldStartBenchmark } from './cold-start.ts';
import { importBenchmark } from './import.ts';
import { ingestBenchmark } from './ingest.ts';
import { scaleBenchmark } from './scale.ts';
import type { Benchmark } from './types.ts';
import { versionsBenchmark } from './versions.ts';
import { webBenchmark } from './web.ts';

export const BENCHMARKS: readonly Benchmark[] = [ingestBenchmark, importBenchmark, scaleBenchmark, coldStartBenchmark, apiBenchmark, webBenchmark, versionsBenchmark];
