/** The relevance metrics of `npm run eval:search`, on hand-computed cases over the real ingested code. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSpanIndex, scoreQuery, type Judgement, type SpanIndex } from '../../search/eval/metrics.ts';
import { CODE_ID, ingestedCode, provision } from '../contract/corpus-fixture.ts';

// 121-бап. Сотта медиация жүргізу тәртібі stands at line 7398; 120-бап (conciliation) at 7326
const ART_121: Judgement = { document: CODE_ID, lines: [7398, 7398], grade: 2 };
const ART_120: Judgement = { document: CODE_ID, lines: [7326, 7326], grade: 1 };

describe('evaluation metrics', () => {
  let spans: SpanIndex;
  beforeAll(async () => {
    spans = buildSpanIndex([await ingestedCode()]);
  });

  it('spans an article over its parts, so a judgement on a part line is met by the article', () => {
    const span = spans.get(provision('art_121'));
    expect(span?.from).toBe(7398);
    expect(span?.to).toBeGreaterThan(7398);
    expect(span?.to).toBeLessThan(7427); // 122-бап begins at line 7427
  });

  it('scores a perfect ranking 1 on every metric', () => {
    expect(scoreQuery([provision('art_121'), provision('art_120')], [ART_121, ART_120], spans)).toEqual({
      reciprocalRank: 1,
      ndcg: 1,
      recall: 1,
    });
  });

  it('scores a relevant hit at rank 2 with RR 1/2 and the discounted gain', () => {
    const score = scoreQuery([provision('art_4'), provision('art_121')], [ART_121], spans);
    expect(score.reciprocalRank).toBe(0.5);
    expect(score.ndcg).toBeCloseTo(1 / Math.log2(3));
    expect(score.recall).toBe(1);
  });

  it('credits a judgement once even when two hits overlap it, and counts what is missing', () => {
    const score = scoreQuery([provision('art_121'), provision('art_121__para_1')], [ART_121, ART_120], spans);
    expect(score.recall).toBe(0.5);
    const ideal = 3 + 1 / Math.log2(3);
    expect(score.ndcg).toBeCloseTo(3 / ideal);
  });
});
