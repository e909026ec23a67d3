/**
 * Relevance evaluation: judgements written as {document, line range, grade}, resolved against
 * the ingested provisions by source-span overlap, and the ranking metrics MRR@k, nDCG@k, Recall@k.
 */
import type { IngestedDocument } from '../../model/index.ts';

export interface Judgement {
  document: string;
  /** First and last line of the corpus file, inclusive */
  lines: [number, number];
  /** 2: answers the query; 1: related */
  grade: number;
}

export interface EvalQuery {
  id: string;
  query: string;
  note: string;
  split: 'tuning' | 'heldout';
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

/** Where each provision's subtree lies in its file: the provision and everything below it. */
export type SpanIndex = ReadonlyMap<string, { document: string; from: number; to: number }>;

export function buildSpanIndex(documents: readonly IngestedDocument[]): SpanIndex {
  const spans = new Map<string, { document: string; from: number; to: number }>();
  for (const { document, provisions } of documents) {
    for (const p of provisions) spans.set(p.id, { document: document.id, from: p.source.startLine, to: p.source.endLine });
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

/** Whether a provision's subtree overlaps a judged line range. */
export const overlaps = (span: { document: string; from: number; to: number }, j: Judgement): boolean =>
  span.document === j.document && span.from <= j.lines[1] && j.lines[0] <= span.to;

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
