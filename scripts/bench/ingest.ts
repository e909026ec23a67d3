/**
 * Ingest benchmark: time and throughput of each pipeline stage over the seed corpus, beside
 * the raw floor (floor.ts) measured in the same run, and the whole pipeline end to end.
 *
 * The stages are called one by one in the order ingest/index.ts composes them (read →
 * normalize + corpus lexicon → segment → amendments → citations), because the orchestrator
 * exposes no per-stage timing hook; `ingestCorpus` itself is timed too, so the sum of the
 * stages can be checked against the real thing. Graph write and index build go to fresh
 * temporary stores each run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { parseDocumentNotes, extractCitations, createCorpusLookup, ingestCorpus, segmentCode, readCorpus, type CorpusText, buildLexicon, normalizeLines, type Lexicon, type SourceLine } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { rawFloor } from './floor.ts';
import { atLeast, atMost, mbPerSecond, measurement, since, single } from './stats.ts';
import type { Benchmark, BenchOptions, BenchmarkOutput, Measurement, TargetCheck } from './types.ts';

/** Targets of issue 8 */
const WHOLE_INGEST_MS = 500;
const FLOOR_RATIO_PERCENT = 30;

type StageName = 'read' | 'normalize' | 'segment' | 'amendments' | 'citations' | 'graph write' | 'index build';
/** Stage times of one run, plus `ingestCorpus` timed as a whole */
type RunTimes = Partial<Record<StageName | 'ingestCorpus', number>>;

export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  description:
    'Per-stage time and throughput over the seed corpus texts the pipeline ingests, the whole pipeline (`ingestCorpus` + graph write + index build), and the raw floor (read + split into lines and words with one regex) in the same run.',
  run,
};

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const runs = options.quick ? 3 : 10;
  const texts = await readCorpus(options.corpusDir);
  const coldStart = performance.now();
  const ingested = await ingestedTexts(options.corpusDir, texts);
  const coldMs = since(coldStart);
  const paths = ingested.map((t) => join(options.corpusDir, t.document.file));
  const bytes = byteLength(ingested);
  // read and normalize work on every manifest text (the lexicon spans the corpus); segment, amendments and citations
  // are timed over the codes; graph write, index build and ingestCorpus over the ingested texts
  const codeBytes = byteLength(texts.filter((t) => t.document.kind === 'code'));
  const stageBytes = (stage: keyof RunTimes): number =>
    stage === 'read' || stage === 'normalize' ? byteLength(texts) : stage === 'segment' || stage === 'amendments' || stage === 'citations' ? codeBytes : bytes;
  const notes = [
    `Seed corpus ingested: ${ingested.length} of ${texts.length} texts (${ingested.map((t) => t.document.file).join(', ')}), ${(bytes / 1e6).toFixed(2)} MB of ${(byteLength(texts) / 1e6).toFixed(2)} MB.`,
    `Read and normalize run over every text; segment, amendments and citations are timed by calling the stage functions as ingest/index.ts composes them, over the codes only (${(codeBytes / 1e6).toFixed(2)} MB: the segmenters of other kinds are not exported); \`ingestCorpus\`, graph write and index build over the ingested texts. MB/s are over the bytes each row processed.`,
  ];

  const floor: number[] = [];
  const samples = new Map<keyof RunTimes, number[]>();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await rawFloor(paths);
    floor.push(since(start));
    const times = await oneRun(options);
    for (const [name, ms] of Object.entries(times) as [keyof RunTimes, number][]) samples.set(name, [...(samples.get(name) ?? []), ms]);
  }

  const floorMs = measurement('raw floor (read + split)', 'ms', floor);
  const measurements: Measurement[] = [floorMs, single('raw floor throughput', 'MB/s', mbPerSecond(bytes, floorMs.median))];
  for (const [name, ms] of samples) {
    const m = measurement(name === 'ingestCorpus' ? 'ingestCorpus (read → citations)' : `stage · ${name}`, 'ms', ms);
    measurements.push(m, single(`${m.name} throughput`, 'MB/s', mbPerSecond(stageBytes(name), m.median)));
  }
  // The runs above are warm (the JIT has seen the code); a store built at start-up pays the first call.
  measurements.push(single('ingestCorpus cold (first call in this process)', 'ms', coldMs));
  const at = (stage: keyof RunTimes, i: number): number => samples.get(stage)?.[i] ?? 0;
  const whole = floor.map((_, i) => at('ingestCorpus', i) + at('graph write', i) + at('index build', i));
  const w = measurement('whole ingest (ingestCorpus + graph write + index build)', 'ms', whole);
  const ratio = (100 * floorMs.median) / w.median;
  measurements.push(w, single('whole ingest throughput', 'MB/s', mbPerSecond(bytes, w.median)), single('whole ingest throughput / raw floor', '%', ratio));
  const targets: TargetCheck[] = [
    atMost('whole seed corpus ingest', w.median / 1000, WHOLE_INGEST_MS / 1000, 's'),
    atLeast('ingest throughput vs raw floor', ratio, FLOOR_RATIO_PERCENT, '%'),
  ];
  return { measurements, targets, notes, failures: [] };
}

function byteLength(texts: readonly CorpusText[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t.raw), 0);
}

/** The texts `ingestCorpus` actually ingests (kinds without a segmenter are skipped there). */
async function ingestedTexts(corpusDir: string, texts: CorpusText[]): Promise<CorpusText[]> {
  const { documents } = await ingestCorpus(corpusDir);
  const ids = new Set(documents.map((d) => d.document.id));
  return texts.filter((t) => ids.has(t.document.id));
}

async function oneRun(options: BenchOptions): Promise<RunTimes> {
  const times: RunTimes = {};
  const start = performance.now();
  const texts = await readCorpus(options.corpusDir);
  times.read = since(start);
  const lines = timed(times, 'normalize', () => texts.map((t) => normalizeLines(t.raw)));
  const lexicon = timed(times, 'normalize', () => buildLexicon(lines.flat()), true);
  stageByStage(texts, lines, lexicon, times);
  const pipelineStart = performance.now();
  const { documents } = await ingestCorpus(options.corpusDir);
  times.ingestCorpus = since(pipelineStart);
  await writeAndIndex(documents, options.tmpDir, times);
  return times;
}

/** segment → amendments → citations for the codes, as ingest/index.ts composes them. */
function stageByStage(texts: CorpusText[], lines: SourceLine[][], lexicon: Lexicon, times: RunTimes): void {
  const codes = texts.map((t, i) => ({ document: t.document, lines: lines[i] ?? [] })).filter((t) => t.document.kind === 'code');
  const segmented = timed(times, 'segment', () =>
    codes.map(({ document, lines }) =>
      segmentCode(lines, { documentId: document.id, documentActId: document.id, file: document.file, lexicon, hyphenPolicy: 'realUnlessAttested' }),
    ),
  );
  timed(times, 'amendments', () => segmented.map((s) => parseDocumentNotes(s.headerNotes, s.notes)));
  timed(times, 'citations', () => {
    const lookup = createCorpusLookup(
      texts.map((t) => t.document),
      segmented.flatMap((s) => s.provisions),
    );
    return segmented.map((s) => extractCitations(s.sites, lookup));
  });
}

/** Write the documents to a fresh graph store and a fresh search index, timing each. */
async function writeAndIndex(documents: IngestedDocument[], tmpDir: string, times: RunTimes): Promise<void> {
  const dir = await mkdtemp(join(tmpDir, 'ingest-'));
  const store = await openEmbeddedGraphStore({ dataDir: join(dir, 'graph') });
  let start = performance.now();
  for (const doc of documents) await store.writeDocument(doc);
  times['graph write'] = since(start);
  await store.close();
  const index = await openEmbeddedSearchIndex({ dataDir: join(dir, 'search') });
  start = performance.now();
  await index.upsertDocuments(documents);
  times['index build'] = since(start);
  await index.close();
  await rm(dir, { recursive: true, force: true });
}

/** Run the synchronous `fn`, setting (or with `add`, adding to) `times[stage]`. */
function timed<T>(times: RunTimes, stage: keyof RunTimes, fn: () => T, add = false): T {
  const start = performance.now();
  const result = fn();
  times[stage] = (add ? (times[stage] ?? 0) : 0) + since(start);
  return result;
}
