/**
 * The bilingual term list (issue #16), mined from the aligned texts of one version: a code's or law's definitions
 * article defines one term per subparagraph in both languages, and the aligned subparagraph (same eId) defines the
 * same notion, so the Kazakh and the Russian term it defines form a pair: `жолданым` ↔ `обращение` (the code's
 * 4-бап 16) and статья 4 16)). The pair keeps its provision: the Russian Term's definition is the Kazakh one's (model
 * Term: terms of two languages defined by one provision are translations of each other). Pure: reads the terms and
 * provisions of both texts, changes nothing.
 */
import type { IngestedDocument, Term } from '../model/index.ts';

/** A Kazakh term and the Russian term the aligned provision defines. */
export interface TermTranslation {
  kazakh: Term;
  russian: Term;
}

/** The terms of `doc` by their definition's id, only where the provision defines exactly one term. */
function soleTermByProvision(terms: readonly Term[]): Map<string, Term> {
  const by = new Map<string, Term | null>();
  for (const t of terms) by.set(t.definitionId, by.has(t.definitionId) ? null : t);
  return new Map([...by].filter((entry): entry is [string, Term] => entry[1] !== null));
}

/**
 * The pairs of the Kazakh text `kazakh` and the Russian text `russian` of one version (read by the same segmenter, so
 * an aligned provision has one id in both): a provision that defines exactly one term in each text pairs them; a
 * provision one text lacks, or that defines several terms in a sentence (which word is which is unknown), pairs none.
 * In the Kazakh text's order.
 */
export function pairTerms(kazakh: IngestedDocument, russian: IngestedDocument): TermTranslation[] {
  const russianBy = soleTermByProvision(russian.terms);
  const pairs: TermTranslation[] = [];
  for (const [provisionId, term] of soleTermByProvision(kazakh.terms)) {
    const translation = russianBy.get(provisionId);
    if (translation && translation.language !== term.language) pairs.push({ kazakh: term, russian: translation });
  }
  return pairs;
}
