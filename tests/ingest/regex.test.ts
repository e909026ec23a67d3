import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execAll } from '../../ingest/regex.ts';

const code = readFileSync(new URL('../../corpus/code-appc-2020-consolidated-2026-01-01.txt', import.meta.url), 'utf8');
/** What a caller reads from a match: where it is, what it holds, its named groups. */
const shape = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

describe('execAll', () => {
  it.each([
    ['article numbers with their unit word', /(?<num>\d+(?:-\d+)*)-(?<unit>бап|тарау)/gu],
    ['empty matches where a number starts (the bare-chain start of citations/find.ts)', /(?=\d+(?:-\d+)*)(?<![\p{L}\p{N}-])/gu],
    ['case-insensitive words', /осы\s+кодекс\p{L}*/giu],
  ])('yields what matchAll yields over the code: %s', (_name, re) => {
    const expected = shape(code.matchAll(re));
    expect(expected.length).toBeGreaterThan(10);
    expect(shape(execAll(re, code))).toEqual(expected);
  });

  it('steps over a whole surrogate pair after an empty match under the u flag, as matchAll does', () => {
    const text = 'a𝐀b𝐁';
    expect(shape(execAll(/(?:)/gu, text))).toEqual(shape(text.matchAll(/(?:)/gu)));
    expect([...execAll(/(?:)/gu, text)].map((m) => m.index)).toEqual([0, 1, 3, 4, 6]);
  });

  it('lets the caller use the same regex between two matches without losing its place', () => {
    const re = /\d+-бап/gu;
    const outer = [...execAll(re, code)].length;
    let seen = 0;
    for (const m of execAll(re, code.slice(0, 20000))) {
      seen += 1;
      expect(re.exec(code)?.[0]).toMatch(/-бап$/); // moves re.lastIndex under the iteration
      expect(m[0]).toMatch(/^\d+-бап$/);
    }
    expect(seen).toBe([...code.slice(0, 20000).matchAll(re)].length);
    expect(outer).toBe([...code.matchAll(re)].length);
  });

  it('refuses a regex without the g flag, which would match at one place forever', () => {
    expect(() => [...execAll(/бап/u, code)]).toThrow(/not global/);
  });
});
