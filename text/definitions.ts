/**
 * Defined terms in legal text. A code or law defines its terms in one article (Kazakh `… негізгі
 * ұғымдар` — "basic notions"; Russian `основные понятия`), one subparagraph per term, written
 * `term – definition`; elsewhere a sentence defines with `term дегеніміз – definition` ("by term is
 * meant"). Shared by the ingest and the search, which ranks a definition first for a query naming
 * its term.
 */

/** The heading of a definitions article */
export const DEFINITIONS_HEADING = /негізгі\s+ұғымдар|основные\s+понятия/iu;

// A term is a short noun phrase: at most 12 words before the dash, no sentence punctuation inside.
const TERM_THEN_DASH = /^\s*([^\s.;:,–—-][^.;:–—]{1,150}?)\s+(?:дегеніміз\s*)?[-–—]\s+\S/u;
const TERM_BEFORE_DEGENIMIZ = /^\s*([^.;:–—]{2,150}?)\s+дегеніміз\b/iu;
const MAX_TERM_WORDS = 12;

/**
 * The term a definition defines: `әкімшілік акт - мемлекеттік органның …` → `әкімшілік акт`; null
 * when the text does not open with `term – …` or `term дегеніміз …`.
 */
export function definedTermOf(text: string): string | null {
  const term = (TERM_THEN_DASH.exec(text) ?? TERM_BEFORE_DEGENIMIZ.exec(text))?.[1]?.trim();
  if (!term || term.split(/\s+/u).length > MAX_TERM_WORDS) return null;
  return term;
}
