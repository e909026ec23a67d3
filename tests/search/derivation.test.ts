/** Loanword derivations in the analyzer: the conflations they make, and the false ones they must not. */
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../search/analyzer/index.ts';

const term = (word: string): string => indexTerms(word).join(' ');

describe('loanword derivations', () => {
  it('joins -ия nouns with their -лық adjectives and their inflections, whatever vowel comes before -ия', () => {
    const pairs: Array<[string, string]> = [
      ['апелляциялық', 'апелляция'], // of appeal (lines of the code: "апелляциялық сатыдағы сот")
      ['апелляцияға', 'апелляция'],
      ['функциялық', 'функция'],
      ['конституциялық', 'конституция'],
      ['коррупциялық', 'коррупция'],
      ['партиялар', 'партия'],
      ['пропорциялы', 'пропорция'], // proportionate (art. 10 part 1 of the code: "жарамды, қажетті және пропорциялы")
    ];
    for (const [derived, noun] of pairs) expect(term(derived), derived).toBe(term(noun));
  });

  it('joins -ив loans with their -тік/-ті forms', () => {
    expect(term('объективтік')).toBe(term('объектив'));
    expect(term('объективті')).toBe(term('объектив'));
  });

  it('joins verbs and participles built on loan nouns with the noun', () => {
    expect(term('эмансипацияланған')).toBe(term('эмансипация')); // art. 27 part 3 of the code
    expect(term('аутсорсингтеу')).toBe(term('аутсорсинг')); // art. 48 of the code
  });

  it('leaves native words with look-alike endings apart', () => {
    const apart: Array<[string, string]> = [
      ['тарау', 'тар'], // chapter, narrow
      ['иесі', 'иланған'], // its owner; no loan noun in -ия before -лан
      ['ұялан', 'ұя'], // to be ashamed, nest: not a loan in -ия
      ['сауда', 'сау'], // trade, healthy
      ['жолданым', 'жол'], // an application, road
      ['медиация', 'медиатор'], // mediation and the mediator stay two terms
      ['қиял', 'қия'], // imagination, slope: too short a stem to be a loan in -ия
    ];
    for (const [a, b] of apart) expect(term(a), `${a} / ${b}`).not.toBe(term(b));
  });
});
