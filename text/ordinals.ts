/**
 * Kazakh ordinal words, as data. Parts and абзацы are cited by ordinal (`екінші бөлігінің` = of part 2);
 * ordinals stand before their noun and take no case ending, so whole words suffice.
 */
export const ORDINALS: Readonly<Record<string, number>> = {
  бірінші: 1, // first
  екінші: 2, // second
  үшінші: 3, // third
  төртінші: 4, // fourth
  бесінші: 5, // fifth
  алтыншы: 6, // sixth
  жетінші: 7, // seventh
  сегізінші: 8, // eighth
  тоғызыншы: 9, // ninth
  оныншы: 10, // tenth
};

/** Regex source matching any ordinal word (longest first, so no word is cut short). */
export const ORDINAL_SOURCE = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The number an ordinal word names, or null when the word is not an ordinal. */
export function ordinalValue(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}
