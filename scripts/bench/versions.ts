/**
 * Versions benchmark (issue #15): the seed code followed by synthetic versions, each rewording 1–3 % of its provisions
 * (a clause appended, or one in ten repealed), built into a timeline one version at a time as an import does. Measured
 * in one run: the stored document's size against one version plus the wordings that changed, the time to add each new
 * version (the timeline extended and written to the embedded store; the parse of one version of the code beside it),
 * `changes` between the first and the last version (app/changes.ts over the store: read, rebuild both versions,
 * compare, explain), and `asOf` lookups through the API at 8 connections, served by api-server.ts from the final store.
 * And the import use case itself (versions-import.ts): a real newer export of the code, then synthetic ones, each
 * imported as `npm run import` does, against the same 0.5 s.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { changesBetween } from '../../app/index.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { decodeText, ingestCorpus, ingestDocument } from '../../ingest/index.ts';
import { extendTimeline } from '../../ingest/versions/index.ts';
import { expressionId, type IngestedDocument, type Provision } from '../../model/index.ts';
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { startServer, stop } from './api-load.ts';
import { load, loadMeasurements, type LoadRequest } from './load.ts';
import { atMost, measurement, since, single } from './stats.ts';
import { timeImports } from './versions-import.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions } from './types.ts';
import { readFile } from 'node:fs/promises';

const VERSIONS = 100;
const LATENCY_CONNECTIONS = 8;
/** Targets of issue #15 */
const STORAGE_RATIO = 1.3;
const NEW_VERSION_MS = 500;
const P99_MS = 10;
const CHANGES_MS = 200;
const CODE_NUMBER = '350-VI';
/** Imports of the real newer version (each on a fresh copy of the store), and synthetic versions imported one after another */
const IMPORT_RUNS = 20;
const IMPORTED_VERSIONS = 20;

export const versionsBenchmark: Benchmark = {
  name: 'versions',
  description: `The seed code and ${VERSIONS} synthetic versions (1–3 % of provisions reworded each): storage against one version plus the changed wordings, the time to add each version, changes between the first and the last, asOf lookups at ${LATENCY_CONNECTIONS} connections.`,
  run,
};

/** A small deterministic generator (mulberry32), so every run mutates the same provisions. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Version `k` after `previous`: 1–3 % of the provisions with text reworded (one in ten of those repealed), dated k days on. */
function nextVersion(code: IngestedDocument, previous: readonly Provision[], k: number, next: () => number): IngestedDocument {
  const date = dayAfter(code.document.consolidatedAsOf ?? '2026-01-01', k);
  const file = `synthetic/${date}.txt`;
  const worded = previous.filter((p) => p.text.length > 0 && p.status === 'inForce');
  const count = Math.ceil(previous.length * (0.01 + 0.02 * next()));
  const changed = new Map<string, Provision>();
  while (changed.size < Math.min(count, worded.length)) {
    const p = worded[Math.floor(next() * worded.length)] as Provision;
    const repeal = next() < 0.1;
    changed.set(p.id, { ...p, text: repeal ? '' : `${p.text} (${date} редакциясы)`, status: repeal ? 'repealed' : p.status });
  }
  const provisions = previous.map(({ validFrom: _, ...p }) => ({ ...(changed.get(p.id) ?? p), source: { ...p.source, file } }));
  const expression = code.expressions[0] as IngestedDocument['expressions'][number];
  const sha256 = `${k}`.padStart(64, '0');
  return {
    ...code,
    document: { ...code.document, consolidatedAsOf: date, file, sha256 },
    provisions,
    expressions: [{ ...expression, id: expressionId(code.document.id, expression.language, date), versionDate: date, file, sha256 }],
  };
}

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const count = options.quick ? 5 : VERSIONS;
  const { documents } = await ingestCorpus(options.corpusDir);
  const code = documents.find((d) => d.document.number === CODE_NUMBER);
  if (!code) throw new Error(`versions: the seed corpus holds no ${CODE_NUMBER}`);

  // The parse a real new version would need: the code's text through the pipeline.
  const raw = decodeText(await readFile(join(options.corpusDir, code.document.file)), code.document.file).text;
  const parse: number[] = [];
  for (let i = 0; i < (options.quick ? 2 : 5); i++) {
    const start = performance.now();
    ingestDocument(code.document, raw);
    parse.push(since(start));
  }

  const dir = join(options.tmpDir, 'versions');
  const store = await openEmbeddedGraphStore({ dataDir: join(dir, 'graph') });
  await store.writeDocument(code);
  const oneVersion = await storedBytes(dir);
  const next = random(15);
  const add: number[] = [];
  let timeline = code;
  for (let k = 1; k <= count; k++) {
    const version = nextVersion(code, timeline.provisions, k, next);
    const start = performance.now();
    timeline = extendTimeline(timeline, version);
    await store.writeDocument(timeline);
    add.push(since(start));
  }
  // What changed from the first version to the last, provision by provision with the notes explaining each.
  const imports = await timeImports(
    join(options.tmpDir, 'versions-import'),
    options.quick ? 2 : IMPORT_RUNS,
    options.quick ? 3 : IMPORTED_VERSIONS,
    random(17),
  );
  const [first, last] = [code.expressions[0]?.versionDate ?? '', timeline.expressions.at(-1)?.versionDate ?? ''];
  const changesTimes: number[] = [];
  let changed = 0;
  for (let i = 0; i < (options.quick ? 2 : 5); i++) {
    const start = performance.now();
    changed = (await changesBetween(store, code.document.id, first, last))?.changes.length ?? 0;
    changesTimes.push(since(start));
  }
  const stored = await storedBytes(dir);
  const wordingBytes = Buffer.byteLength(JSON.stringify(timeline.wordings));
  const ratio = stored / (oneVersion + wordingBytes);
  await store.close();
  const index = await openEmbeddedSearchIndex({ dataDir: join(dir, 'search') });
  await index.upsertDocuments([timeline]);
  await index.close();

  // asOf lookups of reworded provisions on dates across the versions, each a distinct request.
  const dates = timeline.expressions.map((e) => e.versionDate);
  const pick = random(16);
  const reworded = [...new Set(timeline.wordings.map((w) => w.provisionId))];
  const requests: LoadRequest[] = Array.from({ length: 200 }, () => {
    const id = reworded[Math.floor(pick() * reworded.length)] ?? code.provisions[0]?.id;
    const asOf = dates[Math.floor(pick() * dates.length)];
    const query = `{ provision(id: "${id}", asOf: "${asOf}") { validFrom validTo text status } }`;
    return { method: 'POST', path: '/graphql', body: JSON.stringify({ query }) };
  });
  const server = await startServer('api', dir);
  let lookups;
  try {
    lookups = await load({ origin: server.origin, requests, connections: LATENCY_CONNECTIONS, seconds: options.quick ? 1 : 10, warmup: 1 });
  } finally {
    await stop(server);
  }

  const addition = measurement('add a version: extend the timeline and write it', 'ms', add);
  const parsed = measurement('parse one version of the code', 'ms', parse);
  const perVersion = (addition.p95 ?? addition.max) + parsed.median;
  const realImport = measurement('npm run import of 350-VI 2024-01-01 (kaz.md, rus.md) onto 2022-12-30', 'ms', imports.real);
  const syntheticImport = measurement(`npm run import of each synthetic version after it (${imports.synthetic.length})`, 'ms', imports.synthetic);
  const changesBetweenVersions = measurement(`changes between the first and the last version (${changed} provisions)`, 'ms', changesTimes);
  return {
    measurements: [
      single('stored: one version', 'MB', oneVersion / 1e6),
      single(`stored: ${count + 1} versions`, 'MB', stored / 1e6),
      single('changed wordings', 'MB', wordingBytes / 1e6),
      single('storage ÷ (one version + changed wordings)', '×', ratio),
      addition,
      parsed,
      single('new version: parse + extend + write (p95)', 'ms', perVersion),
      realImport,
      syntheticImport,
      changesBetweenVersions,
      ...loadMeasurements(`asOf lookup at ${LATENCY_CONNECTIONS} connections`, lookups),
    ],
    targets: [
      atMost('storage ÷ (one version + changed wordings)', ratio, STORAGE_RATIO, '×'),
      atMost('new version: parse + extend + write (p95)', perVersion, NEW_VERSION_MS, 'ms'),
      atMost('npm run import of the real newer version (p95)', realImport.p95 ?? realImport.max, NEW_VERSION_MS, 'ms'),
      atMost('npm run import of each synthetic version (p95)', syntheticImport.p95 ?? syntheticImport.max, NEW_VERSION_MS, 'ms'),
      atMost('changes between the first and the last version (median)', changesBetweenVersions.median, CHANGES_MS, 'ms'),
      atMost(`asOf lookup p99 at ${LATENCY_CONNECTIONS} connections`, lookups.latency.p99 ?? lookups.latency.max, P99_MS, 'ms'),
    ],
    notes: [
      `${count} synthetic versions after the seed code (${code.provisions.length} provisions), ${timeline.wordings.length} wordings stored; ` +
        `each version rewords 1–3 % of the provisions (one in ten of those repealed), none inserted or removed.`,
      'The parse is of the seed text, standing for a new version. The `npm run import` figures are the whole use case in-process: ' +
        'read and check the folder, parse the new version alone (kaz.md, and rus.md for the real one), read the stored timeline back, extend it, ' +
        'write the document to the graph store and re-index it in the search index (the whole document: every provision and wording).',
    ],
    failures: [...(lookups.errors > 0 ? [`${lookups.errors} asOf lookups failed`] : []), ...imports.failures],
  };
}

/** Bytes of the store's document files: what the graph store keeps on disk. */
async function storedBytes(dir: string): Promise<number> {
  const files = await readdir(join(dir, 'graph', 'documents'));
  const sizes = await Promise.all(files.map(async (f) => (await stat(join(dir, 'graph', 'documents', f))).size));
  return sizes.reduce((a, b) => a + b, 0);
}
