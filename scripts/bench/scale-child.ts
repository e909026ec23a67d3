/**
 * One scale of the scale benchmark, in its own process so its peak memory (maxRSS) is its
 * own: ingest the seed corpus, multiply it (scale-corpus.ts), write it to a fresh embedded
 * graph store and search index, reopen the store, run the search mix in process and the API
 * mix over loopback, and write the figures as JSON to `--result`. Each finished phase is
 * printed on stdout (`<phase> <ms>`), so a parent that stops a run over its time budget can
 * say how far it got.
 *
 *   node --expose-gc --import tsx scripts/bench/scale-child.ts --factor 10 --dir <tmp> --result <file> [--quick]
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listen, createServer } from '../../api/index.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex, type SearchIndex } from '../../search/index.ts';
import { load, type LoadResult } from './load.ts';
import { API_CASES, loadSearchQueries } from './queries.ts';
import { scaleCorpus } from './scale-corpus.ts';
import { since } from './stats.ts';
import { timeWebPages, type PageTimes } from './web-pages.ts';

/** What one scale reports. */
export interface ScaleRun {
  factor: number;
  documents: number;
  provisions: number;
  /** Text pipeline over the seed corpus (once: copies are not re-parsed) */
  parseMs: number;
  graphWriteMs: number;
  /** Reopening the persisted store: what a restart costs at this size */
  storeLoadMs: number;
  indexBuildMs: number;
  graphBytes: number;
  searchBytes: number;
  /** One in-process search latency per query and round, ms */
  searchMs: number[];
  /** Queries of the mix, and how many of them found nothing at this scale */
  searchQueries: number;
  searchEmpty: number;
  api: LoadResult;
  /** Web pages' server and client times, one request at a time (web-pages.ts) */
  web: Record<string, PageTimes>;
  maxRssMB: number;
}

const { values } = parseArgs({
  options: {
    factor: { type: 'string' },
    dir: { type: 'string' },
    result: { type: 'string' },
    corpus: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});
if (!values.factor || !values.dir || !values.result || !values.corpus) throw new Error('scale-child: --factor, --dir, --corpus and --result are required');
const factor = Number(values.factor);
const dir = values.dir;

let start = performance.now();
const seed = (await ingestCorpus(values.corpus)).documents;
const parseMs = since(start);
const corpus = scaleCorpus(seed, factor);
progress('parse', parseMs);

const graphDir = join(dir, 'graph');
let store = await openEmbeddedGraphStore({ dataDir: graphDir });
start = performance.now();
for (const doc of corpus) await store.writeDocument(doc);
const graphWriteMs = since(start);
progress(`graph write of ${corpus.length} documents`, graphWriteMs);
await store.close();
start = performance.now();
store = await openEmbeddedGraphStore({ dataDir: graphDir });
const storeLoadMs = since(start);
progress('store reload', storeLoadMs);

const index = await openEmbeddedSearchIndex({ dataDir: join(dir, 'search') });
start = performance.now();
await index.upsertDocuments(corpus);
const indexBuildMs = since(start);
progress('index build', indexBuildMs);

const queries = await loadSearchQueries();
start = performance.now();
// Three timed rounds at every scale (about a second at 100×): one round's p95 is its 4th-slowest query.
const searched = await searchMix(index, queries, values.quick ? 1 : 3);
progress('search mix', since(start));
const yoga = await createServer({ graph: store, search: index }, { graphiql: false });
const { port, close } = await listen(yoga, 0);
const api = await load({
  origin: `http://127.0.0.1:${port}`,
  requests: API_CASES.map((c) => ({ method: 'POST', path: '/graphql', body: JSON.stringify({ query: c.query }) })),
  connections: 8,
  seconds: values.quick ? 1 : 3,
  warmup: values.quick ? 0 : 1,
});
const web = await timeWebPages(`http://127.0.0.1:${port}`, values.quick ? 10 : 50);
await close();

const run: ScaleRun = {
  factor,
  documents: corpus.length,
  provisions: corpus.reduce((n, d) => n + d.provisions.length, 0),
  parseMs,
  graphWriteMs,
  storeLoadMs,
  indexBuildMs,
  graphBytes: await directoryBytes(graphDir),
  searchBytes: await directoryBytes(join(dir, 'search')),
  searchMs: searched.samples,
  searchQueries: queries.length,
  searchEmpty: searched.empty,
  api,
  web,
  // resourceUsage reports maxRSS in kilobytes
  maxRssMB: process.resourceUsage().maxRSS / 1024,
};
await store.close();
await index.close();
await writeFile(values.result, JSON.stringify(run));

function progress(phase: string, ms: number): void {
  console.log(`${phase} ${Math.round(ms)}`);
}

/**
 * The mix's latencies as a server answers them once running: one untimed pass first (the first
 * queries otherwise time the JIT compiling the search code), and a collection of the garbage the
 * build left (when the child runs with --expose-gc), which would otherwise be charged to whichever
 * query triggers it. Every query of the mix is timed in every round; none is dropped.
 */
async function searchMix(index: SearchIndex, queries: readonly string[], rounds: number): Promise<{ samples: number[]; empty: number }> {
  const samples: number[] = [];
  const empty = new Set<string>();
  for (const query of queries) await index.search({ query, limit: 10 });
  (globalThis as { gc?: () => void }).gc?.();
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      const t = performance.now();
      const results = await index.search({ query, limit: 10 });
      samples.push(since(t));
      if (results.hits.length === 0) empty.add(query);
    }
  }
  return { samples, empty: empty.size };
}

async function directoryBytes(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
