/** Acts named by notes: their kind from the instrument's word, their normalized number and their work URI. */
import { type Act, type ActKind, actWorkUri } from '../../model/index.ts';

/**
 * Normalize an act number as printed: Cyrillic І in the Roman numeral becomes Latin I
 * (`241-VIIІ` → `241-VIII`), trailing punctuation goes. Other letters stay (`128-ө`).
 */
export function normalizeActNumber(printed: string): string {
  return printed.replace(/[Іі]/g, (c) => (c === 'І' ? 'I' : 'i')).replace(/[.,;:]+$/u, '');
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
