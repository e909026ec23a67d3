/** The analyzers' public surface: the Kazakh analyzer and the Russian one. */
export {
  analyzeTokens,
  analyzeWords,
  contentTerms,
  indexTerms,
  kazakhAnalyzer,
  matchingTokens,
  matchTermTokens,
  type AnalyzedToken,
  type AnalyzedWord,
  type TextAnalyzer,
} from './analyze.ts';
export { createKazakhStemmer, KazakhStemmer, type NaturalStemmer } from './natural-stemmer.ts';
export { lowercase, normalizeForSearch } from './normalize.ts';
export { analyzeRussian, matchRussianTokens, normalizeRussian, RUSSIAN_STOP_WORDS, russianAnalyzer, stemRussian } from './russian.ts';
export { stemWord } from './stem.ts';
export { isStopWord, STOP_WORDS } from './stopwords.ts';
export { ABBREVIATIONS, RUSSIAN_ABBREVIATIONS, SYNONYMS } from './synonyms.ts';
export { TERM_LIST, termListOf, THESAURUS, type ThesaurusEntry } from './thesaurus.ts';
export { tokenize, type Token } from './tokenize.ts';
