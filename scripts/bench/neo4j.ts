/**
 * The graph store on Neo4j beside the embedded store, in one run (`npm run bench -- --graph neo4j`
 * with NEO4J_URI set; `npm run bench:neo4j` starts a throw-away server for it): the ingest's graph
 * write of the seed corpus at 1× and 10× (scale-corpus.ts), then the API's article lookup,
 * amendment history and depth-3 traversal through `yoga.fetch` (GraphQL execution included, no
 * network), one request at a time. Each figure for both stores and as the ratio Neo4j ÷ embedded.
 * Both stores must give the same answers: a difference is a failure of the run.
 *
 * The Neo4j database (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, read by loadConfig) is
 * claimed and emptied as the tests do (graph/neo4j/scratch.ts), so the benchmark refuses a database
 * holding data it did not make.
 */
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type ZangraphYoga } from '../../api/index.ts';
import { openEmbeddedGraphStore, openScratchNeo4jStore, type GraphStore, type Neo4jTarget } from '../../graph/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { loadConfig } from '../config.ts';
import { API_CASES } from './queries.ts';
import { scaleCorpus } from './scale-corpus.ts';
import { measurement, since, single } from './stats.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions, Measurement } from './types.ts';

const FACTORS = [1, 10];
const QUICK_FACTORS = [1, 2];
const RUNS = 60;
const QUICK_RUNS = 10;
/** Requests before timing: the first compile the query (graphql-jit) and warm the server's plan cache. */
const WARMUP = 5;

export const neo4jBenchmark: Benchmark = {
  name: 'neo4j',
  description:
    'Graph store on Neo4j beside the embedded store, same run: graph write of the seed corpus ×1 and ×10, and article lookup, amendment history, depth-3 traversal through yoga.fetch one at a time (ms), with the ratio Neo4j ÷ embedded (> 1: Neo4j slower).',
  run,
};

interface Backend {
  name: 'embedded' | 'neo4j';
  /** An empty store of this backend; `remove` closes it (and releases the Neo4j database). */
  open(): Promise<{ store: GraphStore; remove(): Promise<void> }>;
}

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const target = neo4jTarget();
  const seed = (await ingestCorpus(options.corpusDir)).documents;
  const backends: Backend[] = [
    { name: 'embedded', open: () => openEmpty(options) },
    { name: 'neo4j', open: () => openScratchNeo4jStore(target, []) },
  ];
  const measurements: Measurement[] = [];
  const failures: string[] = [];
  const notes: string[] = [];
  for (const factor of options.quick ? QUICK_FACTORS : FACTORS) {
    const corpus = scaleCorpus(seed, factor);
    const at = `${factor}×`;
    notes.push(`${at}: ${corpus.length} documents, ${corpus.reduce((n, d) => n + d.provisions.length, 0)} provisions.`);
    const figures = new Map<string, Map<Backend['name'], number[]>>();
    const answers = new Map<string, Map<Backend['name'], string>>();
    const record = (figure: string, backend: Backend['name'], samples: number[]) => {
      if (!figures.has(figure)) figures.set(figure, new Map());
      figures.get(figure)?.set(backend, samples);
    };
    for (const backend of backends) {
      options.log(`${at} ${backend.name}`);
      const { store, remove } = await backend.open();
      try {
        const start = performance.now();
        for (const doc of corpus) await store.writeDocument(doc);
        record('graph write', backend.name, [since(start)]);
        const yoga = await createServer({ graph: store }, { graphiql: false });
        for (const c of API_CASES.filter((c) => c.lookup !== false)) {
          const { samples, answer } = await timeQuery(yoga, c.query, options.quick ? QUICK_RUNS : RUNS);
          record(c.name, backend.name, samples);
          if (!answers.has(c.name)) answers.set(c.name, new Map());
          answers.get(c.name)?.set(backend.name, answer);
        }
      } finally {
        await remove();
      }
    }
    for (const [name, byBackend] of answers) {
      if (byBackend.get('embedded') !== byBackend.get('neo4j')) failures.push(`${at} ${name}: Neo4j answered differently from the embedded store`);
    }
    for (const [figure, byBackend] of figures) {
      const embedded = byBackend.get('embedded') ?? [];
      const neo4j = byBackend.get('neo4j') ?? [];
      const unit = 'ms';
      measurements.push(
        summary(`${at} · ${figure} · embedded`, unit, embedded),
        summary(`${at} · ${figure} · neo4j`, unit, neo4j),
        single(`${at} · ${figure} · neo4j ÷ embedded`, 'ratio', median(neo4j) / median(embedded)),
      );
    }
  }
  notes.push('Ratios are of medians. Neo4j ran in process of a JVM on the same machine (tests/neo4j-server), over Bolt on loopback.');
  return { measurements, targets: [], notes, failures };
}

/** The server the environment names, validated as `npm start` validates it. */
function neo4jTarget(): Neo4jTarget {
  const config = loadConfig({ ...process.env, ZANGRAPH_GRAPH: 'neo4j' }).graph;
  if (config.kind !== 'neo4j') throw new Error('loadConfig ignored ZANGRAPH_GRAPH=neo4j');
  return config;
}

async function openEmpty(options: BenchOptions): Promise<{ store: GraphStore; remove(): Promise<void> }> {
  const store = await openEmbeddedGraphStore({ dataDir: await mkdtemp(join(options.tmpDir, 'neo4j-bench-embedded-')) });
  return { store, remove: () => store.close() };
}

/** One request at a time: the samples, and the answer (which must have no errors). */
async function timeQuery(yoga: ZangraphYoga, query: string, runs: number): Promise<{ samples: number[]; answer: string }> {
  const ask = async (): Promise<string> => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    if (!response.ok || (JSON.parse(text) as { errors?: unknown }).errors) throw new Error(`benchmark query failed: ${text.slice(0, 500)}`);
    return text;
  };
  let answer = '';
  for (let i = 0; i < WARMUP; i++) answer = await ask();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await ask();
    samples.push(since(start));
  }
  return { samples, answer };
}

function summary(name: string, unit: string, samples: number[]): Measurement {
  return samples.length === 1 ? single(name, unit, samples[0] as number) : measurement(name, unit, samples);
}

function median(samples: readonly number[]): number {
  return measurement('', '', samples).median;
}
