/**
 * What one line of a database export is (docs/formats-adilet.md), read after its markup is taken off: every
 * paragraph, heading and note of the export is one line, so a line's shape decides its kind. The same rules read
 * the text pasted without markup.
 */
import type { SourceLine } from '../../normalize.ts';
import { dropPrefix } from '../lines.ts';
import { markupOf } from './markup.ts';

export type ExportLine =
  | { kind: 'section' | 'chapter' | 'article'; num: string; rest: string }
  /** A part (`бөлік` of a code, `тармақ` of a law) or a subparagraph (`тармақша`); `rest` is the text after the label */
  | { kind: 'part' | 'subparagraph'; num: string; rest: string }
  /** A unit printed as repealed: `*2. Алып тасталды - ҚР … Заңымен.*`, `16-бап. Алып тасталды …` */
  | { kind: 'repealed'; unit: 'article' | 'part' | 'subparagraph'; num: string; rest: string }
  /** `Ескерту. …`: an amendment (or commencement) note */
  | { kind: 'note' }
  /** `Ескертпе!`, `РҚАО-ның ескертуі!`, `<*>`: the start of a publisher's or court's note */
  | { kind: 'editorial' }
  /** `<a id="st12"></a>`: the database's anchor of the next unit */
  | { kind: 'anchor'; id: string }
  /** `Мазмұны` (contents): the heading of the table of contents */
  | { kind: 'toc' }
  | { kind: 'text' };

/** A line with its markup taken off and what it is. */
export interface ReadLine {
  /** The line's text without markup, raw positions kept */
  line: SourceLine;
  type: ExportLine;
  /** Printed as a heading (`#…`) or wholly in bold or italics */
  marked: boolean;
  /** A footnote marker `<*>` that ended the line, taken off its text (the publisher's, not the act's) */
  marker: SourceLine | null;
}

const NUM = String.raw`\d+(?:-\d+)*`;
/** Units by their word, upper or lower case; the dot after the word may be missing in a bare paste. */
const HEADINGS: ReadonlyArray<{ kind: 'section' | 'chapter' | 'article'; re: RegExp }> = [
  { kind: 'section', re: new RegExp(String.raw`^(${NUM})-бөлім(?:\.|(?=\s|$))\s*(.*)$`, 'iu') }, // бөлім: section
  { kind: 'chapter', re: new RegExp(String.raw`^(${NUM})-тарау(?:\.|(?=\s|$))\s*(.*)$`, 'iu') }, // тарау: chapter
  // бап: article; `N-бап.-Title` (a hyphen after the dot) is printed once; `102-бапта` (in article 102) is no heading
  { kind: 'article', re: new RegExp(String.raw`^(${NUM})-бап(?:\.\s*[-–—]?|(?=\s|$))\s*(.*)$`, 'u') },
];
const PART = new RegExp(String.raw`^(${NUM})\.(?:\s+|$)(.*)$`, 'u');
const SUBPARAGRAPH = new RegExp(String.raw`^(${NUM})\)(?:\s+|$)(.*)$`, 'u');
/** `алып тасталды` = "was removed": a repealed unit's whole text begins so. */
const REPEALED = /^алып\s+тасталды/iu;
/** `Ескерту.` = "Note.". */
const NOTE = /^Ескерту\s*\./u;
/** `Ескертпе!` ("Attention!"), `РҚАО-ның ескертуі!` (the publisher's note), `<*>` (a footnote marker). */
const EDITORIAL = /^(?:Ескертпе\s*!|РҚАО-ның\s+ескертуі\s*!|<\*>)/u;
/** `<*>` after the text of a heading or paragraph: the publisher's footnote marker. */
const MARKER_AT_END = /\s*<\*>$/u;
const ANCHOR = /^<a\s+(?:id|name)="([^"]*)"\s*>\s*<\/a>$/u;
/** `Мазмұны` = "Contents". */
const TOC = /^мазмұны$/iu;

/** Read one cleaned line of an export. */
export function readLine(raw: SourceLine): ReadLine {
  const anchor = ANCHOR.exec(raw.text);
  if (anchor) return { line: raw, type: { kind: 'anchor', id: anchor[1] ?? '' }, marked: false, marker: null };
  const { line: marked, heading, emphasized } = markupOf(raw);
  const end = MARKER_AT_END.exec(marked.text);
  const line = end ? { ...marked, text: marked.text.slice(0, end.index) } : marked;
  const type = classify(line.text);
  // Notes keep their marker: it is part of the note, which is set apart whole.
  if (!end || type.kind === 'note' || type.kind === 'editorial' || type.kind === 'toc' || line.text === '') {
    return { line: marked, type: classify(marked.text), marked: heading > 0 || emphasized, marker: null };
  }
  return { line, type, marked: heading > 0 || emphasized, marker: dropPrefix(marked, marked.text.slice(end.index).trimStart()) };
}

function classify(text: string): ExportLine {
  if (NOTE.test(text)) return { kind: 'note' };
  if (EDITORIAL.test(text)) return { kind: 'editorial' };
  if (TOC.test(text)) return { kind: 'toc' };
  for (const { kind, re } of HEADINGS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = m[2] ?? '';
    if (kind === 'article' && REPEALED.test(rest)) return { kind: 'repealed', unit: 'article', num: m[1] ?? '', rest };
    return { kind, num: m[1] ?? '', rest };
  }
  for (const [kind, re] of [
    ['part', PART],
    ['subparagraph', SUBPARAGRAPH],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = m[2] ?? '';
    if (REPEALED.test(rest)) return { kind: 'repealed', unit: kind, num: m[1] ?? '', rest };
    return { kind, num: m[1] ?? '', rest };
  }
  return { kind: 'text' };
}

/** The signature block's first line: `Қазақстан Республикасының Президенті` (President of the Republic of Kazakhstan). */
export const SIGNATURE_START = /^Қазақстан\s+Республикасының\s+Президенті$/u;
