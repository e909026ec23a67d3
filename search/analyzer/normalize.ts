/**
 * Search normalization: the same function at index time and at query time, so a query typed
 * with Latin look-alikes or NBSP meets the text it names.
 *
 * It keeps every character at its offset (unlike the ingest's cleanText, which folds runs of
 * spaces), so a match found in normalized text marks the same characters of the original
 * when snippets are built. Soft hyphens are left in place and dropped by the tokenizer.
 */
import { fixLookalikes, fixRomanNumerals } from '../../text/index.ts';

/**
 * Kazakh-aware lowercasing. The Kazakh Cyrillic capitals (Ә Ғ Қ Ң Ө Ұ Ү Һ І) lowercase by
 * Unicode's default mapping; the Turkish dotted/dotless I rules must not apply (they would
 * turn a Latin I into ı, which no look-alike fix maps back), so the root locale is used.
 */
export function lowercase(s: string): string {
  return s.toLowerCase();
}

/**
 * Idempotent and length-preserving: the ingest's own look-alike and act-numeral fixes
 * (мемлекеттiк → мемлекеттік, 241-VIIІ → 241-VIII), then lowercase.
 */
export function normalizeForSearch(s: string): string {
  // Before lowercasing: fixLookalikes maps a capital Latin I to І only while the case is still known.
  return lowercase(fixRomanNumerals(fixLookalikes(s)));
}
