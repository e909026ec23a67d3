/**
 * The analyzer: text → index terms, the same at index and query time.
 * normalize → tokenize → stem (abbreviations kept whole and expanded); stop words are marked,
 * not removed, so ranking can skip them while phrase matching still sees them.
 */
import { lowercase, normalizeForSearch } from './normalize.ts';
import { stemWord } from './stem.ts';
import { isStopWord } from './stopwords.ts';
import { ABBREVIATIONS } from './synonyms.ts';
import { tokenize } from './tokenize.ts';

export interface AnalyzedToken {
  /** Index term: the stem of a word, a number as written, an abbreviation lowercased */
  term: string;
  /** Offsets of the word in the analyzed text */
  start: number;
  end: number;
  stop: boolean;
  /** For an abbreviation, the terms of its long form (`қр` → `қазақстан`, `республика`) */
  expansion: readonly string[] | null;
}

/** How a text becomes terms: the Kazakh analyzer, or an engine's default for comparison. */
export interface TextAnalyzer {
  analyze(text: string): AnalyzedToken[];
}

const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(ABBREVIATIONS).map(([abbreviation, long]) => [
    lowercase(abbreviation),
    tokenize(normalizeForSearch(long)).map((t) => stemWord(t.text)),
  ]),
);

/** Tokens with their terms; offsets point into `text` itself (normalization keeps lengths). */
export function analyzeTokens(text: string): AnalyzedToken[] {
  const normalized = normalizeForSearch(text);
  const tokens: AnalyzedToken[] = [];
  let previous: AnalyzedToken | null = null;
  for (const t of tokenize(normalized)) {
    // An ending hyphenated to an abbreviation (ӘРПК-нің, ҚР-ның) is grammar, not a word.
    if (previous?.expansion && normalized.slice(previous.end, t.start) === '-') continue;
    const expansion = EXPANSIONS.get(t.text) ?? null;
    // Abbreviations are not inflected words: they skip the stemmer.
    const token = { term: expansion ? t.text : stemWord(t.text), start: t.start, end: t.end, stop: isStopWord(t.text), expansion };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

export const kazakhAnalyzer: TextAnalyzer = { analyze: analyzeTokens };

/**
 * Terms to index or to search for: content terms in order, stop words left out; an abbreviation
 * also yields the terms of its long form, so either form finds the other.
 */
export function contentTerms(tokens: readonly AnalyzedToken[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    if (token.stop) continue;
    terms.push(token.term);
    if (token.expansion) terms.push(...token.expansion);
  }
  return terms;
}

/** The index terms of a text under the Kazakh analyzer (what GraphQL `analyze` shows). */
export function indexTerms(text: string): string[] {
  return contentTerms(analyzeTokens(text));
}
