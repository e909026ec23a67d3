/**
 * The languages of the search: Kazakh (every document's own text) and Russian (the acts' official second text),
 * one query box for both. The language of a query is told by its letters and words, before any engine is asked;
 * an engine that knows its vocabulary settles the queries the letters leave open.
 */
import { kazakhAnalyzer, normalizeRussian, russianAnalyzer, type TextAnalyzer } from './analyzer/index.ts';
import type { SearchLanguage } from './port.ts';

export const SEARCH_LANGUAGES: readonly SearchLanguage[] = ['kk', 'ru'];

/** The analyzer of each language, the same at index and query time. */
export const ANALYZERS: Readonly<Record<SearchLanguage, TextAnalyzer>> = { kk: kazakhAnalyzer, ru: russianAnalyzer };

export function isSearchLanguage(value: string): value is SearchLanguage {
  return (SEARCH_LANGUAGES as readonly string[]).includes(value);
}

/** Letters of the Kazakh alphabet that Russian lacks (ә ғ қ ң ө ұ ү һ і): one of them makes a query Kazakh. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/u;

/** Letters of Russian that Kazakh words do not use: ё and the hard sign ъ. */
const RUSSIAN_LETTERS = /[ёъ]/u;

/**
 * Russian words no Kazakh query holds: prepositions, conjunctions, the question `что такое` (what is) and the unit
 * words of a reference (`статья`, `ст.` article, `пункт` paragraph, `подпункт` subparagraph, `часть` part).
 */
const RUSSIAN_WORDS = new Set([
  ...['и', 'или', 'в', 'во', 'на', 'по', 'о', 'об', 'с', 'со', 'к', 'от', 'до', 'из', 'за', 'для', 'при', 'без', 'что', 'это'],
  ...['такое', 'статья', 'статьи', 'статье', 'статьей', 'ст', 'пункт', 'пункта', 'пункте', 'подпункт', 'подпункта'],
  ...['часть', 'части', 'понятие', 'определение'],
]);

/**
 * Russian inflections a Kazakh word does not end in: abstract nouns (`-ость`, `-ние`), adjectives and participles
 * (`-ый`, `-ого`, `-ых`, …), plural cases (`-ами`, `-ов`) and infinitives (`-ать`, `-ить`). Endings both languages
 * share in loanwords (`-ция`, `-ия`) decide nothing.
 */
const RUSSIAN_ENDING =
  /(?:ость|ости|остью|ние|ния|нию|нием|нии|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ых|их|ым|ыми|ими|ами|ями|ов|ев|ться|тся|ать|ять|ить|еть)$/u;

/** The words of a query, normalized as the Russian analyzer does (the stricter fold). */
const wordsOf = (query: string): string[] => normalizeRussian(query).match(/\p{L}+/gu) ?? [];

/**
 * The language a query is written in, or null when its letters and words leave it open (a loanword,
 * `продюсер`, reads the same in both): Kazakh letters make it Kazakh, else a Russian letter, function word or
 * inflection makes it Russian.
 */
export function languageByLetters(query: string): SearchLanguage | null {
  const lower = query.toLowerCase();
  if (KAZAKH_LETTERS.test(lower)) return 'kk';
  if (RUSSIAN_LETTERS.test(lower)) return 'ru';
  const words = wordsOf(query);
  if (words.some((w) => RUSSIAN_WORDS.has(w) || (w.length > 3 && RUSSIAN_ENDING.test(w)))) return 'ru';
  return null;
}

/** How many of a text's terms an index holds, per language: what settles a query the letters leave open. */
export type Vocabulary = (language: SearchLanguage, terms: readonly string[]) => number;

export interface DetectOptions {
  /** The language the caller chose: searched whatever the query looks like */
  forced?: SearchLanguage | null;
  /** The languages the index holds text in: a query is never sent to a language with nothing to find */
  available?: readonly SearchLanguage[];
  vocabulary?: Vocabulary;
}

/**
 * The language to search a query in: the one the caller chose; else, of the languages the index holds, the one its
 * letters and words say; else the one whose index holds more of the query's terms (each analyzed by its own
 * analyzer). Kazakh on a tie or without a vocabulary: the language every document is written in.
 */
export function detectLanguage(query: string, options: DetectOptions = {}): SearchLanguage {
  const { forced, available = SEARCH_LANGUAGES, vocabulary } = options;
  if (forced) return forced;
  if (available.length === 1 && available[0]) return available[0];
  const byLetters = languageByLetters(query);
  if (byLetters) return byLetters;
  if (!vocabulary) return 'kk';
  const known = (language: SearchLanguage): number =>
    vocabulary(
      language,
      ANALYZERS[language].analyze(query).map((t) => t.term),
    );
  return known('ru') > known('kk') ? 'ru' : 'kk';
}
