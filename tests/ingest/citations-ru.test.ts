/**
 * References in the Russian text of the shared exports (citations/find-ru.ts): chains read bottom up and turned round,
 * `настоящего Кодекса/Закона`, `настоящей статьи`, chains in a list sharing the anchor after the last; resolved by the
 * Kazakh text's resolver to the same targets as the Kazakh references beside them.
 */
import { describe, expect, it } from 'vitest';
import { readVersionTexts } from '../../app/index.ts';
import { findRussianReferences } from '../../ingest/citations/find-ru.ts';
import { readActFolder } from '../../ingest/index.ts';
import type { Citation, IngestedDocument } from '../../model/index.ts';
import { adiletPath } from '../shared-dir.ts';

const chainsOf = (text: string) =>
  findRussianReferences(text).map((r) => ({
    raw: r.raw,
    anchor:
      r.anchor.kind === 'self' ? `self ${r.anchor.actKind}` : r.anchor.kind === 'relative' ? `relative ${r.anchor.unit}` : r.anchor.kind,
    chains: r.chains.map((c) =>
      c.map((g) => `${g.unit} ${g.items.map((i) => (i.kind === 'num' ? i.num : `${i.from}-${i.to}`)).join(',')}`),
    ),
  }));

describe('finding references in Russian', () => {
  it.each([
    [
      // appc-350-VI/2024-01-01/rus.md:467
      'Заинтересованное лицо пользуется правами, предусмотренными статьей 22 настоящего Кодекса, за исключением подпункта 8) части второй статьи 22 настоящего Кодекса.',
      [
        { raw: 'статьей 22 настоящего Кодекса', anchor: 'self code', chains: [['article 22']] },
        {
          raw: 'подпункта 8) части второй статьи 22 настоящего Кодекса',
          anchor: 'self code',
          chains: [['article 22', 'part 2', 'subparagraph 8']],
        },
      ],
    ],
    [
      // rus.md:7
      'Сноска. Вводится в действие с 01.07.2021 в соответствии с пунктом 1 статьи 175 настоящего Кодекса.',
      [{ raw: 'пунктом 1 статьи 175 настоящего Кодекса', anchor: 'self code', chains: [['article 175', 'part 1']] }],
    ],
    [
      // rus.md:1453
      '2. В случае, предусмотренном подпунктом 1) части первой настоящей статьи, административный орган',
      [{ raw: 'подпунктом 1) части первой настоящей статьи', anchor: 'relative article', chains: [['part 1', 'subparagraph 1']] }],
    ],
    [
      // rus.md:89
      'за исключением глав 12, 13, 14 и 15 настоящего Кодекса, не распространяется',
      [{ raw: 'глав 12, 13, 14 и 15 настоящего Кодекса', anchor: 'self code', chains: [['chapter 12,13,14,15']] }],
    ],
    [
      // law-2019-cinema/2024-08-20/rus.md: a list of chains, one anchor after the last
      'подпункт 10) статьи 5, подпункт 5) пункта 1 статьи 12, подпункт 3) пункта 5 статьи 13 и статья 15 настоящего Закона действуют',
      [
        { raw: 'подпункт 10) статьи 5', anchor: 'self law', chains: [['article 5', 'subparagraph 10']] },
        { raw: 'подпункт 5) пункта 1 статьи 12', anchor: 'self law', chains: [['article 12', 'part 1', 'subparagraph 5']] },
        { raw: 'подпункт 3) пункта 5 статьи 13', anchor: 'self law', chains: [['article 13', 'part 5', 'subparagraph 3']] },
        { raw: 'статья 15 настоящего Закона', anchor: 'self law', chains: [['article 15']] },
      ],
    ],
    ['в части, не урегулированной законами; глава государства', []],
  ])('%s', (text, expected) => {
    expect(chainsOf(text)).toEqual(expected);
  });
});

describe('Russian references resolved like the Kazakh ones', () => {
  async function texts(version: string): Promise<{ kazakh: IngestedDocument; russian: IngestedDocument }> {
    const [v] = await readActFolder(adiletPath(version), 16 * 1024 * 1024);
    const { kazakh, russian } = readVersionTexts(v!);
    return { kazakh, russian: russian! };
  }
  const pairs = (citations: readonly Citation[]) =>
    new Set(citations.filter((c) => c.resolved).map((c) => `${c.sourceId} → ${c.targetId}`));

  it('resolves the references of the code’s article 23 to the targets the Kazakh text names', async () => {
    const { kazakh, russian } = await texts('appc-350-VI/2024-01-01');
    // The two texts name the targets in their own order (Kazakh: "except 22-8) …, the rights of article 22").
    const of = (doc: IngestedDocument) =>
      doc.citations
        .filter((c) => c.sourceId.endsWith('/~art_23__para_2'))
        .map((c) => c.targetId)
        .sort();
    expect(of(russian)).toEqual(of(kazakh));
    expect(of(russian)).toEqual([
      '/akn/kz/act/code/2020-06-29/350-VI/~art_22',
      '/akn/kz/act/code/2020-06-29/350-VI/~art_22__para_2__point_8',
    ]);
  });

  it.each([
    ['appc-350-VI/2024-01-01', 120, 117, 113],
    ['law-2019-cinema/2024-08-20', 12, 12, 12],
    ['law-2021-animals/2025-01-01', 13, 12, 12],
  ])(
    '%s: %i Russian references, %i resolved, %i of them from the same provision to the same target as a Kazakh one',
    async (version, all, resolved, shared) => {
      const { kazakh, russian } = await texts(version);
      expect(russian.citations).toHaveLength(all);
      expect(russian.citations.filter((c) => c.resolved)).toHaveLength(resolved);
      const kk = pairs(kazakh.citations);
      expect([...pairs(russian.citations)].filter((p) => kk.has(p))).toHaveLength(shared);
    },
  );
});
