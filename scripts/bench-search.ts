/**
 * `npm run bench:search`: latency of the embedded search index over the query set
 * (search/eval/queries.json, Kazakh, and the Russian queries of search/eval/analyst-queries.json) at the seed
 * corpus size and at 10× and 100× (synthetic copies of the corpus under new document ids), both languages indexed:
 * the code carries its Russian text (../shared/adilet/appc-350-VI, ZANGRAPH_SHARED_DIR, aligned by app
 * russianWordings). With index build time, memory growth (JS heap and array
 * buffers), CPU time per query beside wall time, and, up to 10×, the size and write time of the
 * persisted index file. Prints a Markdown table.
 * `--factors 1,10` chooses the sizes; `--rounds N` how often the query set is run per size (default 3).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { russianWordings } from '../app/index.ts';
import { ingestCorpus } from '../ingest/index.ts';
import { buildSearchDocuments, openEmbeddedSearchIndex } from '../search/index.ts';
import { CODE_ID, loadRussianSearchQueries, loadSearchQueries } from './bench/queries.ts';
import { quantile } from './bench/stats.ts';
import { scaleCorpus } from './bench/scale-corpus.ts';
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
const sharedDir = env.ZANGRAPH_SHARED_DIR ?? fileURLToPath(new URL('../../shared/', import.meta.url));
const { corpusDir, maxFileBytes } = loadConfigOrExit(env).corpus;
const factors = String(values.factors).split(',').map(Number);
const rounds = Number(values.rounds);
/** Persisting a 100× index writes hundreds of megabytes of JSON: measured up to this factor only. */
const MAX_PERSISTED_FACTOR = 10;

const kazakhQueries = await loadSearchQueries();
const russianQueries = await loadRussianSearchQueries();
const queries = [...kazakhQueries, ...russianQueries];
const { wordings: russianText } = await russianWordings(join(sharedDir, 'adilet', 'appc-350-VI'), maxFileBytes);
const seed = (await ingestCorpus(corpusDir, { maxFileBytes })).documents.map((d) =>
  d.document.id === CODE_ID ? { ...d, wordings: [...d.wordings, ...russianText] } : d,
);
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
  `seed: ${seed.length} documents, ${seed.reduce((n, d) => n + d.provisions.length, 0)} provisions and ${russianText.length} Russian wordings of the code; ${kazakhQueries.length} Kazakh + ${russianQueries.length} Russian queries × ${rounds} rounds${gc ? '' : ' (run with node --expose-gc for exact heap figures)'}`,
);
console.log(
  `machine: ${availableParallelism()} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start`,
);
console.log(
  '| size | documents | search docs | build (ms) | memory (MB) | p50 (ms) | p95 (ms) | p99 (ms) | Russian p95 (ms) | CPU p50 (ms) | CPU p95 (ms) | file (MB) | build + write (ms) |',
);
console.log(
  '|------|-----------|-------------|------------|-----------|----------|----------|----------|------------------|--------------|--------------|-----------|--------------------|',
);
for (const factor of factors) {
  const documents = scaleCorpus(seed, factor);
  const before = heap();
  const index = await openEmbeddedSearchIndex({ dataDir: null });
  let start = performance.now();
  await index.upsertDocuments(documents);
  const build = performance.now() - start;
  const grown = heap() - before;
  const searchDocs = documents.reduce((n, d) => n + buildSearchDocuments(d).length, 0);

  for (const q of queries) await index.search({ query: q, limit: 10 }); // warm-up
  const samples: number[] = [];
  const russianSamples: number[] = [];
  const russian = new Set(russianQueries);
  // CPU time per query beside wall time: on a shared machine the wall clock also counts time spent waiting for a core.
  const cpuSamples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of queries) {
      const cpu = process.cpuUsage();
      start = performance.now();
      await index.search({ query: q, limit: 10 });
      const took = performance.now() - start;
      samples.push(took);
      if (russian.has(q)) russianSamples.push(took);
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
    }
  samples.sort((a, b) => a - b);
  russianSamples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);

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
    `| ${factor}× | ${documents.length} | ${searchDocs} | ${ms(build)} | ${mb(grown)} | ${ms(quantile(samples, 0.5))} | ${ms(quantile(samples, 0.95))} | ${ms(quantile(samples, 0.99))} | ${ms(quantile(russianSamples, 0.95))} | ${ms(quantile(cpuSamples, 0.5))} | ${ms(quantile(cpuSamples, 0.95))} | ${file} | ${write} |`,
  );
}
