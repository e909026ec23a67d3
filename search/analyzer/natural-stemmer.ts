/**
 * The Kazakh stemmer in the shape of `natural`'s stemmers (`stem`, `tokenizeAndStem`, stop-word
 * editing, `attach`), so code written against `natural` (classifiers, TF-IDF) can use it.
 */
import type { Stemmer } from 'natural';
import { normalizeForSearch } from './normalize.ts';
import { stemWord } from './stem.ts';
import { STOP_WORDS } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

export type NaturalStemmer = Pick<
  Stemmer,
  'stem' | 'tokenizeAndStem' | 'addStopWord' | 'addStopWords' | 'removeStopWord' | 'removeStopWords'
> & {
  /** Adds `stem()` and `tokenizeAndStem()` to String.prototype, as natural's stemmers do. */
  attach(): void;
};

declare global {
  interface String {
    stem(): string;
    tokenizeAndStem(keepStops?: boolean): string[];
  }
}

/** A stemmer with its own stop-word list (natural's lists are global and English). */
export function createKazakhStemmer(): NaturalStemmer {
  const stopWords = new Set(STOP_WORDS);
  const stem = (token: string): string => stemWord(normalizeForSearch(token));
  const stemmer: NaturalStemmer = {
    stem,
    tokenizeAndStem(text: string, keepStops = false): string[] {
      return tokenize(normalizeForSearch(text))
        .filter((t) => keepStops || !stopWords.has(t.text))
        .map((t) => stemWord(t.text));
    },
    addStopWord: (word) => void stopWords.add(normalizeForSearch(word)),
    addStopWords: (words) => words.forEach((w) => stopWords.add(normalizeForSearch(w))),
    removeStopWord: (word) => void stopWords.delete(normalizeForSearch(word)),
    removeStopWords: (words) => words.forEach((w) => stopWords.delete(normalizeForSearch(w))),
    attach() {
      Object.defineProperty(String.prototype, 'stem', {
        configurable: true,
        value(this: string) {
          return stemmer.stem(String(this));
        },
      });
      Object.defineProperty(String.prototype, 'tokenizeAndStem', {
        configurable: true,
        value(this: string, keepStops?: boolean) {
          return stemmer.tokenizeAndStem(String(this), keepStops);
        },
      });
    },
  };
  return stemmer;
}

/** The shared instance, like natural's `PorterStemmer`. */
export const KazakhStemmer: NaturalStemmer = createKazakhStemmer();
