/**
 * What one line of a database export is (docs/formats-adilet.md), read after its markup is taken off: every
 * paragraph, heading and note of the export is one line, so a line's shape decides its kind. The same rules read
 * the text pasted without markup. The words that mark a unit or a note are the text's language's (language.ts).
 */
import type { ProvisionStatus } from '../../../model/index.ts';
import type { SourceLine } from '../../normalize.ts';
import { dropPrefix } from '../lines.ts';
import type { ExportWords } from './language.ts';
import { markupOf } from './markup.ts';

/** What a unit printed as a note is */
export type PlaceholderStatus = Exclude<ProvisionStatus, 'inForce'>;

export type ExportLine =
  | { kind: 'section' | 'chapter' | 'article'; num: string; rest: string }
  /** A part (`бөлік` of a code, `тармақ` of a law) or a subparagraph (`тармақша`); `rest` is the text after the label */
  | { kind: 'part' | 'subparagraph'; num: string; rest: string }
  /**
   * A unit printed as a note in place of its text: repealed (`*2. Алып тасталды - ҚР … Заңымен.*`, `16-бап. Алып
   * тасталды …`) or pending (`1-2-бап. 01.01.2027 бастап қолданысқа енгізіледі - ҚР … Заңымен.`)
   */
  | { kind: 'placeholder'; status: PlaceholderStatus; unit: 'article' | 'part' | 'subparagraph'; num: string; rest: string }
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
  /** The markdown heading level (`#` is 1, the act's title), 0 for none */
  heading: number;
  /** A footnote marker `<*>` that ended the line, taken off its text (the publisher's, not the act's) */
  marker: SourceLine | null;
}

const NUM = String.raw`\d+(?:-\d+)*`;
const PART = new RegExp(String.raw`^(${NUM})\.(?:\s+|$)(.*)$`, 'u');
const SUBPARAGRAPH = new RegExp(String.raw`^(${NUM})\)(?:\s+|$)(.*)$`, 'u');
/** `<*>` after the text of a heading or paragraph: the publisher's footnote marker. */
const MARKER_AT_END = /\s*<\*>$/u;
const ANCHOR = /^<a\s+(?:id|name)="([^"]*)"\s*>\s*<\/a>$/u;

/** Read one cleaned line of an export in the language whose words are `words` (language.ts). */
export function readLine(raw: SourceLine, words: ExportWords): ReadLine {
  const anchor = ANCHOR.exec(raw.text);
  if (anchor) return { line: raw, type: { kind: 'anchor', id: anchor[1] ?? '' }, marked: false, heading: 0, marker: null };
  const { line: marked, heading, emphasized } = markupOf(raw);
  const end = MARKER_AT_END.exec(marked.text);
  const line = end ? { ...marked, text: marked.text.slice(0, end.index) } : marked;
  const type = classify(line.text, words);
  // Notes keep their marker: it is part of the note, which is set apart whole.
  if (!end || type.kind === 'note' || type.kind === 'editorial' || type.kind === 'toc' || line.text === '') {
    return { line: marked, type: classify(marked.text, words), marked: heading > 0 || emphasized, heading, marker: null };
  }
  return { line, type, marked: heading > 0 || emphasized, heading, marker: dropPrefix(marked, marked.text.slice(end.index).trimStart()) };
}

function classify(text: string, words: ExportWords): ExportLine {
  if (words.note.test(text)) return { kind: 'note' };
  if (words.editorial.test(text)) return { kind: 'editorial' };
  if (words.toc.test(text)) return { kind: 'toc' };
  for (const { kind, re } of words.headings) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = m[2] ?? '';
    const status = kind === 'article' ? placeholderStatus(rest, words) : null;
    if (status) return { kind: 'placeholder', status, unit: 'article', num: m[1] ?? '', rest };
    return { kind, num: m[1] ?? '', rest };
  }
  for (const [kind, re] of [
    ['part', PART],
    ['subparagraph', SUBPARAGRAPH],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = m[2] ?? '';
    const status = placeholderStatus(rest, words);
    if (status) return { kind: 'placeholder', status, unit: kind, num: m[1] ?? '', rest };
    return { kind, num: m[1] ?? '', rest };
  }
  return { kind: 'text' };
}

/** What a unit whose text is `rest` is printed as, when a note stands in place of its text. */
function placeholderStatus(rest: string, words: ExportWords): PlaceholderStatus | null {
  if (words.repealed.test(rest)) return 'repealed';
  return words.pending.test(rest) ? 'pending' : null;
}
