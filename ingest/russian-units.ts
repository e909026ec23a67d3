/**
 * The Russian text's words for structural units and ordinal numbers, as data, shared by its amendment notes
 * (`Сноска. Статья 5 с изменениями …`) and its citations (`подпункта 1) части первой статьи 22 настоящего Кодекса`).
 * Russian inflects at the end of the word, so a unit word is a stem and any ending, as the Kazakh tokens are.
 */
import type { CitationRef } from '../model/index.ts';

export type RussianUnit = keyof CitationRef;

/** Stems, longer first (`подпункт` before `пункт`), and the unit each names. */
const UNIT_STEMS: ReadonlyArray<{ stem: string; unit: RussianUnit }> = [
  { stem: 'подпункт', unit: 'subparagraph' }, // subparagraph, printed `1)`
  { stem: 'пункт', unit: 'part' }, // point: a law's numbered part (one AKN mapping with a code's part, model/akn.ts)
  { stem: 'част', unit: 'part' }, // часть: part of a code's article
  { stem: 'стать', unit: 'article' }, // статья: article
  { stem: 'ст\\.', unit: 'article' }, // its abbreviation
  { stem: 'глав', unit: 'chapter' }, // глава: chapter
  { stem: 'раздел', unit: 'section' }, // section
  { stem: 'абзац', unit: 'paragraph' }, // unnumbered paragraph
];

/** A unit word: stem (group `ruStem`) and ending (`ruEnding`); `ст.` has none. */
export const RUSSIAN_UNIT_SOURCE = `(?<ruStem>${UNIT_STEMS.map((u) => u.stem).join('|')})(?<ruEnding>\\p{L}*)`;

/** The unit a matched stem names (case aside). */
export function russianUnitOf(stem: string): RussianUnit {
  const s = stem.toLowerCase();
  const found = UNIT_STEMS.find((u) => u.stem.replace('\\', '') === s);
  if (!found) throw new Error(`russianUnitOf: \`${stem}\` is not a unit stem`);
  return found.unit;
}

/** Plural endings of the unit words (`статьями`, `статей`, `частях`, `пунктов`, `подпунктами`). */
const PLURAL = /^(?:ями|ам|ах|ей|ов|ы|и)$/u;

/** Whether a unit word's ending is plural: `статей 5 и 6` (a list), not `статьи 5` (genitive singular). */
export function isRussianPlural(stem: string, ending: string): boolean {
  // `статьи`, `части`, `главы` are singular genitives and plural nominatives alike: only the unambiguous endings count.
  if (ending === 'и' || ending === 'ы') return false;
  return PLURAL.test(ending) || (stem.toLowerCase() === 'стать' && ending === 'ей');
}

/** Ordinal stems, first to twentieth (`части первой`, `абзаца второго`); Russian prints parts so in citations. */
const ORDINAL_STEMS = [
  'перв',
  'втор',
  'трет',
  'четверт',
  'пят',
  'шест',
  'седьм',
  'восьм',
  'девят',
  'десят',
  'одиннадцат',
  'двенадцат',
  'тринадцат',
  'четырнадцат',
  'пятнадцат',
  'шестнадцат',
  'семнадцат',
  'восемнадцат',
  'девятнадцат',
  'двадцат',
];
/** Adjective endings an ordinal takes (`первой`, `второго`, `третьей`, `третья`). */
const ORDINAL_ENDING = '(?:ый|ой|ая|ую|ое|ого|ому|ом|ым|ых|ые|ий|ья|ье|ьей|ью|ьего|ьему|ьем|ей)';

/** An ordinal word, longer stems first so `пятнадцатой` is not `пят…`; no capture group, so a pattern may repeat it. */
export const RUSSIAN_ORDINAL_SOURCE = `(?:${[...ORDINAL_STEMS].sort((a, b) => b.length - a.length).join('|')})${ORDINAL_ENDING}(?!\\p{L})`;

/** The number an ordinal word names (`пятой` → 5), or null. */
export function russianOrdinalValue(word: string): number | null {
  const w = word.toLowerCase();
  let best = -1;
  ORDINAL_STEMS.forEach((stem, i) => {
    if (w.startsWith(stem) && (best < 0 || stem.length > (ORDINAL_STEMS[best] ?? '').length)) best = i;
  });
  return best < 0 ? null : best + 1;
}
