/**
 * `npm run eval:search`: relevance of the embedded search index over the query set
 * (search/eval/queries.json), with the Kazakh analyzer and, side by side, with the engine's
 * default tokenizer and no stemming. Prints MRR@10, nDCG@10 and Recall@10 per split.
 * Queries whose documents are not ingested yet are counted and left out.
 * `--verbose` lists the queries the analyzer does not answer perfectly.
 * `--misses` lists, for every query, the judged passages missing from its top 10 and the rank
 * (within the top 100) at which the analyzer does find them.
 * `--split tuning` prints that split only (and lists its queries only), so a ranking change can be
 * tried without looking at the held-out queries; `--ranking '{"perSection":3}'` overrides ranking options.
 */
import { readFile } from 'node:fs/promises';
import { ingestCorpus } from '../ingest/index.ts';
import { kazakhAnalyzer, type TextAnalyzer } from '../search/analyzer/index.ts';
import { engineDefaultAnalyzer, buildSpanIndex, mean, overlaps, scoreQuery, type EvalQuery, type Judgement, type QueryScore, type QuerySet } from '../search/eval/index.ts';
import { openEmbeddedSearchIndex, type RankingOptions } from '../search/index.ts';
import { parseCommandLine } from './cli.ts';
import { loadConfigOrExit } from './config.ts';

const K = 10;
const { values, env } = parseCommandLine({
  usage: 'npm run eval:search --',
  summary: 'Relevance of the embedded search index over search/eval/queries.json: MRR@10, nDCG@10, Recall@10 per split.',
  flags: {
    verbose: { type: 'boolean', description: 'list the queries the analyzer does not answer perfectly' },
    misses: { type: 'boolean', description: 'list, per query, the judged passages missing from its top 10 and where they rank' },
    split: { type: 'string', value: '<name>', description: 'print this split only (tuning or heldout)' },
    ranking: { type: 'string', value: '<json>', description: 'override ranking options, e.g. \'{"perSection":3}\'' },
  },
  variables: ['ZANGRAPH_CORPUS_DIR', 'ZANGRAPH_MAX_FILE_BYTES'],
});
const { corpusDir, maxFileBytes } = loadConfigOrExit(env).corpus;
const verbose = values.verbose === true;
const onlySplit = values.split as string | undefined;
const ranking = JSON.parse((values.ranking as string | undefined) ?? '{}') as Partial<RankingOptions>;
const misses = values.misses === true;
/** How deep `--misses` looks for a judged passage the top K lacks */
const DEPTH = 100;

const set = JSON.parse(await readFile(new URL('../search/eval/queries.json', import.meta.url), 'utf8')) as QuerySet;
const { documents } = await ingestCorpus(corpusDir, { maxFileBytes });
const ingested = new Set(documents.map((d) => d.document.id));
const spans = buildSpanIndex(documents);
const ready = set.queries.filter((q) => q.relevant.every((j) => ingested.has(j.document)));
const pending = set.queries.length - ready.length;
const runnable = ready.filter((q) => !onlySplit || q.split === onlySplit);

async function run(analyzer: TextAnalyzer): Promise<Map<string, { score: QueryScore; hits: string[] }>> {
  const index = await openEmbeddedSearchIndex({ dataDir: null, analyzer, ranking });
  await index.upsertDocuments(documents);
  const results = new Map<string, { score: QueryScore; hits: string[] }>();
  for (const q of runnable) {
    const hits = (await index.search({ query: q.query, limit: misses ? DEPTH : K })).hits.map((h) => h.provisionId);
    results.set(q.id, { score: scoreQuery(hits, q.relevant, spans, K), hits });
  }
  return results;
}

/** The rank (1-based) of the first hit overlapping a judged passage, or null. */
function rankOf(hits: readonly string[], j: Judgement): { rank: number; id: string } | null {
  const at = hits.findIndex((id) => {
    const span = spans.get(id);
    return span !== undefined && overlaps(span, j);
  });
  return at < 0 ? null : { rank: at + 1, id: hits[at] ?? '' };
}

const analyzers = { kazakh: await run(kazakhAnalyzer), 'engine default': await run(engineDefaultAnalyzer) };
const fmt = (x: number) => x.toFixed(3);
const splits: Array<[string, (q: EvalQuery) => boolean]> = [
  ['tuning', (q) => q.split === 'tuning'],
  ['heldout', (q) => q.split === 'heldout'],
  ['all', () => true],
];

console.log(`queries: ${set.queries.length} (${ready.length} runnable, ${pending} waiting for documents not ingested yet)${onlySplit ? `; ${onlySplit} split only` : ''}`);
console.log(`| split   | n  | analyzer       | MRR@${K} | nDCG@${K} | Recall@${K} |`);
console.log('|---------|----|----------------|--------|---------|-----------|');
for (const [name, keep] of splits.filter(([name]) => !onlySplit || name === onlySplit)) {
  const queries = runnable.filter(keep);
  for (const [label, results] of Object.entries(analyzers)) {
    const m = mean(queries.map((q) => results.get(q.id)?.score ?? { reciprocalRank: 0, ndcg: 0, recall: 0 }));
    console.log(`| ${name.padEnd(7)} | ${String(queries.length).padEnd(2)} | ${label.padEnd(14)} | ${fmt(m.reciprocalRank)}  | ${fmt(m.ndcg)}   | ${fmt(m.recall)}     |`);
  }
}

if (verbose) {
  for (const q of runnable) {
    const r = analyzers.kazakh.get(q.id);
    if (!r || (r.score.reciprocalRank === 1 && r.score.recall === 1)) continue;
    console.log(`\n${q.id} [${q.split}] ${q.query} — ${q.note}: RR ${fmt(r.score.reciprocalRank)} recall ${fmt(r.score.recall)}`);
    for (const id of r.hits.slice(0, 5)) console.log(`   ${id}`);
  }
}

if (misses) {
  for (const q of runnable) {
    const r = analyzers.kazakh.get(q.id);
    if (!r || r.score.recall === 1) continue;
    console.log(`\n${q.id} [${q.split}] ${q.query} — ${q.note}: recall@${K} ${fmt(r.score.recall)}`);
    for (const j of q.relevant) {
      const found = rankOf(r.hits, j);
      if (found && found.rank <= K) continue;
      const where = found ? `first at rank ${found.rank} (${found.id})` : `not in the top ${DEPTH}`;
      console.log(`   missing ${j.document} lines ${j.lines[0]}–${j.lines[1]} (grade ${j.grade}): ${where}`);
    }
  }
}
