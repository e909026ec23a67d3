/** Acts named by notes: their kind from the instrument's word, their normalized number and their work URI. */
import { type Act, type ActKind, actWorkUri } from '../../model/index.ts';

/**
 * Normalize an act number as printed: Cyrillic І in the Roman numeral becomes Latin I
 * (`241-VIIІ` → `241-VIII`), trailing punctuation goes. Other letters stay (`128-ө`).
 */
export function normalizeActNumber(printed: string): string {
  return printed.replace(/[Іі]/g, (c) => (c === 'І' ? 'I' : 'i')).replace(/[.,;:]+$/u, '');
}

/** A Roman numeral as convocations number laws (`VII`, `VIII`): standard form only. */
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Why a normalized act number's Roman numeral is no numeral (`46-VIIII`, a typo the database prints), or null. */
export function actNumberProblem(number: string): string | null {
  const roman = /-([IVXLC]+)$/.exec(number)?.[1];
  return roman !== undefined && !ROMAN.test(roman)
    ? `the act number \`${number}\` ends in \`${roman}\`, which is no Roman numeral; kept as printed`
    : null;
}

/** The kind of act a printed word names in `words` (spaces and case as printed do not matter), or `other`. */
export function kindOfWord(words: ReadonlyArray<{ word: string; kind: ActKind }>, printed: string): ActKind {
  const word = printed.replace(/\s+/g, ' ').toLowerCase();
  return words.find((w) => w.word.toLowerCase() === word)?.kind ?? 'other';
}

/** The Act record of an act known by kind, number and ISO date (title and corpus document unknown). */
export function actOf(kind: ActKind, number: string, date: string): Act {
  return { id: actWorkUri(kind, date, number), kind, number, date, title: null, documentId: null };
}

/** Acts in first-seen order, one per id. */
export class ActSet {
  readonly #acts = new Map<string, Act>();
  add(act: Act): Act {
    const known = this.#acts.get(act.id);
    if (known) return known;
    this.#acts.set(act.id, act);
    return act;
  }
  list(): Act[] {
    return [...this.#acts.values()];
  }
}
