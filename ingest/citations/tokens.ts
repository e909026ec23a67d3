/**
 * Structural unit words as data: the stems a citation uses for each level, whatever its case ending.
 * Kazakh is agglutinative (`бап`, `бабы`, `бабының`, `баптарында` are one word), so a unit word is a stem
 * followed by any letters; the ending only matters for telling a plural (a list or a range) from a singular.
 */
import type { CitationRef } from '../../model/index.ts';

/** A citable level: the keys of CitationRef, from the top of the tree down. */
export type Unit = keyof CitationRef;

/** Levels from the top down: a group of a lower rank after a group continues the same chain. */
export const UNIT_RANK: Readonly<Record<Unit, number>> = {
  section: 0,
  chapter: 1,
  article: 2,
  part: 3,
  subparagraph: 4,
  paragraph: 5,
};

/** The levels an eId path runs through: a group inherits from the group before it only the levels above it on its own path. */
export const UNIT_PATH: Readonly<Record<Unit, readonly Unit[]>> = {
  section: ['section'],
  chapter: ['section', 'chapter'],
  article: ['article'],
  part: ['article', 'part'],
  subparagraph: ['article', 'part', 'subparagraph'],
  paragraph: ['article', 'part', 'subparagraph', 'paragraph'],
};

export interface UnitWord {
  /** Dictionary form, for messages */
  word: string;
  /** Regex sources of the stems, as they stand before a case ending (`бөліг|бөлік`: the к softens to г before a vowel) */
  stems: readonly string[];
  unit: Unit;
}

/**
 * Longer words first: `тармақша` must be tried before `тармақ`. Stems that an ending may follow
 * are listed with every consonant alternation seen in the corpus (docs/formats.md C20).
 */
export const UNIT_WORDS: readonly UnitWord[] = [
  { word: 'тармақша', stems: ['тармақша'], unit: 'subparagraph' }, // sub-paragraph, printed `1)`
  { word: 'тармақ', stems: ['тармақ', 'тармағ'], unit: 'part' }, // point; a code's citations use it for a part (docs/formats.md C17)
  { word: 'бөлім', stems: ['бөлім(?!ше)'], unit: 'section' }, // section (not бөлік, docs/formats.md C18; not бөлімше, a subdivision, 004:11861)
  { word: 'бөлік', stems: ['бөлік', 'бөліг'], unit: 'part' }, // part of an article
  { word: 'тарау', stems: ['тарау'], unit: 'chapter' }, // chapter
  { word: 'бап', stems: ['бап', 'баб', 'б(?=\\.)'], unit: 'article' }, // article; `836-б.` is its abbreviation
  { word: 'абзац', stems: ['абзац'], unit: 'paragraph' }, // unnumbered paragraph
];

/** Regex source of a unit word: a stem (captured as `stem`) and its ending (`ending`). */
export const UNIT_WORD_SOURCE = `(?<stem>${UNIT_WORDS.flatMap((w) => w.stems).join('|')})(?<ending>\\p{L}*)`;

/** Plural endings (`-тар/-тер/-лар/-лер/-дар/-дер`, as the stem's last sound requires): `баптарында`, `бөліктеріндегі`. */
const PLURAL = /^(?:тар|тер|лар|лер|дар|дер)/u;

export function isPluralEnding(ending: string): boolean {
  return PLURAL.test(ending);
}

/** The unit word a matched stem belongs to. */
export function unitWordOf(stem: string): UnitWord {
  // A stem's source may carry a lookahead (`б(?=\\.)`, `бөлім(?!ше)`); the matched stem is its literal part.
  const found = UNIT_WORDS.find((w) => w.stems.some((s) => s.replace(/\(\?[=!][^)]*\)/u, '') === stem));
  if (!found) throw new Error(`unitWordOf: \`${stem}\` is not a unit stem`);
  return found;
}
