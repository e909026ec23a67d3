/**
 * Which general-language synonyms of a query's words (search/analyzer/russian-synonyms.ts) the index searches: a
 * synonym the texts use far more often than the word is another sense of it, common in law (`решение`, decision,
 * among the synonyms of `ответ`, answer; `обращение`, the animals law's treatment, among those of `адрес`), which would
 * flood the results; it is left out of the plan, and out of the words read through the other language (bridge.ts).
 */
import { withoutSynonyms, type QueryPlan } from '../query-plan.ts';
import type { InvertedIndex } from './inverted-index.ts';

/** A synonym is searched while the texts hold it at most this many times as often as the word… */
const RATIO = 2;
/** …or in at most this many texts, when the word itself is rarer */
const FLOOR = 20;

/** Whether the synonym `term` of a word the texts hold `wordFrequency` times is another sense of it in these texts. */
export function isOtherSense(index: InvertedIndex, term: string, wordFrequency: number): boolean {
  return index.frequency(term) > Math.max(FLOOR, RATIO * wordFrequency);
}

/** The plan without the synonyms that are other senses of their word in these texts. */
export function withoutOtherSenses(index: InvertedIndex, plan: QueryPlan): QueryPlan {
  const otherSenses = [...plan.synonyms].filter(([term, word]) => isOtherSense(index, term, index.frequency(word))).map(([term]) => term);
  return withoutSynonyms(plan, new Set(otherSenses));
}
