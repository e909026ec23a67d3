/**
 * Term proximity (search/embedded/proximity.ts): the shortest stretch of a text holding the query's words, and the
 * embedded index ranking a text holding them close above one holding them apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentTerms, kazakhAnalyzer } from '../../../search/analyzer/index.ts';
import { proximityFactor, tightestSpan } from '../../../search/embedded/proximity.ts';
import { DEFAULT_RANKING, openEmbeddedSearchIndex, type SearchIndex } from '../../../search/index.ts';
import { ingestedCorpus } from '../../contract/corpus-fixture.ts';

/** A text's words as ids (their position in `words`), and each query term's group: its place in the query. */
function spanOf(text: string, query: string): { groups: number; span: number } | null {
  const words = kazakhAnalyzer.analyze(text).map((t) => t.term);
  const groups = new Map(contentTerms(kazakhAnalyzer.analyze(query)).map((term, i) => [term, i]));
  return tightestSpan(
    words.map((_, i) => i),
    (i) => groups.get(words[i] ?? '') ?? -1,
  );
}

describe('tightestSpan', () => {
  it('measures the shortest stretch holding one word of each query word the text holds', () => {
    // the code's 30-бап 1: `… қозғауы мүмкін тұлға мүдделі тұлға деп танылады` (… is recognised as an interested person)
    const text =
      'Сот актісі өзінің құқықтарын, бостандықтары мен заңды мүдделерін қозғаған немесе қозғауы мүмкін тұлға мүдделі тұлға деп танылады.';
    // `мүдделі тұлға`: side by side at the end, though `тұлға` also stands a word before
    expect(spanOf(text, 'мүдделі тұлға')).toEqual({ groups: 2, span: 2 });
    // `сот` opens the text and `танылады` closes it: every word between counts
    expect(spanOf(text, 'сот танылады')?.span).toBe(kazakhAnalyzer.analyze(text).length);
    // a query word the text lacks is left out; one word alone has no span
    expect(spanOf(text, 'мүдделі тұлға шағым')).toEqual({ groups: 2, span: 2 });
    expect(spanOf(text, 'мүдделі шағым')).toBeNull();
  });

  it('gives a text its full boost for words side by side, less the farther apart they stand, none without a span', () => {
    expect(proximityFactor({ groups: 2, span: 2 }, 0.3)).toBeCloseTo(1.3);
    expect(proximityFactor({ groups: 2, span: 20 }, 0.3)).toBeCloseTo(1.03);
    expect(proximityFactor(null, 0.3)).toBe(1);
  });
});

describe('proximity in the ranking of the embedded index', () => {
  let plain: SearchIndex;
  let boosted: SearchIndex;
  const texts = new Map<string, string>();
  beforeAll(async () => {
    const corpus = await ingestedCorpus();
    for (const d of corpus) for (const p of d.provisions) texts.set(p.id, p.text);
    plain = await openEmbeddedSearchIndex({ dataDir: null, ranking: { ...DEFAULT_RANKING, proximityBoost: 0 } });
    boosted = await openEmbeddedSearchIndex({ dataDir: null });
    await plain.upsertDocuments(corpus);
    await boosted.upsertDocuments(corpus);
  }, 60_000);

  it('puts first a text holding the query words closer together than the one BM25 alone puts first', async () => {
    // `үй жануарларын есепке алу` (registering domestic animals): BM25 alone puts first a textbook paragraph holding
    // the words far apart
    const query = 'үй жануарларын есепке алу';
    const first = async (index: SearchIndex) => (await index.search({ query, limit: 1 })).hits[0]?.provisionId ?? '';
    const [before, after] = [await first(plain), await first(boosted)];
    expect(after).not.toBe(before);
    const [was, is] = [spanOf(texts.get(before) ?? '', query), spanOf(texts.get(after) ?? '', query)];
    expect(is?.groups).toBeGreaterThanOrEqual(was?.groups ?? 0);
    expect((is?.span ?? Infinity) / (is?.groups ?? 1)).toBeLessThan((was?.span ?? 0) / (was?.groups ?? 1));
  });
});
