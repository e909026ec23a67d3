/**
 * What two versions' texts may differ by without any amendment: the typesetting of the text they were read from. The
 * database export and the PDF text of one act print the same words with other dashes, quote marks and spacing
 * around punctuation (tests/ingest/segment/adilet/cross-format.test.ts found every such difference between the
 * two formats of the code), so these are folded on both sides before two wordings are compared. Each step is small,
 * named and idempotent; none changes a word, only marks, spacing and look-alike letters, so no amendment is folded away.
 */

/** `–`, `—`, `‐` (dashes of typesetting) become `-`. */
export function foldDashes(s: string): string {
  return s.replace(/[‐‑–—]/g, '-');
}

/** `«»`, `“”`, `„` and `"` become `"`: the export and the PDF text quote with different marks. */
export function foldQuotes(s: string): string {
  return s.replace(/[«»“”„"]/g, '"');
}

/**
 * Roman numerals after a number (`№ 21-ІІ`, a gazette issue) in Latin letters: the PDF text prints some with the
 * Cyrillic look-alikes `І` and `Х`, which the normalizer folds only in act numbers (text/roman-numerals.ts).
 */
export function foldRomanLookalikes(s: string): string {
  // \u0406 is the Cyrillic І, \u0425 the Cyrillic Х.
  return s.replace(/(?<=\d-)[IVX\u0406\u0425]+(?![\p{L}\p{N}])/gu, (numeral) => numeral.replace(/\u0406/g, 'I').replace(/\u0425/g, 'X'));
}

/** Whitespace runs become one space, none at either end, none before `, . ; : )` or after `(`. */
export function foldSpacing(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

/** The steps, in order: what `withoutArtefacts` applies. */
export const ARTEFACT_STEPS: ReadonlyArray<(s: string) => string> = [foldDashes, foldQuotes, foldRomanLookalikes, foldSpacing];

/** A wording with every typesetting artefact folded, for comparison only (never stored or shown). */
export function withoutArtefacts(s: string): string {
  return ARTEFACT_STEPS.reduce((acc, step) => step(acc), s);
}
