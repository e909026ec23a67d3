/** The analyzer: normalization, number tokens, stop words, abbreviations, and natural's stemmer interface. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeTokens,
  createKazakhStemmer,
  indexTerms,
  isStopWord,
  normalizeForSearch,
  stemWord,
  tokenize,
} from '../../search/analyzer/index.ts';

describe('search normalization', () => {
  it('maps a Latin i inside a Kazakh word to Cyrillic і, so мемлекеттiк matches мемлекеттік', () => {
    const latin = 'мемлекеттiк'; // as PDF extraction writes it (code, many lines)
    expect(latin).not.toBe('мемлекеттік');
    expect(normalizeForSearch(latin)).toBe('мемлекеттік');
    expect(indexTerms(latin)).toEqual(indexTerms('мемлекеттік'));
  });

  it('lowercases Kazakh capitals, including a capitalised word with a Latin I', () => {
    expect(normalizeForSearch('ӘКIМШIЛIК ҚҰҚЫҚ ҰҒЫМЫ ӨҢІР')).toBe('әкімшілік құқық ұғымы өңір');
  });

  it('keeps every character at its offset, so matches mark the printed text', () => {
    const text = 'Осы\u00a0Кодекстің 15-1-бабы';
    expect(normalizeForSearch(text)).toHaveLength(text.length);
    const token = analyzeTokens(text).find((t) => t.term === 'бап');
    expect(token && text.slice(token.start, token.end)).toBe('бабы');
  });

  it('reads an act number with a Cyrillic І in its numeral as the Latin numeral the ingest writes', () => {
    expect(indexTerms('№ 241-VIIІ Заңы')).toEqual(indexTerms('№ 241-VIII Заңы'));
  });

  it('is idempotent', () => {
    const once = normalizeForSearch('ӘКIМШIЛIК Кодексі');
    expect(normalizeForSearch(once)).toBe(once);
  });

  it('reads a word with a soft hyphen or an NBSP the way it reads the clean text', () => {
    expect(indexTerms('әкімші\u00adлік актінің\u00a0күші')).toEqual(indexTerms('әкімшілік актінің күші'));
  });
});

describe('tokenization', () => {
  it('keeps legal numbers whole: 15-1 and 14-1) are one token each', () => {
    expect(tokenize('15-1-бап').map((t) => t.text)).toEqual(['15-1', 'бап']);
    expect(tokenize('14-1) деректер').map((t) => t.text)).toEqual(['14-1', 'деректер']);
  });

  it('splits 22-бабы into the number and the word, and stems the word', () => {
    expect(indexTerms('22-бабы')).toEqual(['22', stemWord('бабы')]);
    expect(indexTerms('22-бабы')).toEqual(['22', 'бап']);
  });

  it('splits words joined by a hyphen into their parts', () => {
    expect(tokenize('жария-құқықтық').map((t) => t.text)).toEqual(['жария', 'құқықтық']);
  });
});

describe('stop words', () => {
  it('leaves және, мен, немесе, осы out of the index terms but keeps them in the token sequence', () => {
    const text = 'сот және тараптар немесе осы адам мен орган';
    for (const w of ['және', 'мен', 'немесе', 'осы']) expect(isStopWord(w)).toBe(true);
    expect(indexTerms(text)).toEqual(['сот', 'тарап', 'адам', 'орган']);
    expect(analyzeTokens(text).map((t) => t.term)).toContain('және');
  });

  it('leaves question words and particles out, so a question ranks on what it asks about', () => {
    // whether youth resource centres' services are free of charge; when an appeal is filed
    expect(indexTerms('жастар ресурстық орталықтарының қызметі ақысыз ба')).toEqual(
      indexTerms('жастар ресурстық орталықтарының қызметі ақысыз'),
    );
    expect(indexTerms('шағым қашан беріледі')).toEqual(indexTerms('шағым беріледі'));
  });
});

describe('abbreviations', () => {
  it('expands ҚР into the terms of Қазақстан Республикасы, so either form finds the other', () => {
    const long = indexTerms('Қазақстан Республикасының');
    expect(long.length).toBe(2);
    const terms = indexTerms('ҚР');
    expect(terms[0]).toBe('қр');
    for (const t of long) expect(terms).toContain(t);
  });

  it("expands ӘРПК into the terms of the code's name and drops the case ending hyphenated to it", () => {
    const terms = indexTerms('ӘРПК-нің');
    expect(terms[0]).toBe('әрпк');
    for (const t of indexTerms('Әкімшілік рәсімдік-процестік кодексі')) expect(terms).toContain(t);
    expect(terms).not.toContain(stemWord('нің'));
  });
});

describe("the stemmer in natural's interface", () => {
  it('stems one word, and tokenizes and stems a text without its stop words', () => {
    const stemmer = createKazakhStemmer();
    expect(stemmer.stem('Соттардың')).toBe('сот');
    expect(stemmer.tokenizeAndStem('Соттардың шешімдері және актілері')).toEqual(['сот', 'шешім', 'акт']);
    expect(stemmer.tokenizeAndStem('Соттардың шешімдері және актілері', true)).toEqual(['сот', 'шешім', 'және', 'акт']);
  });

  it('lets stop words be added and removed', () => {
    const stemmer = createKazakhStemmer();
    stemmer.addStopWord('сот');
    expect(stemmer.tokenizeAndStem('сот шешімі')).toEqual(['шешім']);
    stemmer.removeStopWords(['сот', 'және']);
    expect(stemmer.tokenizeAndStem('сот және шешім')).toEqual(['сот', 'және', 'шешім']);
  });

  it("attaches stem() and tokenizeAndStem() to strings, as natural's stemmers do", () => {
    createKazakhStemmer().attach();
    expect('бабының'.stem()).toBe('бап');
    expect('баптарында және соттың'.tokenizeAndStem()).toEqual(['бап', 'сот']);
  });
});

describe('tokenize as a scanner', () => {
  /** The token grammar as one regular expression: the definition the scanner must agree with. */
  const GRAMMAR = /\d+(?:-\d+)*|[\p{L}\p{M}][\p{L}\p{M}\u00AD]*/gu;
  const byGrammar = (text: string) =>
    [...text.matchAll(GRAMMAR)].map((m) => ({
      text: m[0].replace(/\u00AD/g, ''),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      numeric: /^\d/.test(m[0]),
    }));

  it('cuts every string into the tokens the grammar defines', () => {
    // Digits, hyphens, soft hyphens, Kazakh and Latin letters, a combining mark, an astral letter, spaces and brackets.
    const pieces = ['1', '5', '-', '\u00AD', 'қ', 'ә', 'Б', 'i', 'I', '\u0301', '𝐀', ' ', ')', '\u00A0', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text)).toEqual(byGrammar(text));
      }),
      { numRuns: 2000 },
    );
  });
});
