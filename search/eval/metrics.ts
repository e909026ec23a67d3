/**
 * Relevance evaluation: judgements written as {document, line range, grade} (papers, textbook) or
 * {document, eId, grade} (acts, stable across versions and languages), resolved against the ingested
 * provisions, and the ranking metrics MRR@k, nDCG@k, Recall@k.
 */
import type { IngestedDocument } from '../../model/index.ts';

/** A judged passage of a text without stable ids: first and last line of the corpus file, inclusive */
export interface LineJudgement {
  document: string;
  lines: [number, number];
  /** 2: answers the query; 1: related */
  grade: number;
}

/** A judged provision of an act by its Akoma Ntoso eId: met by that provision or any provision inside it */
export interface ProvisionJudgement {
  document: string;
  eId: string;
  grade: number;
}

export type Judgement = LineJudgement | ProvisionJudgement;

export interface EvalQuery {
  id: string;
  query: string;
  note: string;
  split: 'tuning' | 'heldout';
  /** kk or ru; absent in the older query set, which is all Kazakh */
  language?: string;
  /** What the query tests (ordinary, definition, synonym-loanword, …); absent in the older set */
  kind?: string;
  relevant: Judgement[];
}

export interface QuerySet {
  queries: EvalQuery[];
}

export interface QueryScore {
  reciprocalRank: number;
  ndcg: number;
  recall: number;
}

/** A provision's eId and where its subtree lies in its file: the provision and everything below it. */
export interface Span {
  document: string;
  eId: string;
  from: number;
  to: number;
}

export type SpanIndex = ReadonlyMap<string, Span>;

export function buildSpanIndex(documents: readonly IngestedDocument[]): SpanIndex {
  const spans = new Map<string, Span>();
  for (const { document, provisions } of documents) {
    for (const p of provisions) spans.set(p.id, { document: document.id, eId: p.eId, from: p.source.startLine, to: p.source.endLine });
    // Children follow their parents in document order: walking backwards widens each parent by its finished children.
    for (const p of [...provisions].reverse()) {
      const own = spans.get(p.id);
      const parent = p.parentId ? spans.get(p.parentId) : undefined;
      if (!own || !parent) continue;
      parent.from = Math.min(parent.from, own.from);
      parent.to = Math.max(parent.to, own.to);
    }
  }
  return spans;
}

/**
 * Whether a hit meets a judgement: for a line judgement, the provision's subtree overlaps the range;
 * for an eId judgement, the provision is the judged one or lies inside it (eIds nest by `__`).
 */
export function overlaps(span: Span, j: Judgement): boolean {
  if (span.document !== j.document) return false;
  if ('eId' in j) return span.eId === j.eId || span.eId.startsWith(`${j.eId}__`);
  return span.from <= j.lines[1] && j.lines[0] <= span.to;
}

const dcgGain = (grade: number, rank: number): number => (2 ** grade - 1) / Math.log2(rank + 2);

/**
 * Score one ranked list of provision ids against the judgements, at cut-off k. Each judgement
 * is credited once, to the first hit overlapping it, so two hits on one passage do not count twice.
 */
export function scoreQuery(hitIds: readonly string[], relevant: readonly Judgement[], spans: SpanIndex, k = 10): QueryScore {
  const found = new Set<number>();
  let reciprocalRank = 0;
  let dcg = 0;
  hitIds.slice(0, k).forEach((id, rank) => {
    const span = spans.get(id);
    if (!span) return;
    let gain = 0;
    relevant.forEach((j, i) => {
      if (found.has(i) || !overlaps(span, j)) return;
      found.add(i);
      gain = Math.max(gain, j.grade);
    });
    if (gain > 0 && reciprocalRank === 0) reciprocalRank = 1 / (rank + 1);
    if (gain > 0) dcg += dcgGain(gain, rank);
  });
  const ideal = [...relevant]
    .map((j) => j.grade)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, rank) => sum + dcgGain(g, rank), 0);
  return { reciprocalRank, ndcg: ideal > 0 ? dcg / ideal : 0, recall: relevant.length ? found.size / relevant.length : 0 };
}

export function mean(scores: readonly QueryScore[]): QueryScore {
  const n = scores.length || 1;
  return {
    reciprocalRank: scores.reduce((s, x) => s + x.reciprocalRank, 0) / n,
    ndcg: scores.reduce((s, x) => s + x.ndcg, 0) / n,
    recall: scores.reduce((s, x) => s + x.recall, 0) / n,
  };
}

/**
 * Whether a query can be scored over these documents: every judged document is ingested, and a
 * judgement by eId (an act, judged once for all its languages) has the act's text ingested in the
 * query's language (its own, or its wordings in that language) — a Russian query cannot find the
 * Kazakh text, so it waits for the Russian one.
 */
export function scorable(q: EvalQuery, documents: readonly IngestedDocument[]): boolean {
  const inLanguage = ({ document, wordings }: IngestedDocument): boolean =>
    !q.language || document.language === q.language || wordings.some((w) => w.language === q.language);
  return q.relevant.every((j) => documents.some((d) => d.document.id === j.document && (!('eId' in j) || inLanguage(d))));
}

export const describeJudgement = (j: Judgement): string =>
  `${j.document} ${'eId' in j ? j.eId : `lines ${j.lines[0]}–${j.lines[1]}`} (grade ${j.grade})`;
