/**
 * Web benchmark (issue 18): the pages at 1×, in process on loopback over embedded stores holding
 * the seed corpus. Server time (Server-Timing) and client wait, p95, for the search page and an
 * article page, requests one at a time; bytes transferred on a first load of each page type,
 * scripts and styles included. The scale benchmark times the same pages at 10× and 100×.
 */
import { join } from 'node:path';
import { createServer, listen } from '../../api/index.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { CODE_ID } from './queries.ts';
import { atMost, measurement, single, summarize } from './stats.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions, Measurement, TargetCheck } from './types.ts';
import { firstLoadBytes, timeWebPages, WEB_PAGES } from './web-pages.ts';

/** Targets of issue 18 */
export const WEB_P95_MS = 50;
const FIRST_LOAD_KB = 200;

/** One page of each type, for the bytes of a first load */
const PAGE_TYPES = [
  ...WEB_PAGES,
  { name: 'landing page', path: '/' },
  { name: 'document page', path: encodeURI(CODE_ID) },
  { name: 'amendments explorer', path: `/amendments?document=${encodeURIComponent(CODE_ID)}` },
];

export const webBenchmark: Benchmark = {
  name: 'web',
  description: `Web pages at 1× on loopback, one request at a time: server time (Server-Timing) and client wait for the search page and an article page; bytes transferred on a first load of each page type (brotli, every linked script and style). Targets: p95 ≤ ${WEB_P95_MS} ms, ≤ ${FIRST_LOAD_KB} KB.`,
  run,
};

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const dir = join(options.tmpDir, 'web');
  const graph = await openEmbeddedGraphStore({ dataDir: join(dir, 'graph') });
  const search = await openEmbeddedSearchIndex({ dataDir: join(dir, 'search') });
  const { documents } = await ingestCorpus(options.corpusDir);
  for (const doc of documents) await graph.writeDocument(doc);
  await search.upsertDocuments(documents);
  const { port, close } = await listen(await createServer({ graph, search }), 0);
  const origin = `http://127.0.0.1:${port}`;
  const measurements: Measurement[] = [];
  const targets: TargetCheck[] = [];
  const notes: string[] = [];
  try {
    const times = await timeWebPages(origin, options.quick ? 20 : 200);
    for (const page of WEB_PAGES) {
      const t = times[page.name];
      if (!t) continue;
      measurements.push(measurement(`1× · ${page.name} · server time`, 'ms', t.server), measurement(`1× · ${page.name} · client wait`, 'ms', t.wall));
      const p95 = summarize(t.server).p95;
      if (p95 !== null) targets.push(atMost(`${page.name} server time p95 at 1×`, p95, WEB_P95_MS, 'ms'));
    }
    for (const page of PAGE_TYPES) {
      const { total, files } = await firstLoadBytes(origin, page.path);
      measurements.push(single(`first load · ${page.name} (${files} files)`, 'KB', total / 1000));
      targets.push(atMost(`${page.name} bytes on first load`, total / 1000, FIRST_LOAD_KB, 'KB'));
    }
    const graphiql = await firstLoadBytes(origin, '/graphql');
    measurements.push(single(`first load · GraphiQL (${graphiql.files} files)`, 'KB', graphiql.total / 1000));
    notes.push(
      `Pages: ${WEB_PAGES.map((p) => `${p.name} ${decodeURI(p.path)}`).join('; ')}. Server time is the web layer's, from the request reaching it to the compressed page (its GraphQL queries included); client wait adds HTTP on loopback.`,
      'GraphiQL is held to no byte target: its editor (Monaco) and workers are about 2 MB compressed, loaded once and cached for good (immutable, versioned URLs). Its editor workers load when the editor starts, after the files counted here.',
    );
  } finally {
    await close();
    await Promise.all([graph.close(), search.close()]);
  }
  return { measurements, targets, notes, failures: [] };
}
