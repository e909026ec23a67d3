/**
 * What two versions' texts may differ by without any amendment: the typesetting of the text they were read from. The
 * database export and the PDF text of one act print the same words with other dashes, quote marks and spacing
 * (wording-key.ts `formatBlind`, which the timeline compares wordings by), spacing around punctuation and look-alike
 * Roman numerals (tests/ingest/segment/adilet/cross-format.test.ts found every such difference between the two
 * formats of the code). These are folded on both sides before two wordings are compared. Each step is small, named and
 * idempotent; none changes a word, only marks, spacing and look-alike letters, so no amendment is folded away.
 */
import { formatBlind } from './wording-key.ts';

/**
 * Roman numerals after a number (`№ 21-ІІ`, a gazette issue) in Latin letters: the PDF text prints some with the
 * Cyrillic look-alikes `І` and `Х`, which the normalizer folds only in act numbers (text/roman-numerals.ts).
 */
export function foldRomanLookalikes(s: string): string {
  // \u0406 is the Cyrillic І, \u0425 the Cyrillic Х.
  return s.replace(/(?<=\d-)[IVX\u0406\u0425]+(?![\p{L}\p{N}])/gu, (numeral) => numeral.replace(/\u0406/g, 'I').replace(/\u0425/g, 'X'));
}

/** No space before `, . ; : )` nor after `(`: the PDF text's lines break around them. */
export function foldPunctuationSpacing(s: string): string {
  return s.replace(/ ([,.;:)])/g, '$1').replace(/\( /g, '(');
}

/** The steps, in order: what `withoutArtefacts` applies. */
export const ARTEFACT_STEPS: ReadonlyArray<(s: string) => string> = [formatBlind, foldRomanLookalikes, foldPunctuationSpacing];

/** A wording with every typesetting artefact folded, for comparison only (never stored or shown). */
export function withoutArtefacts(s: string): string {
  return ARTEFACT_STEPS.reduce((acc, step) => step(acc), s);
}
