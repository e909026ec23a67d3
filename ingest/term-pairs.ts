/**
 * The bilingual term list (issue #16), mined from the aligned texts of one version: a code's or law's definitions
 * article defines one term per subparagraph in both languages, and the aligned subparagraph (same eId) defines the
 * same notion, so the Kazakh and the Russian term it defines form a pair: `жолданым` ↔ `обращение` (the code's
 * 4-бап 16) and статья 4 16)). The pair keeps its provision: the Russian Term's definition is the Kazakh one's (model
 * Term: terms of two languages defined by one provision are translations of each other). Pure: reads the terms and
 * provisions of both texts, changes nothing.
 */
import { type IngestedDocument, type Term, translationsOf } from '../model/index.ts';

/** A Kazakh term and the Russian term the aligned provision defines. */
export interface TermTranslation {
  kazakh: Term;
  russian: Term;
}

/**
 * The pairs of the Kazakh text `kazakh` and the Russian text `russian` of one version (read by the same segmenter, so
 * an aligned provision has one id in both): the Russian term that translates each Kazakh one (model/terms.ts
 * translationsOf: of its kind, at its place, where both texts define as many of the kind). In the Kazakh text's order.
 */
export function pairTerms(kazakh: IngestedDocument, russian: IngestedDocument): TermTranslation[] {
  const byProvision = new Map<string, Term[]>();
  for (const t of [...kazakh.terms, ...russian.terms]) byProvision.set(t.definitionId, [...(byProvision.get(t.definitionId) ?? []), t]);
  return kazakh.terms.flatMap((term) => {
    const translation = translationsOf(term, byProvision.get(term.definitionId) ?? []).find(
      (t) => t.language === russian.document.language,
    );
    return translation ? [{ kazakh: term, russian: translation }] : [];
  });
}
