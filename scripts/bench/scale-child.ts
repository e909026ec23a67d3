/**
 * One scale of the scale benchmark, in its own process so its peak memory (maxRSS) is its
 * own: ingest the seed corpus with the code's Russian text (search-seed.ts, both languages indexed), multiply it
 * (scale-corpus.ts), write it to a fresh embedded
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
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { load, type LoadResult } from './load.ts';
import { API_CASES, loadSearchQueries } from './queries.ts';
import { scaleCorpus } from './scale-corpus.ts';
import { loadSearchSeed } from './search-seed.ts';
import { since, timeEach } from './stats.ts';
import { timeWebPages, type PageTimes } from './web-pages.ts';

/** What one scale reports. */
export interface ScaleRun {
  factor: number;
  documents: number;
  provisions: number;
  /** Russian wordings of the code, per copy */
  russianWordings: number;
  /** Text pipeline over the seed corpus and the code's Russian text (once: copies are not re-parsed) */
  parseMs: number;
  graphWriteMs: number;
  /** Reopening the persisted store: what a restart costs at this size */
  storeLoadMs: number;
  indexBuildMs: number;
  graphBytes: number;
  searchBytes: number;
  /** One in-process search latency per query and round (wall time), ms */
  searchMs: number[];
  /** The process's CPU time of the same calls, ms */
  searchCpuMs: number[];
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
const { documents: seed, russianWordings } = await loadSearchSeed(values.corpus);
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
const empty = new Set<string>();
const searched = await timeEach(queries, values.quick ? 1 : 3, async (query) => {
  if ((await index.search({ query, limit: 10 })).hits.length === 0) empty.add(query);
});
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
  russianWordings,
  parseMs,
  graphWriteMs,
  storeLoadMs,
  indexBuildMs,
  graphBytes: await directoryBytes(graphDir),
  searchBytes: await directoryBytes(join(dir, 'search')),
  searchMs: searched.map((c) => c.wallMs),
  searchCpuMs: searched.map((c) => c.cpuMs),
  searchQueries: queries.length,
  searchEmpty: empty.size,
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

async function directoryBytes(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
