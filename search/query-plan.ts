/**
 * What a query asks, engine-neutral: a direct reference (`ӘРПК 22-бап 2-бөлік`), the content
 * terms to rank by, and the word sequence a phrase match must contain. A query in quotes
 * ("…", «…») asks for the phrase only, in its own words: nothing is searched beside them.
 */
import { contentTerms, type AnalyzedToken, type TextAnalyzer } from './analyzer/index.ts';
import { ANALYZERS } from './language.ts';
import type { SearchLanguage } from './port.ts';
import { parseReferenceQuery, type ReferenceQuery } from './reference-query.ts';

export interface QueryPlan {
  reference: ReferenceQuery | null;
  /** Content terms in query order, abbreviations followed by their long forms */
  terms: string[];
  /** Every term in order, stop words included, when the query has two words or more */
  phrase: string[] | null;
  /** The query was quoted: only texts holding the phrase match */
  phraseRequired: boolean;
  /** The query asks what its terms mean (`что такое …`, `… деген не`: DEFINITION_QUESTION) */
  asksDefinition: boolean;
  /**
   * For a definition question, the term right next to its cue words: the head of what it asks about, which Russian
   * puts after the cue (`что такое подтверждение при создании партии`) and Kazakh before it (`ашықтық стандарты деген
   * не`); empty for any other query
   */
  askedAbout: string[];
  /**
   * Terms the thesaurus added (search/analyzer/thesaurus.ts), each with the query term it stands for: they rank
   * below the literal words, and a text holding a variant and its legal term holds one query word, not two
   */
  thesaurus: ReadonlyMap<string, string>;
  /** Terms of general-language synonyms of a word (AnalyzedToken.synonyms), each with the query term it stands for */
  synonyms: ReadonlyMap<string, string>;
}

const QUOTED = /^\s*["«“„](.+)["»”“]\s*$/u;

/**
 * Words that ask for a definition rather than name its subject: `анықтамасы` (its definition),
 * `ұғымы` (its notion), `түсінігі` (its concept), `термині` (the term), `мағынасы` (its meaning),
 * `деген не` / `дегеніміз` (what is meant by), `кім` (who is), `нені білдіреді` (what does it mean),
 * `дегенді білдіреді` (means); Russian `что такое`, `кто такой` / `такая` / `такие` (who is, who are), `понятие`,
 * `определение`, `термин`, `значение` (meaning), `что означает` / `значит` (what means), `что понимается под` (what
 * is understood by). A definition does not contain them, so they are not ranked on when the query names something else.
 */
const DEFINITION_CUES = [
  'анықтамасы ұғымы түсінігі термині мағынасы деген не дегеніміз кім нені дегенді білдіреді',
  'что такое кто такой такая такие понимается понятие определение термин значение означает значит',
].join(' ');

/** A query that asks what something is, in the words of DEFINITION_CUES that only such a question uses */
const DEFINITION_QUESTION =
  /(?<!\p{L})(?:деген\s+не|дегеніміз|анықтама\p{L}*|ұғым\p{L}*|түсінігі|термин\p{L}*|мағына\p{L}*|нені\s+білдіреді|что\s+такое|кто\s+так(?:ой|ая|ие)|поняти[ея]|определени[ея]|что\s+означает|что\s+значит|что\s+понимается)(?!\p{L})/iu;

const cueTerms = (analyzer: TextAnalyzer): Set<string> => new Set(analyzer.analyze(DEFINITION_CUES).map((t) => t.term));

function withoutCues(analyzer: TextAnalyzer, terms: string[]): string[] {
  const cues = cueTerms(analyzer);
  const rest = terms.filter((t) => !cues.has(t));
  return rest.length > 0 ? rest : terms;
}

/**
 * The content term right before the first run of cue words, or right after it when the query opens with them (stop
 * words between do not count): Kazakh names what it asks about before its cue (`растама деген не саяси партия құру
 * кезінде`, what a confirmation is when founding a party), Russian after (`что такое подтверждение при создании партии`).
 */
function termsNextToCues(analyzer: TextAnalyzer, tokens: readonly AnalyzedToken[]): string[] {
  const cues = cueTerms(analyzer);
  const words = tokens.filter((t) => !t.stop || cues.has(t.term));
  const first = words.findIndex((t) => cues.has(t.term));
  if (first < 0) return [];
  const after = words.slice(first).find((t) => !cues.has(t.term));
  const next = first > 0 ? words[first - 1] : after;
  return next ? [next.term] : [];
}

/**
 * A word as typed, without the terms searched beside it (an abbreviation's long form, the thesaurus's legal term, its
 * general-language synonyms): how a quoted query reads its words. The phrase it asks for is those words in order, so a
 * term beside them could only rank a text or, for a quoted single word, join the sequence the text must hold.
 */
const asTyped = ({ term, start, end, stop }: AnalyzedToken): AnalyzedToken => ({ term, start, end, stop, expansion: null });

export function planQuery(analyzer: TextAnalyzer, query: string): QueryPlan {
  const quoted = QUOTED.exec(query);
  const tokens = quoted ? analyzer.analyze(quoted[1] ?? '').map(asTyped) : analyzer.analyze(query);
  const reference = quoted ? null : parseReferenceQuery(tokens);
  const textTokens = reference ? reference.rest : tokens;
  const sequence = textTokens.map((t) => t.term);
  let terms = withoutCues(analyzer, contentTerms(textTokens));
  const thesaurus = new Map<string, string>();
  const literal = new Set(textTokens.map((t) => t.term));
  for (const t of textTokens)
    if (t.thesaurus && !t.stop)
      for (const term of t.expansion ?? []) if (!literal.has(term) && !thesaurus.has(term)) thesaurus.set(term, t.term);
  // A word's general-language synonyms follow it, as a thesaurus expansion does, and count as it.
  const synonyms = new Map<string, string>();
  for (const t of textTokens) {
    const at = terms.indexOf(t.term);
    for (const term of at < 0 || t.stop ? [] : (t.synonyms ?? []))
      if (!literal.has(term) && !thesaurus.has(term) && !synonyms.has(term)) {
        synonyms.set(term, t.term);
        terms.splice(at + 1, 0, term);
      }
  }
  const asksDefinition = !quoted && DEFINITION_QUESTION.test(query);
  // A query of stop words only (`және`) is still a query: search for them rather than for nothing.
  if (terms.length === 0 && !reference) terms = sequence;
  return {
    reference,
    terms,
    phrase: sequence.length >= 2 ? sequence : null,
    phraseRequired: quoted !== null && sequence.length >= 1,
    asksDefinition,
    askedAbout: asksDefinition ? termsNextToCues(analyzer, textTokens) : [],
    thesaurus,
    synonyms,
  };
}

/**
 * The plan of a query searched in `language`, read by that language's analyzer (search/language.ts) as the index reads
 * it: what a page explaining a search shows, once the search has said which language it detected.
 */
export function planQueryIn(language: SearchLanguage, query: string): QueryPlan {
  return planQuery(ANALYZERS[language], query);
}

/** The plan without the synonyms `leftOut`: neither searched among its terms nor recorded as synonyms. */
export function withoutSynonyms(plan: QueryPlan, leftOut: ReadonlySet<string>): QueryPlan {
  if (leftOut.size === 0) return plan;
  return {
    ...plan,
    terms: plan.terms.filter((term) => !leftOut.has(term)),
    synonyms: new Map([...plan.synonyms].filter(([term]) => !leftOut.has(term))),
  };
}

/**
 * The term lists a query may name a defined term by: its words as typed, and, when the thesaurus added terms, the query
 * read in them instead of the words they stand for (`обращение` read as `жолданым`, the Kazakh term of the Russian
 * word): a definition named either way comes first. A general-language synonym searched beside a word names nothing
 * (`что такое прививка` names прививка, not its synonym вакцинация too).
 */
export function termReadings(plan: Pick<QueryPlan, 'terms' | 'thesaurus' | 'synonyms'>): string[][] {
  const typed = plan.terms.filter((t) => !plan.synonyms.has(t));
  if (plan.thesaurus.size === 0) return [typed];
  const standFor = new Set(plan.thesaurus.values());
  return [typed.filter((t) => !plan.thesaurus.has(t)), typed.filter((t) => !standFor.has(t))];
}

/** Whether `phrase` occurs as consecutive items of `sequence` (terms, or their ids). */
export function containsPhrase<T>(sequence: ArrayLike<T>, phrase: readonly T[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let i = 0; i + phrase.length <= sequence.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (sequence[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
