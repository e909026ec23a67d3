/**
 * `npm run eval:search`: relevance of the embedded search index over a query set, with the analyzers (Kazakh, and
 * Russian on the acts' Russian text, the language detected per query) and, side by side, with the engine's default
 * tokenizer and no stemming. Prints MRR@10, nDCG@10 and Recall@10 per split, per language, per kind and per judged document; the Russian
 * queries also against Kazakh-only search (the language forced to Kazakh: what search did before the Russian text),
 * Kazakh search reading their words through the Russian text (`kazakh, bridged`: search/embedded/bridge.ts) and
 * Russian-only search. `--set analyst` (the default) scores search/eval/analyst-queries.json, `--set original`
 * the older search/eval/queries.json, `--set unseen`, `--set unseen-2`, `--set unseen-3`, `--set unseen-5` and `--set unseen-6`
 * search/eval/unseen-queries.json, unseen-2-queries.json, unseen-3-queries.json, unseen-5-queries.json and
 * unseen-6-queries.json: queries on acts no one developed on, held out whole, and `--set dev` dev-queries.json and
 * `--set unseen-4` unseen-4-queries.json (held out until stop 28): queries on other acts, tuned on whole. Those acts live outside the repository and are named with `--acts <dirs>`
 * (ZANGRAPH_HELDOUT_ACTS); without them these sets are refused, since every one of their queries would be unscorable.
 * The index holds the seed corpus and every act exported under `../shared/adilet` (`--shared`, ZANGRAPH_SHARED_DIR)
 * and under `--acts` (act folders in the same layout), imported into a temporary store as `npm run import` imports
 * them (a work the seed holds keeps the seed's text),
 * with each act's Russian text aligned to its provisions (app russianWordings: the newest version's rus.md).
 * Queries whose judged documents are not ingested — or, for a judgement by eId on an act, not ingested in the
 * query's language — are listed as not scorable yet, never scored as hits or misses.
 * `--verbose` lists the queries the analyzer does not answer perfectly.
 * `--misses` lists, for every query, the judged passages missing from its top 10 and the rank
 * (within the top 100) at which the analyzer does find them.
 * `--split tuning` prints that split only (and runs its queries only), so a ranking change can be
 * tried without looking at the held-out queries; `--ranking '{"perSection":3}'` overrides ranking options.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { importAct, russianWordings } from '../app/index.ts';
import { openEmbeddedGraphStore } from '../graph/index.ts';
import { corpusDirs, ingestCorpus } from '../ingest/index.ts';
import type { Wording } from '../model/index.ts';
import { type TextAnalyzer } from '../search/analyzer/index.ts';
import {
  engineDefaultAnalyzer,
  buildSpanIndex,
  describeJudgement,
  mean,
  overlaps,
  scorable,
  scoreQuery,
  type EvalQuery,
  type Judgement,
  type QueryScore,
  type QuerySet,
} from '../search/eval/index.ts';
import { openEmbeddedSearchIndex, type RankingOptions, type SearchLanguage } from '../search/index.ts';
import { parseCommandLine } from './cli.ts';
import { loadConfigOrExit, sharedDir } from './config.ts';

const K = 10;
const { values, env } = parseCommandLine({
  usage: 'npm run eval:search --',
  summary: 'Relevance of the embedded search index over search/eval/queries.json: MRR@10, nDCG@10, Recall@10 per split.',
  flags: {
    verbose: { type: 'boolean', description: 'list the queries the analyzer does not answer perfectly' },
    misses: { type: 'boolean', description: 'list, per query, the judged passages missing from its top 10 and where they rank' },
    set: {
      type: 'string',
      value: '<name>',
      description:
        'query set: analyst (search/eval/analyst-queries.json), original (queries.json), unseen, unseen-2, unseen-3, unseen-5, unseen-6 (held out whole), dev or unseen-4 (tuned on whole; these seven need --acts)',
      default: 'analyst',
    },
    acts: {
      type: 'string',
      value: '<dir>',
      variable: 'ZANGRAPH_HELDOUT_ACTS',
      description:
        'folders (separated by the path delimiter) of act folders in the adilet layout, imported beside the shared acts (the unseen and dev sets are judged on them)',
    },
    split: { type: 'string', value: '<name>', description: 'print this split only (tuning or heldout)' },
    ranking: { type: 'string', value: '<json>', description: 'override ranking options, e.g. \'{"perSection":3}\'' },
    shared: {
      type: 'string',
      value: '<dir>',
      description: 'the shared folder whose adilet/* acts are imported (default ../shared)',
      variable: 'ZANGRAPH_SHARED_DIR',
    },
  },
  variables: ['ZANGRAPH_CORPUS_DIR', 'ZANGRAPH_MAX_FILE_BYTES', 'ZANGRAPH_SHARED_DIR', 'ZANGRAPH_HELDOUT_ACTS'],
});
const { corpusDir, maxFileBytes } = loadConfigOrExit(env).corpus;
const verbose = values.verbose === true;
const onlySplit = values.split as string | undefined;
const ranking = JSON.parse((values.ranking as string | undefined) ?? '{}') as Partial<RankingOptions>;
const misses = values.misses === true;
/** How deep `--misses` looks for a judged passage the top K lacks */
const DEPTH = 100;

const shared = sharedDir(env);

/**
 * The query sets by name, with their files under search/eval/, and whether they are judged on acts kept outside the
 * repository (`--acts`): the unseen sets, held out whole, and the development set, tuned on whole.
 */
const SETS: Readonly<Record<string, { file: string; outsideActs: boolean }>> = {
  analyst: { file: 'analyst-queries.json', outsideActs: false },
  original: { file: 'queries.json', outsideActs: false },
  unseen: { file: 'unseen-queries.json', outsideActs: true },
  'unseen-2': { file: 'unseen-2-queries.json', outsideActs: true },
  'unseen-3': { file: 'unseen-3-queries.json', outsideActs: true },
  'unseen-4': { file: 'unseen-4-queries.json', outsideActs: true },
  'unseen-5': { file: 'unseen-5-queries.json', outsideActs: true },
  'unseen-6': { file: 'unseen-6-queries.json', outsideActs: true },
  dev: { file: 'dev-queries.json', outsideActs: true },
};
const setName = values.set as string;
const setFile = SETS[setName]?.file;
if (!setFile) {
  console.error(`eval:search: unknown query set '${setName}' (known: ${Object.keys(SETS).join(', ')})`);
  process.exit(2);
}
/** Folders of act folders, separated as PATH is (`/work/heldout-acts:/work/dev-acts`) */
const actsDirs = (env.ZANGRAPH_HELDOUT_ACTS ?? '').split(delimiter).filter((dir) => dir.trim() !== '');
if (SETS[setName]?.outsideActs && actsDirs.length === 0) {
  console.error(
    `eval:search: the ${setName} set is judged on acts kept outside the repository: name their folder with --acts <dir> or ZANGRAPH_HELDOUT_ACTS`,
  );
  process.exit(2);
}
const set = JSON.parse(await readFile(new URL(`../search/eval/${setFile}`, import.meta.url), 'utf8')) as QuerySet;

/** The seed corpus, the shared acts and the `--acts` ones, imported into a temporary store as `npm run import` does, then ingested. */
async function ingestWithSharedActs(): Promise<Awaited<ReturnType<typeof ingestCorpus>>['documents']> {
  const scratch = await mkdtemp(join(tmpdir(), 'zangraph-eval-'));
  try {
    const settings = { corpusDir, importedDir: join(scratch, 'corpus'), maxFileBytes, statePath: null, indexPendingPath: null };
    const graph = await openEmbeddedGraphStore({ dataDir: join(scratch, 'graph') });
    const search = await openEmbeddedSearchIndex({ dataDir: null });
    const roots = [join(shared, 'adilet'), ...actsDirs];
    const russian = new Map<string, Wording[]>();
    for (const root of roots) {
      // The shared folder may be absent (its acts then count as not ingested); a named --acts folder must exist.
      const entries = await readdir(root, { withFileTypes: true }).catch((error: unknown) => {
        if (actsDirs.includes(root)) throw error;
        return [];
      });
      for (const act of entries.filter((e) => e.isDirectory())) {
        const folder = join(root, act.name);
        const report = await importAct(folder, settings, { graph, search });
        const { wordings, figures } = await russianWordings(folder, maxFileBytes);
        russian.set(report.workId, wordings);
        console.error(
          `imported ${act.name}: ${report.workId} ${report.versionDate} (${report.status}); Russian text: ${figures.aligned} provisions aligned`,
        );
      }
    }
    await graph.close();
    await search.close();
    const { documents } = await ingestCorpus(await corpusDirs(corpusDir, settings.importedDir), { maxFileBytes });
    return documents.map((d) => ({ ...d, wordings: [...d.wordings, ...(russian.get(d.document.id) ?? [])] }));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const documents = await ingestWithSharedActs();
const spans = buildSpanIndex(documents);
const ready = set.queries.filter((q) => scorable(q, documents));
const pending = set.queries.filter((q) => !scorable(q, documents));
const runnable = ready.filter((q) => !onlySplit || q.split === onlySplit);

/** A way to search: an analyzer for every language, and maybe one language forced on every query. */
interface Setting {
  analyzer?: TextAnalyzer;
  language?: SearchLanguage;
  /** Only the queries of this language are run under it */
  queriesIn?: string;
  /** No word is read through the other language's text (search/embedded/bridge.ts) */
  ownWordsOnly?: boolean;
}

async function run({ analyzer, language, queriesIn, ownWordsOnly }: Setting): Promise<Map<string, { score: QueryScore; hits: string[] }>> {
  const index = await openEmbeddedSearchIndex({
    dataDir: null,
    ...(analyzer ? { analyzer } : {}),
    ranking: ownWordsOnly ? { ...ranking, otherLanguageWeight: 0 } : ranking,
  });
  await index.upsertDocuments(documents);
  const results = new Map<string, { score: QueryScore; hits: string[] }>();
  for (const q of runnable) {
    if (queriesIn && q.language !== queriesIn) continue;
    const hits = (await index.search({ query: q.query, limit: misses ? DEPTH : K, ...(language ? { language } : {}) })).hits.map(
      (h) => h.provisionId,
    );
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

const analyzers = {
  analyzers: await run({}),
  // The baseline is the plain engine, and Kazakh-only search what search did before the Russian text: neither reads
  // a word through the other language's text.
  'engine default': await run({ analyzer: engineDefaultAnalyzer, ownWordsOnly: true }),
  'kazakh only': await run({ language: 'kk', queriesIn: 'ru', ownWordsOnly: true }),
  'kazakh, bridged': await run({ language: 'kk', queriesIn: 'ru' }),
  'russian only': await run({ language: 'ru', queriesIn: 'ru' }),
};
const fmt = (x: number) => x.toFixed(3);
const splits = onlySplit ? [onlySplit] : ['tuning', 'heldout'];
const distinct = (key: (q: EvalQuery) => string | undefined): string[] => [...new Set(runnable.map((q) => key(q) ?? '-'))];
/** The documents a query is judged on, by the last part of their ids (`350-VI`, `lprc-judicial-system`). */
const judgedOn = (q: EvalQuery): string => [...new Set(q.relevant.map((j) => j.document.split('/').at(-1) ?? j.document))].join(' + ');
/** Rows: each split whole, then within it by language, by kind and by the documents judged. */
const groups: Array<[string, (q: EvalQuery) => boolean]> = splits.flatMap((split): Array<[string, (q: EvalQuery) => boolean]> => [
  [split, (q) => q.split === split],
  ...distinct((q) => q.language).map((l): [string, (q: EvalQuery) => boolean] => [
    `${split} ${l}`,
    (q) => q.split === split && (q.language ?? '-') === l,
  ]),
  ...distinct((q) => q.kind).map((k): [string, (q: EvalQuery) => boolean] => [
    `${split} ${k}`,
    (q) => q.split === split && (q.kind ?? '-') === k,
  ]),
  ...distinct(judgedOn).map((d): [string, (q: EvalQuery) => boolean] => [`${split} ${d}`, (q) => q.split === split && judgedOn(q) === d]),
]);

console.log(
  `queries: ${set.queries.length} in ${setFile} (${ready.length} scorable, ${pending.length} not scorable yet)${onlySplit ? `; ${onlySplit} split only` : ''}`,
);
console.log(`| group                                         | n   | analyzer       | MRR@${K} | nDCG@${K} | Recall@${K} |`);
console.log('|-----------------------------------------------|-----|----------------|--------|---------|-----------|');
for (const [name, keep] of groups) {
  const queries = runnable.filter(keep);
  if (queries.length === 0) continue;
  for (const [label, results] of Object.entries(analyzers)) {
    if (!queries.every((q) => results.has(q.id))) continue;
    const m = mean(queries.map((q) => results.get(q.id)?.score ?? { reciprocalRank: 0, ndcg: 0, recall: 0 }));
    console.log(
      `| ${name.padEnd(45)} | ${String(queries.length).padEnd(3)} | ${label.padEnd(14)} | ${fmt(m.reciprocalRank)}  | ${fmt(m.ndcg)}   | ${fmt(m.recall)}     |`,
    );
  }
}
const waiting = pending.filter((q) => !onlySplit || q.split === onlySplit);
const byDocuments = new Map<string, number>();
for (const q of waiting) {
  const key = `${q.split} ${q.language ?? '-'}: ${[...new Set(q.relevant.map((j) => j.document))].join(', ')}`;
  byDocuments.set(key, (byDocuments.get(key) ?? 0) + 1);
}
console.log(`\nnot scorable yet (${waiting.length}; documents not ingested, or not in the query's language):`);
for (const [key, n] of byDocuments) console.log(`  ${n} × ${key}`);

if (verbose) {
  for (const q of runnable) {
    const r = analyzers.analyzers.get(q.id);
    if (!r || (r.score.reciprocalRank === 1 && r.score.recall === 1)) continue;
    console.log(`\n${q.id} [${q.split}] ${q.query} — ${q.note}: RR ${fmt(r.score.reciprocalRank)} recall ${fmt(r.score.recall)}`);
    for (const id of r.hits.slice(0, 5)) console.log(`   ${id}`);
  }
}

if (misses) {
  for (const q of runnable) {
    const r = analyzers.analyzers.get(q.id);
    if (!r || r.score.recall === 1) continue;
    console.log(`\n${q.id} [${q.split}] ${q.query} — ${q.note}: recall@${K} ${fmt(r.score.recall)}`);
    for (const j of q.relevant) {
      const found = rankOf(r.hits, j);
      if (found && found.rank <= K) continue;
      const where = found ? `first at rank ${found.rank} (${found.id})` : `not in the top ${DEPTH}`;
      console.log(`   missing ${describeJudgement(j)}: ${where}`);
    }
  }
}
