/** Line tests shared by the segmenters of every format. */
import type { SourceLine } from '../normalize.ts';

/** A URL the publisher repeats on its own line under a footnote (`https://…`, `URL: https://…`, `…?locations =KZ`). */
export function isUrlLine(text: string): boolean {
  return /^(URL:\s*)?https?:\/\/\S+(\s+=\S+)?$/.test(text);
}

/** A page number left by pagination. */
export function isPageNumber(text: string): boolean {
  return /^\d{1,3}$/.test(text);
}

/** Share of upper-case letters among the letters of a line (1 for an all-caps heading). */
export function upperRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

export function isAllCaps(text: string): boolean {
  return (text.match(/\p{L}/gu) ?? []).length >= 3 && upperRatio(text) > 0.8;
}

/** The line ends a sentence (`.`, `!`, `?`, `:`), possibly before a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.!?:…][»"”)]?\s*$/.test(text);
}

export function startsUpper(text: string): boolean {
  return /^[«"“(]?[\p{Lu}\d]/u.test(text);
}

/** Whether a line begins with a lower-case letter (a list item or a wrapped continuation). */
export function startsLower(text: string): boolean {
  return /^[«"“(]?\p{Ll}/u.test(text);
}

/**
 * Typeset width of a document's justified lines: a wrapped line fills it, the last line of a
 * paragraph usually does not. That is the only trace of a paragraph break, since blank lines
 * fall between every pair of wrapped lines.
 */
export function typesetWidth(lines: readonly SourceLine[]): number {
  // A typed array sorts numbers without a comparator call per comparison (a textbook has 8,000 lines).
  const lengths = Uint32Array.from(lines.map((l) => l.text.length).filter((n) => n > 30)).sort();
  return lengths[Math.floor(lengths.length * 0.6)] ?? 80;
}

/** A new paragraph starts at `line` when the previous line ended a sentence well short of the full width. */
export function paragraphBreak(previous: SourceLine | undefined, line: SourceLine, width: number): boolean {
  if (!previous) return true;
  return endsSentence(previous.text) && previous.text.length < width * 0.85 && startsUpper(line.text);
}

/** Consecutive raw lines (no blank line between): how a wrapped heading's lines stand. */
export function adjacent(a: SourceLine | undefined, b: SourceLine | undefined): boolean {
  return a !== undefined && b !== undefined && b.line === a.line + 1;
}

/** Whether a line ends a sentence or a clause, so the next line may start a new unit. */
export function endsClause(text: string): boolean {
  return /[.;:]["»)]?$/u.test(text);
}

/**
 * A copy of a line reduced to `rest` (a suffix of its text, e.g. without its label), keeping
 * raw-file positions exact: the column where `rest` starts is carried in `indent`, as spanAt reads it.
 */
export function dropPrefix(line: SourceLine, rest: string): SourceLine {
  const cut = line.text.length - rest.length;
  return { ...line, text: rest, indent: line.indent + cut };
}
