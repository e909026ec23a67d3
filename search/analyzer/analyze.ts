/**
 * The analyzer: text → index terms, the same at index and query time.
 * normalize → tokenize → stem (abbreviations kept whole and expanded); stop words are marked,
 * not removed, so ranking can skip them while phrase matching still sees them.
 */
import { lowercase, normalizeForSearch } from './normalize.ts';
import { stemWord } from './stem.ts';
import { stemRussian } from './russian.ts';
import { isStopWord } from './stopwords.ts';
import { ABBREVIATIONS, SYNONYMS } from './synonyms.ts';
import { THESAURUS } from './thesaurus.ts';
import { tokenize } from './tokenize.ts';

export interface AnalyzedToken {
  /** Index term: the stem of a word, a number as written, an abbreviation lowercased */
  term: string;
  /** Offsets of the word in the analyzed text */
  start: number;
  end: number;
  stop: boolean;
  /**
   * For an abbreviation, the terms of its long form (`қр` → `қазақстан`, `республика`); for a
   * thesaurus variant, those of its legal term (`пропорционалды` → `мөлшерлес`)
   */
  expansion: readonly string[] | null;
  /** Set when the expansion comes from the thesaurus: the token is a word, not an abbreviation */
  thesaurus?: true;
  /**
   * Terms of words of the same meaning in general language (russian-synonyms.ts: `прививка`, inoculation, for
   * `вакцинация`): searched beside the word at a lower weight, at query time only, never indexed
   */
  synonyms?: readonly string[];
}

/** How a text becomes terms: the Kazakh analyzer, or an engine's default for comparison. */
export interface TextAnalyzer {
  analyze(text: string): AnalyzedToken[];
  /**
   * The tokens of `text` whose term is one of `terms`, as `analyze` gives them. An analyzer that
   * can tell cheaply which words cannot have those terms implements it (snippets call it on every
   * passage of every hit); for the others the caller filters a full analysis.
   */
  matchTokens?(text: string, terms: ReadonlySet<string>): AnalyzedToken[];
}

/** A synonym's stem → the stem of the word it is indexed as (принцип → қағидат) */
const CANONICAL: ReadonlyMap<string, string> = new Map(Object.entries(SYNONYMS).map(([word, as]) => [stemWord(word), stemWord(as)]));

/** The term of a word: its stem, or the stem its synonym is indexed as. */
const termOf = (word: string): string => {
  const stem = stemWord(word);
  return CANONICAL.get(stem) ?? stem;
};

const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(ABBREVIATIONS).map(([abbreviation, long]) => [
    lowercase(abbreviation),
    tokenize(normalizeForSearch(long)).map((t) => termOf(t.text)),
  ]),
);

/** A thesaurus variant's term → the terms of its legal term (the stems of every word of it); the first entry naming a variant keeps it. */
const THESAURUS_EXPANSIONS = new Map<string, readonly string[]>();
/**
 * A one-word Russian term's Snowball stem → the terms of its Kazakh term (`обращение`, `обращения` → `жолданым`), unless
 * the Kazakh word is spelt alike (`фильм`). The Kazakh stemmer does not know Russian endings, so a word without Kazakh
 * letters is looked up by its Russian stem too.
 */
const RUSSIAN_TERMS = new Map<string, readonly string[]>();
/** The shortest Russian stem looked up by stem */
const MIN_RUSSIAN_STEM = 5;
for (const entry of THESAURUS) {
  const terms = tokenize(normalizeForSearch(entry.term)).map((t) => termOf(t.text));
  for (const variant of entry.variants) {
    const key = termOf(normalizeForSearch(variant));
    if (!terms.includes(key) && !THESAURUS_EXPANSIONS.has(key)) THESAURUS_EXPANSIONS.set(key, terms);
  }
  const [russian, ...more] = tokenize(normalizeForSearch(entry.russian)).map((t) => t.text);
  if (!russian || more.length > 0 || terms.includes(termOf(russian))) continue;
  // A short stem meets other words (`данные`, data, stems to `дан`, as Kazakh `дан` does): the word as printed, then.
  const stem = stemRussian(russian);
  const [keys, key] = stem.length >= MIN_RUSSIAN_STEM ? [RUSSIAN_TERMS, stem] : [THESAURUS_EXPANSIONS, termOf(russian)];
  if (!keys.has(key)) keys.set(key, terms);
}
/** The first three letters of the Russian stems: a word beginning otherwise is not stemmed as Russian */
const RUSSIAN_STARTS = new Set([...RUSSIAN_TERMS.keys()].map((stem) => stem.slice(0, 3)));
/** Letters of Kazakh that Russian lacks: a word holding one is no Russian term */
const KAZAKH_LETTER = /[әғқңөұүһі]/u;

/** The legal term's terms of a word that is a thesaurus variant (its term given), or undefined. */
function variantExpansion(word: string, term: string): readonly string[] | undefined {
  const expansion = THESAURUS_EXPANSIONS.get(term);
  if (expansion || !RUSSIAN_STARTS.has(word.slice(0, 3)) || KAZAKH_LETTER.test(word)) return expansion;
  return RUSSIAN_TERMS.get(stemRussian(word));
}

/** Tokens with their terms; offsets point into `text` itself (normalization keeps lengths). */
export function analyzeTokens(text: string): AnalyzedToken[] {
  return analyzeNormalized(normalizeForSearch(text), null);
}

/**
 * The tokens of a normalized text; with `candidate`, only the words it accepts are stemmed and
 * kept (abbreviations always are).
 */
function analyzeNormalized(normalized: string, candidate: ((word: string) => boolean) | null): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  let previousEnd = -1;
  let previousAbbreviation = false;
  for (const t of tokenize(normalized)) {
    // An ending hyphenated to an abbreviation (ӘРПК-нің, ҚР-ның) is grammar, not a word.
    if (previousAbbreviation && normalized.slice(previousEnd, t.start) === '-') continue;
    const expansion = EXPANSIONS.get(t.text) ?? null;
    previousAbbreviation = expansion !== null;
    previousEnd = t.end;
    if (candidate && !expansion && !candidate(t.text)) continue;
    // Abbreviations are not inflected words: they skip the stemmer.
    if (expansion) {
      tokens.push({ term: t.text, start: t.start, end: t.end, stop: isStopWord(t.text), expansion });
      continue;
    }
    const term = termOf(t.text);
    const variantOf = variantExpansion(t.text, term);
    const token: AnalyzedToken = { term, start: t.start, end: t.end, stop: isStopWord(t.text), expansion: variantOf ?? null };
    tokens.push(variantOf ? { ...token, thesaurus: true } : token);
  }
  return tokens;
}

/** A term → the stems of the synonyms indexed as it: their words begin with those, not with the term */
const SYNONYM_STEMS = new Map<string, string[]>();
for (const [stem, as] of CANONICAL) SYNONYM_STEMS.set(as, [...(SYNONYM_STEMS.get(as) ?? []), stem]);

/** Stem-final letters the stemmer may have devoiced (stem.ts): the word has б, г, ғ where the term has п, к, қ. */
const DEVOICED = /[пкқ]$/;

/**
 * The stemmer only strips endings, drops an epenthetic vowel (акті → акт) and devoices the last
 * letter (бабы → баб → бап); abbreviations and numbers are their own text. So a word with term t
 * begins with t (or with the stem of a synonym indexed as t), less its last letter when that is a
 * devoiced one: words that begin with none of these prefixes are not stemmed, and a text holding
 * none of them is not even tokenized (unless it has a soft hyphen, which words drop and the
 * substring check would not).
 */
export function matchTermTokens(text: string, terms: ReadonlySet<string>): AnalyzedToken[] {
  if (terms.size === 0) return [];
  const prefixes = prefixesOf(terms);
  const normalized = normalizeForSearch(text);
  if (!normalized.includes('\u00AD') && !prefixes.some((p) => normalized.includes(p))) return [];
  return analyzeNormalized(normalized, (word) => prefixes.some((p) => word.startsWith(p))).filter((t) => terms.has(t.term));
}

/** The word prefixes of a terms set, worked out once per set: a hit's passages are all matched against the same set. */
const prefixesBySet = new WeakMap<ReadonlySet<string>, string[]>();
function prefixesOf(terms: ReadonlySet<string>): string[] {
  let prefixes = prefixesBySet.get(terms);
  if (!prefixes) {
    const stems = [...terms].flatMap((term) => [term, ...(SYNONYM_STEMS.get(term) ?? [])]);
    prefixes = stems.map((stem) => (DEVOICED.test(stem) ? stem.slice(0, -1) : stem));
    prefixesBySet.set(terms, prefixes);
  }
  return prefixes;
}

const matchedBySet = new WeakMap<TextAnalyzer, WeakMap<ReadonlySet<string>, Map<string, readonly AnalyzedToken[]>>>();

/**
 * The tokens of `text` whose term is one of `terms`: the analyzer's matchTokens, or its full analysis filtered.
 * Remembered per analyzer and terms set: a hit's best part (search/best-part.ts) and its snippet (search/snippet.ts)
 * match the same passages against the same set, so each passage is matched once. A terms set is built per hit
 * and never changed after (the sets are read-only to every caller), which is what makes it a sound key.
 */
export function matchingTokens(analyzer: TextAnalyzer, text: string, terms: ReadonlySet<string>): readonly AnalyzedToken[] {
  let bySet = matchedBySet.get(analyzer);
  if (!bySet) {
    bySet = new WeakMap();
    matchedBySet.set(analyzer, bySet);
  }
  let byText = bySet.get(terms);
  if (!byText) {
    byText = new Map();
    bySet.set(terms, byText);
  }
  let tokens = byText.get(text);
  if (!tokens) {
    tokens = analyzer.matchTokens ? analyzer.matchTokens(text, terms) : analyzer.analyze(text).filter((t) => terms.has(t.term));
    byText.set(text, tokens);
  }
  return tokens;
}

export const kazakhAnalyzer: TextAnalyzer = { analyze: analyzeTokens, matchTokens: matchTermTokens };

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

/** A word of a text as the analyzer reads it: what GraphQL `analyzeWords` shows, so a user sees why a text matched. */
export interface AnalyzedWord {
  /** The word as written */
  word: string;
  term: string;
  stopWord: boolean;
  /**
   * Terms searched beside it: an abbreviation's long form, the thesaurus's legal term for the word, its general-language
   * synonyms, or its term in the other language, whose text of a provision it is read through where the provision's own
   * text lacks it (an index's reading)
   */
  expansion: string[];
  expansionKind: 'abbreviation' | 'thesaurus' | 'synonym' | 'otherLanguage' | null;
}

export function analyzeWords(analyzer: TextAnalyzer, text: string): AnalyzedWord[] {
  return analyzer.analyze(text).map((t) => ({
    word: text.slice(t.start, t.end),
    term: t.term,
    stopWord: t.stop,
    expansion: [...(t.expansion ?? t.synonyms ?? [])],
    expansionKind: t.expansion ? (t.thesaurus ? 'thesaurus' : 'abbreviation') : t.synonyms ? 'synonym' : null,
  }));
}

/** The index terms of a text under the Kazakh analyzer (what GraphQL `analyze` shows). */
export function indexTerms(text: string): string[] {
  return contentTerms(analyzeTokens(text));
}
