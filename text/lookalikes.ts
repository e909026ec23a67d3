/**
 * Latin letters in Cyrillic words: PDF extraction (and typists) put Latin look-alikes in place of
 * Cyrillic letters; the ingest cleans every line with this and the search analyzer every text and query.
 */
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;
/** Latin letters that PDF extraction puts in place of their Cyrillic look-alikes inside Kazakh words. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  i: 'і',
  I: 'І',
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
};

/** Idempotent: in a word that is otherwise Cyrillic, Latin look-alikes become Cyrillic (`әкiмшiлiк` → `әкімшілік`). */
export function fixLookalikes(s: string): string {
  // Most lines hold no Latin letter at all: skip the per-word pass over them.
  if (!LATIN.test(s)) return s;
  return s.replace(/[\p{L}]+/gu, (word) => {
    if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
    // A word mixing scripts is Cyrillic only if every Latin letter in it has a Cyrillic twin.
    if (![...word].every((ch) => !LATIN.test(ch) || ch in LATIN_TO_CYRILLIC)) return word;
    return word.replace(/[A-Za-z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
  });
}
