/**
 * Term proximity: how close together a text holds the words of a query. BM25 scores each word alone, so a long
 * article that mentions `съезд` (congress) in one part and `партия` (party) three parts later scores as one that says
 * `партияның … съезі` in a sentence; the shortest stretch of the text holding every query word it holds tells them
 * apart. Pure: reads a text's sequence of word ids.
 */

/**
 * The length in words of the shortest stretch of `sequence` holding one word of each group it holds any word of
 * (`groupOf`: a word id's query-word group, or -1), with the number of those groups; null when it holds fewer than two.
 */
export function tightestSpan(sequence: ArrayLike<number>, groupOf: (wordId: number) => number): { groups: number; span: number } | null {
  const positions: Array<{ at: number; group: number }> = [];
  for (let i = 0; i < sequence.length; i++) {
    const group = groupOf(sequence[i] ?? -1);
    if (group >= 0) positions.push({ at: i, group });
  }
  const groups = new Set(positions.map((p) => p.group)).size;
  if (groups < 2) return null;
  // A sliding window over the positions: widen on the right until it holds every group, then narrow from the left.
  const inWindow = new Map<number, number>();
  let span = Infinity;
  let left = 0;
  for (const right of positions) {
    inWindow.set(right.group, (inWindow.get(right.group) ?? 0) + 1);
    while (inWindow.size === groups) {
      const first = positions[left] as { at: number; group: number };
      span = Math.min(span, right.at - first.at + 1);
      const n = (inWindow.get(first.group) ?? 1) - 1;
      if (n === 0) inWindow.delete(first.group);
      else inWindow.set(first.group, n);
      left++;
    }
  }
  return { groups, span };
}

/**
 * The score factor for a text whose query words stand within `span` words: 1 + `boost` when they stand side by side,
 * falling as the span grows (`groups` words over a span of `span`).
 */
export function proximityFactor(found: { groups: number; span: number } | null, boost: number): number {
  return found ? 1 + (boost * found.groups) / found.span : 1;
}
