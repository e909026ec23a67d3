/**
 * Which term translates which. One provision may define several terms (a term and the short form it introduces,
 * `берілген функциялардың мониторингі (бұдан әрі – мониторинг)`); each language lists those of a kind in the order
 * they stand (ingest/terms.ts), so a term's translation is the other language's term of its kind at its place. Where
 * the two texts define different numbers of a kind (a sentence one language's patterns read and the other's do not),
 * which word is which is unknown, and that kind pairs none.
 */
import type { Term } from './types.ts';

/**
 * The terms of `others` (another language's terms, or any terms) that translate `term`: those its provision defines
 * in another language, of its kind and at its place among them, where that language defines as many of the kind.
 */
export function translationsOf(term: Term, others: readonly Term[]): Term[] {
  const alike = (t: Term): boolean => t.definitionId === term.definitionId && t.kind === term.kind;
  const inLanguage = (language: string): Term[] => others.filter((t) => alike(t) && t.language === language);
  const own = inLanguage(term.language);
  const place = own.findIndex((t) => t.id === term.id);
  if (place < 0) return [];
  const languages = new Set(others.filter((t) => alike(t) && t.language !== term.language).map((t) => t.language));
  return [...languages].flatMap((language) => {
    const theirs = inLanguage(language);
    const translation = theirs[place];
    return theirs.length === own.length && translation ? [translation] : [];
  });
}
