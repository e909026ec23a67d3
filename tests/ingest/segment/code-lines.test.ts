/** Line shapes, table-driven from lines of the code (raw line numbers in the names). */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../ingest/segment/code/classify.ts';
import { endsClause } from '../../../ingest/segment/lines.ts';
import { fitsAfter } from '../../../ingest/segment/code/sequence.ts';
import { lines } from '../code-fixture.ts';

const textOf = (n: number) => lines.find((l) => l.line === n)?.text ?? '';

describe('classifyLine', () => {
  it.each([
    [618, { kind: 'section', num: '1' }],
    [5693, { kind: 'chapter', num: '12-1', rest: 'Петиция' }],
    [1487, { kind: 'article', num: '15-1' }],
    [5086, { kind: 'article', num: '75' }],
    [3203, { kind: 'part', num: '2-1', referenceLike: false }],
    [721, { kind: 'part', num: '3', referenceLike: false }],
    [960, { kind: 'subparagraph', num: '14-1', referenceLike: false }],
    [924, { kind: 'subparagraph', num: '9', referenceLike: false }],
    [666, { kind: 'note', label: null }],
    [938, { kind: 'note', label: { kind: 'subparagraph', num: '12' } }],
    [1825, { kind: 'note', label: { kind: 'part', num: '2' } }],
    [9822, { kind: 'note', label: { kind: 'part', num: '2-1' } }],
    [3562, { kind: 'url' }],
    [6154, { kind: 'text' }],
  ])('reads raw line %i by its shape', (line, expected) => {
    expect(classifyLine(textOf(line))).toMatchObject(expected);
  });

  it('marks the wrapped reference `3) тармақшаларында` (in subparagraphs 3)) at L6464 as reference-like', () => {
    expect(classifyLine(textOf(6464))).toMatchObject({ kind: 'subparagraph', num: '3', referenceLike: true });
  });

  it.each([6579, 8006, 8656, 9840, 9842])(
    'reads L%i (a wrapped `1), 2) немесе`, `134-баптарына`, `24-тарауында` or a Gazette issue number) as text',
    (line) => {
      expect(classifyLine(textOf(line)).kind).toBe('text');
    },
  );

  it('tells clause ends from wrapped line ends', () => {
    expect(endsClause(textOf(771))).toBe(true); // `… тәртібі:`
    expect(endsClause(textOf(777))).toBe(true); // `заңнамасында;`
    expect(endsClause(textOf(6462))).toBe(false); // `… 1) және` (and) wraps into `3) тармақшаларында`
  });
});

describe('fitsAfter', () => {
  it.each([
    [null, '1', true],
    [null, '2', false],
    ['14', '14-1', true],
    ['14-1', '14-2', true],
    ['14-2', '15', true],
    ['14', '15', true],
    ['14', '16', false],
    ['14-1', '14-3', false],
    ['3', '2', false],
  ])('after %s, %s fits: %s', (prev, cur, fits) => {
    expect(fitsAfter(prev, cur)).toBe(fits);
  });
});
