/** The bounded-heap selection the embedded index ranks its matches with. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from '../../../search/embedded/top-k.ts';

/** The reference answer: every position sorted by score (highest first), ties by position, cut at k. */
function sortedPositions(scores: readonly number[], k: number): number[] {
  return scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, k)
    .map((x) => x.i);
}

describe('topK', () => {
  it('returns the same positions, in the same order, as sorting every score', () => {
    // Few distinct scores, so ties are frequent (copies of one text score alike).
    const scores = fc.array(
      fc.integer({ min: 0, max: 8 }).map((n) => n / 4),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: 60 }), (values, k) => {
        expect(topK(Float64Array.from(values), values.length, k)).toEqual(sortedPositions(values, k));
      }),
    );
  });

  it('considers only the first `count` entries of a larger scratch array', () => {
    const scores = Float64Array.from([1, 5, 3, 9, 7]);
    expect(topK(scores, 3, 10)).toEqual([1, 2, 0]);
  });
});
