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

/** Terms by their definition's id, in the order the document gives them (ingest/terms.ts: defined terms, then short forms). */
function termsByProvision(terms: readonly Term[]): Map<string, Term[]> {
  const by = new Map<string, Term[]>();
  for (const t of terms) by.set(t.definitionId, [...(by.get(t.definitionId) ?? []), t]);
  return by;
}

/**
 * The pairs of the Kazakh text `kazakh` and the Russian text `russian` of one version (read by the same segmenter, so
 * an aligned provision has one id in both): a provision that defines as many terms in each text pairs them in order
 * (a term and the short form it introduces, `мониторинг` ↔ `мониторинг`); a provision one text lacks, or whose texts
 * define different numbers of terms (which word is which is then unknown), pairs none. In the Kazakh text's order.
 */
export function pairTerms(kazakh: IngestedDocument, russian: IngestedDocument): TermTranslation[] {
  const russianBy = termsByProvision(russian.terms);
  const pairs: TermTranslation[] = [];
  for (const [provisionId, terms] of termsByProvision(kazakh.terms)) {
    const translations = russianBy.get(provisionId) ?? [];
    if (translations.length !== terms.length) continue;
    terms.forEach((term, i) => {
      const translation = translations[i];
      if (translation && translation.language !== term.language) pairs.push({ kazakh: term, russian: translation });
    });
  }
  return pairs;
}
