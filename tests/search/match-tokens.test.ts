/**
 * matchTokens, the analyzer's shortcut for snippets: the tokens of a text whose term is one of a
 * few terms, found without stemming the words that cannot have them. It must give exactly what a
 * full analysis filtered to those terms gives, on the real texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRussian, analyzeTokens, matchRussianTokens, matchTermTokens } from '../../search/analyzer/index.ts';
import { adiletPath } from '../shared-dir.ts';
import { corpusTexts } from './corpus-words.ts';

/** The corpus texts cut into blocks of 20 lines, about a passage or two each */
const blocks = corpusTexts().flatMap(({ file, text: whole }) => {
  const lines = whole.split('\n');
  return Array.from({ length: Math.ceil(lines.length / 20) }, (_, i) => ({
    file,
    line: i * 20 + 1,
    text: lines.slice(i * 20, i * 20 + 20).join('\n'),
  }));
});

const filtered = (text: string, terms: ReadonlySet<string>) => analyzeTokens(text).filter((t) => terms.has(t.term));

describe('matchTokens of the Kazakh analyzer', () => {
  it('finds every token of a corpus block when asked for all of the block’s terms', () => {
    for (const { file, line, text } of blocks) {
      const all = analyzeTokens(text);
      expect(matchTermTokens(text, new Set(all.map((t) => t.term))), `${file}:${line}`).toEqual(all);
    }
  });

  it('finds exactly the tokens a full analysis has for a few terms taken from the next block', () => {
    let nonEmpty = 0;
    blocks.forEach(({ file, line, text }, i) => {
      const next = analyzeTokens(blocks[(i + 1) % blocks.length]?.text ?? '');
      // every 7th term of the next block: some found in this block, most not
      const terms = new Set(next.filter((_, k) => k % 7 === 0).map((t) => t.term));
      const expected = filtered(text, terms);
      if (expected.length > 0) nonEmpty++;
      expect(matchTermTokens(text, terms), `${file}:${line}`).toEqual(expected);
    });
    expect(nonEmpty).toBeGreaterThan(blocks.length / 2);
  });

  it('finds a word whose stem was devoiced (бабы → бап, құқығы → құқық)', () => {
    const text = 'Осы Кодекстің 15-1-бабы азаматтың құқығын қорғайды';
    expect(matchTermTokens(text, new Set(['бап', 'құқық'])).map((t) => text.slice(t.start, t.end))).toEqual(['бабы', 'құқығын']);
  });

  it('finds a word broken by a soft hyphen, as the full analysis does', () => {
    const text = 'әкімшілік про\u00ADцестің қағидаттары';
    const terms = new Set(analyzeTokens('процестің').map((t) => t.term));
    const found = matchTermTokens(text, terms);
    expect(found).toHaveLength(1);
    expect(found).toEqual(filtered(text, terms));
  });

  it('skips the ending hyphenated to an abbreviation, as the full analysis does', () => {
    const text = 'ӘРПК-нің 22-бабы';
    const terms = new Set(['әрпк', 'нің', 'бап']);
    expect(matchTermTokens(text, terms)).toEqual(filtered(text, terms));
    expect(matchTermTokens(text, terms).map((t) => t.term)).toEqual(['әрпк', 'бап']);
  });

  it('finds nothing for no terms', () => {
    expect(matchTermTokens('сотқа шағым', new Set())).toEqual([]);
  });
});

describe('matchTokens of the Russian analyzer', () => {
  /** The code's Russian text cut into blocks of 20 lines */
  const lines = readFileSync(adiletPath('appc-350-VI', '2024-01-01', 'rus.md'), 'utf8').split('\n');
  const russianBlocks = Array.from({ length: Math.ceil(lines.length / 20) }, (_, i) => ({
    line: i * 20 + 1,
    text: lines.slice(i * 20, i * 20 + 20).join('\n'),
  }));

  it('finds every token of a block of rus.md when asked for all of the block’s terms', () => {
    for (const { line, text } of russianBlocks) {
      const all = analyzeRussian(text);
      expect(matchRussianTokens(text, new Set(all.map((t) => t.term))), `rus.md:${line}`).toEqual(all);
    }
  });

  it('finds exactly the tokens a full analysis has for a few terms taken from the next block', () => {
    let nonEmpty = 0;
    russianBlocks.forEach(({ line, text }, i) => {
      const next = analyzeRussian(russianBlocks[(i + 1) % russianBlocks.length]?.text ?? '');
      const terms = new Set(next.filter((_, k) => k % 7 === 0).map((t) => t.term));
      const expected = analyzeRussian(text).filter((t) => terms.has(t.term));
      if (expected.length > 0) nonEmpty++;
      expect(matchRussianTokens(text, terms), `rus.md:${line}`).toEqual(expected);
    });
    expect(nonEmpty).toBeGreaterThan(russianBlocks.length / 2);
  });
});
