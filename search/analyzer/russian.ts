/**
 * The Russian analyzer: the Russian text of the acts (their official second language) → index terms, the same
 * at index and query time, in the shape of the Kazakh one (analyze.ts), so every adapter and snippet works on it.
 * normalize (the Kazakh look-alike fixes, lowercase, ё → е) → tokenize (shared: legal numbers stay whole) → stem →
 * the base a verb, its verbal noun and an adjective share (russian-derivation.ts); a Kazakh term of the thesaurus is
 * expanded into its Russian term, as the Kazakh analyzer expands the Russian one, and an abbreviation or short form
 * (synonyms.ts) into its long form, as the Kazakh analyzer expands the Kazakh ones.
 *
 * Stemming is Snowball's Russian algorithm (snowball-stemmers, a port of the generated Snowball code). natural's
 * PorterStemmerRu was not kept: it leaves `соразмерность` and `соразмерности` (proportionality, nominative and
 * genitive) on two stems, so the one-word query of the code's article 10 heading missed its own inflection.
 */
import { newStemmer } from 'snowball-stemmers';
import type { AnalyzedToken, TextAnalyzer } from './analyze.ts';
import { normalizeForSearch } from './normalize.ts';
import { baseOfRussianDerivation } from './russian-derivation.ts';
import { synonymsByStem } from './russian-synonyms.ts';
import { cachedStemmer } from './stem-cache.ts';
import { RUSSIAN_ABBREVIATIONS } from './synonyms.ts';
import { THESAURUS } from './thesaurus.ts';
import { tokenize, type Token } from './tokenize.ts';

const snowball = newStemmer('russian');

/**
 * Stems Snowball leaves short of the stem a word's other forms get, as data, each mapped to that stem: `органа`,
 * `органы` (a body, the code's most common noun) lose `а`/`ы` and then `ан` as if it were a participle ending (→
 * `орга`), while `органов`, `органом` stem to `орган`. No other word of the texts stems to `орга`.
 */
const STEM_FIXES: ReadonlyMap<string, string> = new Map([
  ['орга', 'орган'], // body (administrative body)
  // Nouns in -ен, which Snowball cuts as a verb ending in the forms without a case ending (`обмен`, `обмена`) and
  // keeps in the others (`обменом`, `обмене`): `информационный обмен` then missed `Информационным обменом является …`
  ['обм', 'обмен'], // exchange
  ['экзам', 'экзамен'], // examination
]);

/**
 * Russian function words: left out of the ranking terms, kept in the word sequence for phrases. Prepositions,
 * conjunctions, particles and pronouns as the acts print them; lowercased, ё written е.
 */
export const RUSSIAN_STOP_WORDS: ReadonlySet<string> = new Set([
  ...['и', 'или', 'а', 'но', 'либо', 'также', 'как', 'что', 'чтобы', 'если', 'то', 'ли', 'не', 'ни', 'же', 'бы'],
  ...['в', 'во', 'на', 'по', 'о', 'об', 'обо', 'с', 'со', 'к', 'ко', 'у', 'от', 'до', 'из', 'за', 'для', 'при', 'без'],
  ...['под', 'над', 'через', 'между', 'после', 'перед', 'про', 'согласно'],
  ...['его', 'ее', 'их', 'он', 'она', 'оно', 'они', 'это', 'этот', 'эта', 'эти', 'этого', 'этой', 'этих', 'том', 'тот'],
  ...['который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которым', 'которыми', 'котором'],
  ...['такое', 'такой', 'такие', 'так', 'есть', 'быть', 'является', 'являются', 'иной', 'иные', 'иных', 'иными'],
  // question words: an analyst's question (`какие`, which; `когда`, when; `сколько`, how many) names no content
  ...['какой', 'какая', 'какое', 'какие', 'какую', 'каких', 'каким', 'какими', 'каком', 'каков', 'какова', 'каковы'],
  ...['где', 'когда', 'куда', 'откуда', 'сколько', 'почему', 'зачем', 'чей', 'чья', 'чье', 'чьи'],
]);

/** Search normalization for Russian: the Kazakh one (look-alikes, lowercase), then ё → е; lengths are kept. */
export function normalizeRussian(text: string): string {
  return normalizeForSearch(text).replace(/ё/g, 'е');
}

/**
 * A fleeting vowel: Russian drops the о/е of a word's last syllable in some forms and keeps it in others — `прививка` /
 * `прививок` (inoculation, genitive plural), `проверка` / `проверок` (inspection), `ребенок` / `ребенка` (child),
 * `истец` / `истца` (plaintiff), `владелец` / `владельца` (owner, with ь for е). Snowball stems each form as printed
 * (`прививк`, `прививок`); the stem without the vowel is every form's (`прививк`, `ребенк`, `истц`, `владельц`). A word
 * whose vowel never drops (`восток`) loses it in every form alike, so its forms still meet. Stems under five letters keep
 * it, so the commonest, `срок` (term), reads as itself.
 */
const FLEETING_VOWEL = /(?<=[бвгджзклмнпрстфхцчшщ])[оеё](?=[кц]$)/u;
/** Stems of two words that would meet without their vowel: `жесток` (cruel) and `жестк` (hard) */
const STABLE_VOWEL: ReadonlySet<string> = new Set(['жесток']);

function withoutFleetingVowel(stem: string): string {
  if (stem.length < 5 || STABLE_VOWEL.has(stem)) return stem;
  return stem.replace(/лец$/u, 'льц').replace(FLEETING_VOWEL, '');
}

const stemmed = cachedStemmer((word) => {
  const stem = snowball.stem(word);
  return baseOfRussianDerivation(withoutFleetingVowel(STEM_FIXES.get(stem) ?? stem));
});

/** The term of a normalized Russian word: its Snowball stem; a number is its own text. */
export function stemRussian(word: string): string {
  return /^\d/.test(word) ? word : stemmed(word);
}

/**
 * A one-word Kazakh term of the thesaurus (thesaurus.ts), as written → the stems of its Russian term: a query naming the
 * Kazakh term (`жолданым`) finds the Russian text's (`обращение`). Keyed by the whole word, not by its Snowball stem:
 * a Kazakh word stemmed as Russian may meet a Russian stem (`шағым`, complaint, would stem to `шаг`, step).
 */
const KAZAKH_TERMS: ReadonlyMap<string, readonly string[]> = (() => {
  const expansions = new Map<string, readonly string[]>();
  for (const entry of THESAURUS) {
    const kazakh = tokenize(normalizeRussian(entry.term));
    const terms = tokenize(normalizeRussian(entry.russian)).map((t) => stemRussian(t.text));
    const word = kazakh[0]?.text;
    if (kazakh.length === 1 && word && !terms.includes(stemRussian(word)) && !expansions.has(word)) expansions.set(word, terms);
  }
  return expansions;
})();

/**
 * A Russian variant of the thesaurus (a word analysts write for the Russian text's term, `транспарентность` for
 * `открытость`), by its stem → the stems of the term; a multi-word variant by the one word in which it differs from
 * the term (`держатель информации` for `обладатель информации`: `держател` → `обладател`).
 */
const RUSSIAN_VARIANTS: ReadonlyMap<string, readonly string[]> = (() => {
  const expansions = new Map<string, readonly string[]>();
  for (const entry of THESAURUS) {
    const terms = tokenize(normalizeRussian(entry.russian)).map((t) => stemRussian(t.text));
    for (const variant of entry.russianVariants ?? []) {
      const stems = tokenize(normalizeRussian(variant)).map((t) => stemRussian(t.text));
      const own = stems.filter((stem) => !terms.includes(stem));
      const [word] = own;
      if (own.length === 1 && word && !expansions.has(word))
        expansions.set(
          word,
          terms.filter((stem) => !stems.includes(stem)),
        );
    }
  }
  return expansions;
})();

/** A word's stem → the stems of its general-language synonyms (russian-synonyms.ts), searched at query time */
const SYNONYMS = synonymsByStem(stemRussian, (word) => RUSSIAN_STOP_WORDS.has(word));

/**
 * An abbreviation or short form, by its stem → the stems of its long form (`рк` → `республик`, `казахстан`). By the
 * stem, not the word: a short form inflects (`госорганы`, `госоргану`), and an abbreviation is its own stem.
 */
const ABBREVIATION_EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(RUSSIAN_ABBREVIATIONS).map(([abbreviation, long]) => [
    stemRussian(normalizeRussian(abbreviation)),
    tokenize(normalizeRussian(long)).map((t) => stemRussian(t.text)),
  ]),
);

function tokenOf(t: Token): AnalyzedToken {
  const token: AnalyzedToken = {
    term: stemRussian(t.text),
    start: t.start,
    end: t.end,
    stop: RUSSIAN_STOP_WORDS.has(t.text),
    expansion: null,
  };
  const long = ABBREVIATION_EXPANSIONS.get(token.term);
  if (long) return { ...token, expansion: long };
  const expansion = KAZAKH_TERMS.get(t.text) ?? RUSSIAN_VARIANTS.get(token.term);
  const synonyms = token.stop ? undefined : SYNONYMS.get(token.term);
  const withSynonyms = synonyms ? { ...token, synonyms } : token;
  return expansion ? { ...withSynonyms, expansion, thesaurus: true } : withSynonyms;
}

/** Tokens with their terms; offsets point into `text` itself. */
export function analyzeRussian(text: string): AnalyzedToken[] {
  return tokenize(normalizeRussian(text)).map(tokenOf);
}

/**
 * The start every word with the term `term` begins with. Snowball and the derivational base only strip endings (and
 * the stem fix only restores one), so that is the term itself, but for a stem that lost its fleeting vowel: `порядк`
 * (order) is the term of `порядок`, `владельц` (owner) of `владелец`; their words begin with all but the last two letters.
 */
const wordStartOf = (term: string): string => (term.length >= 4 && /[кц]$/u.test(term) ? term.slice(0, -2) : term);

/**
 * The tokens of `text` whose term is one of `terms`: a text holding no word start of the terms (wordStartOf) is not
 * tokenized, and only the words beginning with one are stemmed. Snippets call this on every passage of every hit.
 */
export function matchRussianTokens(text: string, terms: ReadonlySet<string>): AnalyzedToken[] {
  if (terms.size === 0) return [];
  const normalized = normalizeRussian(text);
  const prefixes = [...new Set([...terms].map(wordStartOf))];
  if (!normalized.includes('\u00AD') && !prefixes.some((p) => normalized.includes(p))) return [];
  return tokenize(normalized)
    .filter((t) => prefixes.some((p) => t.text.startsWith(p)))
    .map(tokenOf)
    .filter((t) => terms.has(t.term));
}

export const russianAnalyzer: TextAnalyzer = { analyze: analyzeRussian, matchTokens: matchRussianTokens };
