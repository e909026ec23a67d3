/**
 * Which term translates which. One provision may define several terms (a term and the short form it introduces,
 * `берілген функциялардың мониторингі (бұдан әрі – мониторинг)`); each language lists them in one order (the defined
 * terms, then the short forms: ingest/terms.ts), so a term's translation is the other language's term at its place.
 */
import type { Term } from './types.ts';

/**
 * The terms of `others` (another language's terms, or any terms) that translate `term`: those defined by its provision
 * in another language at the same place among that language's terms of the provision.
 */
export function translationsOf(term: Term, others: readonly Term[]): Term[] {
  const ofProvision = (language: string) => others.filter((t) => t.definitionId === term.definitionId && t.language === language);
  const place = ofProvision(term.language).findIndex((t) => t.id === term.id);
  const languages = new Set(
    others.filter((t) => t.definitionId === term.definitionId && t.language !== term.language).map((t) => t.language),
  );
  return [...languages].flatMap((language) => {
    const translation = ofProvision(language)[place];
    return place >= 0 && translation ? [translation] : [];
  });
}
