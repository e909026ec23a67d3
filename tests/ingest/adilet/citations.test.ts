/** References in laws of the database export: `осы Заңның`, points (`тармақ`) as parts, ranges with any dash. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CitationRef } from '../../../model/index.ts';
import { expandChains } from '../../../ingest/citations/expand.ts';
import { findReferences } from '../../../ingest/citations/find.ts';
import { adiletPath } from '../../shared-dir.ts';

const ANIMALS = readFileSync(adiletPath('law-2021-animals', '2025-01-01', 'kaz.md'), 'utf8').split('\n');
const CINEMA = readFileSync(adiletPath('law-2019-cinema', '2024-08-20', 'kaz.md'), 'utf8').split('\n');

const ref = (r: Partial<CitationRef>): CitationRef => ({
  section: null,
  chapter: null,
  article: null,
  part: null,
  subparagraph: null,
  paragraph: null,
  ...r,
});

/** Every reference of a text: its anchor kind and the addresses it expands to. */
function targets(text: string) {
  return findReferences(text).map((r) => ({ anchor: r.anchor.kind, raw: r.raw, refs: expandChains(r.chains).map((t) => t.ref) }));
}

describe('references in the laws of the database export', () => {
  it('reads `осы Заңның` chains through articles, points and subparagraphs (animals L611)', () => {
    expect(targets(ANIMALS[610] ?? '')).toEqual([
      {
        anchor: 'self',
        raw: 'осы Заңның 9-бабы 1-тармағының 4) тармақшасын, 11-бабын, 21-бабы 1-тармағының 2) тармақшасын',
        refs: [
          ref({ article: '9', part: '1', subparagraph: '4' }),
          ref({ article: '11' }),
          ref({ article: '21', part: '1', subparagraph: '2' }),
        ],
      },
    ]);
  });

  it('reads a list of points `3 және 5-тармақтарында` (cinema L207)', () => {
    expect(targets(CINEMA[206] ?? '')).toEqual([
      {
        anchor: 'self',
        raw: 'осы Заңның 9-бабының 3 және 5-тармақтарында',
        refs: [ref({ article: '9', part: '3' }), ref({ article: '9', part: '5' })],
      },
    ]);
  });

  it('reads `осы баптың` points relative to the article (animals L335)', () => {
    const found = targets(ANIMALS[334] ?? '');
    expect(found.map((f) => [f.anchor, f.refs])).toEqual([
      ['relative', [ref({ part: '2' })]],
      ['relative', [ref({ part: '1', subparagraph: '4' })]],
    ]);
  });

  it.each([
    ['an en dash with spaces', 'осы Заңның 4 – 6-баптарында көзделген'],
    ['an en dash without spaces', 'осы Заңның 4–6-баптарында көзделген'],
    ['a hyphen with spaces', 'осы Заңның 4 - 6-баптарында көзделген'],
    ['an em dash', 'осы Заңның 4 — 6-баптарында көзделген'],
  ])('expands a range of articles written with %s', (_, text) => {
    expect(targets(text).map((f) => f.refs)).toEqual([[ref({ article: '4' }), ref({ article: '5' }), ref({ article: '6' })]]);
  });

  it('keeps a hyphenated number whole: part 1-2 is no range', () => {
    expect(targets('осы баптың 1-2-бөлігінде').map((f) => f.refs)).toEqual([[ref({ part: '1-2' })]]);
  });

  it('does not take a date range for a reference (`2022 жылғы 4 – 7 қаңтар`)', () => {
    expect(targets('Осы Заң 2022 жылғы 4 – 7 қаңтар аралығында')).toEqual([]);
  });
});
