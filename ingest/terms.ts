/**
 * The defined-terms stage: the terms a document defines, as data (model/types.ts Term). A code's or
 * law's definitions article (`… негізгі ұғымдар`, "basic notions") defines one term per subparagraph, with the short
 * form it may introduce; any other text may define one in a sentence (`… дегеніміз – …`, `… деп түсініледі`) or
 * introduce a short form (`(бұдан әрі – …)`, "hereinafter"), each with how it defines it and in one order both
 * languages share, so the term pairs can match them up by kind and position (model/terms.ts). Pure: reads the
 * provisions, changes nothing.
 */
import { type Document, type Provision, type Term, type TermKind, termId } from '../model/index.ts';
import { DEFINING_UNITS, DEFINITIONS_HEADING, termsOfUnit } from '../text/index.ts';

/** Every term a unit's text defines, with how (text/definitions.ts termsOfUnit gives the order both languages share). */
function definitionsIn(text: string, inDefinitionsArticle: boolean): Array<{ term: string; kind: TermKind }> {
  const { defined, shortForms } = termsOfUnit(text, inDefinitionsArticle);
  const kind: TermKind = inDefinitionsArticle ? 'definitionsArticle' : 'sentence';
  return [...defined.map((term) => ({ term, kind })), ...shortForms.map((term) => ({ term, kind: 'shortForm' as const }))];
}

/** Every term the document defines, in document order; a term defined twice keeps its first definition. */
export function extractTerms(document: Document, provisions: readonly Provision[]): Term[] {
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const inDefinitionsArticle = (p: Provision): boolean => {
    for (let at = p.parentId ? byId.get(p.parentId) : undefined; at; at = at.parentId ? byId.get(at.parentId) : undefined)
      if (at.type === 'article') return DEFINITIONS_HEADING.test(at.heading ?? '');
    return false;
  };
  const terms = new Map<string, Term>();
  for (const p of provisions) {
    if (!p.text || p.status === 'repealed') continue;
    const definitionsArticle = DEFINING_UNITS.has(p.type) && inDefinitionsArticle(p);
    for (const { term: printed, kind } of definitionsIn(p.text, definitionsArticle)) {
      const term = printed.replace(/\s+/gu, ' ');
      const id = termId(document.id, document.language, term);
      if (!terms.has(id))
        terms.set(id, { id, documentId: document.id, language: document.language, term, definitionId: p.id, kind, source: p.source });
    }
  }
  return [...terms.values()];
}
