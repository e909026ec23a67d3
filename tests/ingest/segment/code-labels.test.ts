/**
 * When a line that looks like a label is believed: article 96 (L6409–L6468), whose part 2 wraps
 * `… 1) және` / `3) тармақшаларында …` ("1) and" / "in subparagraphs 3)"), and variants of it.
 */
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../ingest/normalize.ts';
import { segmentCode } from '../../../ingest/segment/code/index.ts';
import { ctx, lines } from '../code-fixture.ts';

const article96 = lines.filter((l) => l.line >= 6409 && l.line <= 6468);
/** Diagnostics about the label line; the excerpt's first article is out of sequence by construction. */
const at6464 = (ls: SourceLine[]) => segmentCode(ls, ctx).diagnostics.filter((d) => d.line === 6464);
const edit = (at: number, text: (old: string) => string, from = article96): SourceLine[] =>
  from.map((l) => (l.line === at ? { ...l, text: text(l.text) } : l));
const eIds = (ls: SourceLine[]) => segmentCode(ls, ctx).provisions.map((p) => p.eId);

describe('label acceptance', () => {
  it('reads the wrapped reference `3) тармақшаларында` as text of part 2', () => {
    const r = segmentCode(article96, ctx);
    expect(r.provisions.map((p) => p.eId)).toEqual([
      'art_96',
      'art_96__para_1',
      'art_96__para_1__point_1',
      'art_96__para_1__point_2',
      'art_96__para_1__point_3',
      'art_96__para_2',
    ]);
    expect(r.provisions.at(-1)?.text).toContain('осы баптың бірінші бөлігінің 1) және 3) тармақшаларында көзделген');
    expect(at6464(article96)).toEqual([]);
  });

  it('rejects a label after a line that does not end a clause when its number does not continue the sequence, with a warning', () => {
    const variant = edit(6464, (t) => t.replace('тармақшаларында ', ''));
    const r = segmentCode(variant, ctx);
    expect(r.provisions.map((p) => p.eId)).toEqual(eIds(article96));
    expect(at6464(variant)).toMatchObject([{ rule: 'doubtful-label', fatal: false }]);
  });

  it('accepts a label after a line that ends a clause, reporting a number out of sequence', () => {
    const variant = edit(
      6462,
      (t) => `${t.trimEnd()}:`,
      edit(6464, (t) => t.replace('тармақшаларында ', '')),
    );
    const r = segmentCode(variant, ctx);
    expect(r.provisions.map((p) => p.eId)).toContain('art_96__para_2__point_3');
    expect(at6464(variant)).toMatchObject([{ rule: 'sequence' }]);
  });

  it('accepts a label that continues the sequence even when the previous line does not end a clause', () => {
    // part 1's subparagraph 3) (L6458) after a line ending mid-clause
    const variant = edit(6456, (t) => t.replace(/;\s*$/, ''));
    expect(variant.find((l) => l.line === 6456)?.text).toMatch(/актілерін$/);
    expect(eIds(variant)).toContain('art_96__para_1__point_3');
  });
});
