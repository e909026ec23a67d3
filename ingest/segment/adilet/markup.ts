/**
 * The markdown of the database export that is markup, not text (docs/formats-adilet.md): block-quote marks, emphasis
 * around a whole line, heading marks, escapes. Each step returns a copy of the line reduced to its text, raw-file
 * positions kept (dropPrefix), and is idempotent.
 */
import type { SourceLine } from '../../normalize.ts';
import { dropPrefix } from '../lines.ts';

/** `> *Ескерту. …*`: a block quote; the export prints amendment notes so. */
const QUOTE = /^>\s*/u;
/** `## 1-тарау. …`: a markdown heading mark. */
const HEADING_MARK = /^#{1,6}\s+/u;
/** `**…**` or `*…*` around the whole line. */
const EMPHASIS = /^(\*{1,3})(?=\S)(.*?\S)\1$/u;
/** `1\. …`: a markdown escape of a numbered line (the mirror writes it so that markdown does not make a list). */
const ESCAPED_LABEL = /^(\d+(?:-\d+)*)\\([.)])/u;

/** The line without its block-quote mark. */
function unquote(line: SourceLine): SourceLine {
  const m = QUOTE.exec(line.text);
  return m ? dropPrefix(line, line.text.slice(m[0].length)) : line;
}

/** The line without a heading mark; `level` is the mark's length (0 for none). */
function unheading(line: SourceLine): { line: SourceLine; level: number } {
  const m = HEADING_MARK.exec(line.text);
  return m ? { line: dropPrefix(line, line.text.slice(m[0].length)), level: m[0].trim().length } : { line, level: 0 };
}

/** The line without emphasis around it (`**43-1-бап. …**`, `*Ескертпе!*`); `emphasized` says whether it had any. */
function unemphasize(line: SourceLine): { line: SourceLine; emphasized: boolean } {
  const m = EMPHASIS.exec(line.text);
  if (!m) return { line, emphasized: false };
  const inner = m[2] ?? '';
  // The closing marks are markup too: the text ends before them (the span still covers them, as the raw line does).
  return { line: { ...dropPrefix(line, line.text.slice((m[1] ?? '').length)), text: inner }, emphasized: true };
}

/** The line with the escape of its numbered label undone: `1\. Адам …` → `1. Адам …`. */
function unescapeLabel(line: SourceLine): SourceLine {
  const m = ESCAPED_LABEL.exec(line.text);
  if (!m) return line;
  // The backslash is dropped from the middle of the text: the label's digits keep their columns, the rest shifts by one.
  return { ...line, text: `${m[1]}${m[2]}${line.text.slice(m[0].length)}` };
}

/** Every markup step a text line of the export goes through, in order: quote, heading, emphasis, escape. */
export function markupOf(line: SourceLine): { line: SourceLine; heading: number; emphasized: boolean } {
  const { line: bare, level } = unheading(unquote(line));
  const { line: plain, emphasized } = unemphasize(bare);
  return { line: unescapeLabel(plain), heading: level, emphasized };
}
