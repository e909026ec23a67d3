/**
 * `npm run bench:search`: latency of the embedded search index over the query set
 * (search/eval/queries.json, Kazakh, and the Russian queries of search/eval/analyst-queries.json) at the seed
 * corpus size and at 10× and 100× (synthetic copies of the corpus under new document ids), both languages indexed:
 * the code carries its Russian text (scripts/bench/search-seed.ts, the scale benchmark's seed too). Timed as the
 * scale benchmark times its search mix (scripts/bench/stats.ts timeEach): the Kazakh p95 is the figure the scale
 * benchmark holds to the targets (its mix is these Kazakh queries); the Russian queries search the smaller Russian
 * index (the code's text only) and are faster, so the p95 over both mixes lies below it. With index build time,
 * memory growth (JS heap and array buffers), CPU time per query beside wall time, and, up to 10×, the size and write
 * time of the persisted index file. Prints a Markdown table.
 * `--factors 1,10` chooses the sizes; `--rounds N` how often the query set is run per size (default 3).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchDocuments, openEmbeddedSearchIndex } from '../search/index.ts';
import { loadRussianSearchQueries, loadSearchQueries } from './bench/queries.ts';
import { scaleCorpus } from './bench/scale-corpus.ts';
import { loadSearchSeed } from './bench/search-seed.ts';
import { quantile, timeEach } from './bench/stats.ts';
import { parseCommandLine } from './cli.ts';
import { loadConfigOrExit } from './config.ts';

const { values, env } = parseCommandLine({
  usage: 'npm run bench:search --',
  summary: 'Latency of the embedded search index over the query set at several corpus sizes; prints a Markdown table.',
  flags: {
    factors: { type: 'string', value: '<list>', description: 'corpus sizes, comma-separated', default: '1,10,100' },
    rounds: { type: 'string', value: '<n>', description: 'runs of the query set per size', default: '3' },
  },
  variables: ['ZANGRAPH_CORPUS_DIR', 'ZANGRAPH_MAX_FILE_BYTES', 'ZANGRAPH_SHARED_DIR'],
});
const { corpusDir, maxFileBytes } = loadConfigOrExit(env).corpus;
const factors = String(values.factors).split(',').map(Number);
const rounds = Number(values.rounds);
/** Persisting a 100× index writes hundreds of megabytes of JSON: measured up to this factor only. */
const MAX_PERSISTED_FACTOR = 10;

const kazakhQueries = await loadSearchQueries();
const russianQueries = await loadRussianSearchQueries();
const queries = [...kazakhQueries, ...russianQueries];
const { documents: seed, russianWordings } = await loadSearchSeed(corpusDir, maxFileBytes);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  // Typed arrays (the index's postings) live outside the JS heap: count their buffers too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const ms = (x: number) => x.toFixed(2);

console.log(
  `seed: ${seed.length} documents, ${seed.reduce((n, d) => n + d.provisions.length, 0)} provisions and ${russianWordings} Russian wordings of the code; ${kazakhQueries.length} Kazakh + ${russianQueries.length} Russian queries × ${rounds} rounds${gc ? '' : ' (run with node --expose-gc for exact heap figures)'}`,
);
console.log(
  `machine: ${availableParallelism()} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start`,
);
console.log(
  '| size | documents | search docs | build (ms) | memory (MB) | p50 (ms) | p95 (ms) | p99 (ms) | Kazakh p95 (ms) | Russian p95 (ms) | CPU p50 (ms) | CPU p95 (ms) | Kazakh CPU p95 (ms) | file (MB) | build + write (ms) |',
);
console.log(
  '|------|-----------|-------------|------------|-----------|----------|----------|----------|-----------------|------------------|--------------|--------------|---------------------|-----------|--------------------|',
);
const sorted = (samples: number[]): number[] => samples.sort((a, b) => a - b);
for (const factor of factors) {
  const documents = scaleCorpus(seed, factor);
  const before = heap();
  const index = await openEmbeddedSearchIndex({ dataDir: null });
  let start = performance.now();
  await index.upsertDocuments(documents);
  const build = performance.now() - start;
  const grown = heap() - before;
  const searchDocs = documents.reduce((n, d) => n + buildSearchDocuments(d).length, 0);

  const calls = await timeEach(queries, rounds, (query) => index.search({ query, limit: 10 }));
  const russian = new Set(russianQueries);
  const samples = sorted(calls.map((c) => c.wallMs));
  const kazakhSamples = sorted(calls.filter((c) => !russian.has(c.item)).map((c) => c.wallMs));
  const russianSamples = sorted(calls.filter((c) => russian.has(c.item)).map((c) => c.wallMs));
  const cpuSamples = sorted(calls.map((c) => c.cpuMs));
  const kazakhCpuSamples = sorted(calls.filter((c) => !russian.has(c.item)).map((c) => c.cpuMs));

  let file = '—';
  let write = '—';
  if (factor <= MAX_PERSISTED_FACTOR) {
    const dir = await mkdtemp(join(tmpdir(), 'zangraph-bench-search-'));
    const persisted = await openEmbeddedSearchIndex({ dataDir: dir });
    start = performance.now();
    await persisted.upsertDocuments(documents);
    write = ms(performance.now() - start);
    file = mb((await stat(join(dir, 'search-index.json'))).size);
    await persisted.close();
    await rm(dir, { recursive: true, force: true });
  }
  await index.close();
  console.log(
    `| ${factor}× | ${documents.length} | ${searchDocs} | ${ms(build)} | ${mb(grown)} | ${ms(quantile(samples, 0.5))} | ${ms(quantile(samples, 0.95))} | ${ms(quantile(samples, 0.99))} | ${ms(quantile(kazakhSamples, 0.95))} | ${ms(quantile(russianSamples, 0.95))} | ${ms(quantile(cpuSamples, 0.5))} | ${ms(quantile(cpuSamples, 0.95))} | ${ms(quantile(kazakhCpuSamples, 0.95))} | ${file} | ${write} |`,
  );
}
