/**
 * Positional text conservation, shared by the segmenter tests and the pipeline fuzz test: the
 * output, laid over the raw file, gives back the input exactly and in place.
 *
 * Every provision and every note (amendment, header or editorial note) is a piece: its raw-file
 * span and its content (a provision's label as printed, heading and own text; a note's text). Read
 * in the order of their spans, the pieces must spell the input lines' non-space characters, each
 * piece's characters standing on lines of its own span. So each provision's span holds exactly its
 * label, heading and text, in order, and the spans tile the input: a line outside every provision's
 * span holds a note or nothing. A note may stand inside a provision's span (a URL run inside a
 * part's text): the provision's text goes on after it. Text moved into a neighbour fails even when
 * no character is lost: it stands outside the neighbour's span, or where another piece is expected.
 */
import type { IngestedDocument, Provision, ProvisionType, SourceSpan } from '../../model/index.ts';
import type { SourceLine } from '../../ingest/normalize.ts';
import type { SegmentResult } from '../../ingest/segment/index.ts';

/** Labels as printed in the code (read from the text): `5-бап.` article, `7-тарау.` chapter, `1-БӨЛІМ.` section, `2.` part, `3)` subparagraph. */
const PRINTED_LABEL: Partial<Record<ProvisionType, (num: string) => string>> = {
  section: (n) => `${n}-БӨЛІМ.`,
  chapter: (n) => `${n}-тарау.`,
  article: (n) => `${n}-бап.`,
  part: (n) => `${n}.`,
  subparagraph: (n) => `${n})`,
};

// Joined text fixes act numerals split over two lines (`№ 136-` / `VІІІ` → `136-VIII`), so Cyrillic І and Latin I count as one.
const fold = (s: string) => s.replace(/\s+/g, '').replace(/І/g, 'I');

/** Something the output holds, where it says it stands. */
export interface Piece {
  /** Named in problems: a provision's eId, or the kind and first line of a note */
  name: string;
  source: Pick<SourceSpan, 'startLine' | 'endLine' | 'startOffset'>;
  content: string;
}

/** A provision as a piece: its label as printed, heading and own text. */
function provisionPiece(p: Provision): Piece {
  const label = p.num === null ? '' : (PRINTED_LABEL[p.type]?.(p.num) ?? '');
  return { name: p.eId, source: p.source, content: `${label}${p.heading ?? ''}${p.text}` };
}

/** The segmenter's output as pieces: provisions first, so a provision and a note starting on one line (`12) 2025.17.12. …`) read in that order. */
export function segmentPieces(result: SegmentResult): Piece[] {
  return [
    ...result.provisions.map(provisionPiece),
    ...[...result.headerNotes, ...result.notes].map(({ note }) => ({
      name: `note L${note.source.startLine}`,
      source: note.source,
      content: note.text,
    })),
    ...result.editorialNotes.map((n) => ({ name: `${n.kind} note L${n.source.startLine}`, source: n.source, content: n.text })),
  ];
}

/** A note read by the amendment stage, once: the events and relations it yielded share its text as `raw`. */
export interface NoteEvent {
  raw: string;
  source: SourceSpan;
}

/**
 * The pipeline's output as pieces. A note yields one event per change it makes, each with the note's
 * text as `raw`; events with the same text whose spans overlap or touch (only blank lines between)
 * are one note, a note repeated elsewhere has text between.
 */
export function documentPieces(doc: IngestedDocument, notes: readonly NoteEvent[], lines: readonly SourceLine[]): Piece[] {
  const sorted = [...notes].sort((a, b) => a.source.startLine - b.source.startLine);
  const textBetween = (end: number, start: number) => lines.some((l) => l.line > end && l.line < start);
  const open = new Map<string, Piece>(); // raw text → the note being read
  const pieces: Piece[] = [];
  for (const e of sorted) {
    const note = open.get(e.raw);
    if (note && !textBetween(note.source.endLine, e.source.startLine)) {
      note.source = { ...note.source, endLine: Math.max(note.source.endLine, e.source.endLine) };
      continue;
    }
    const piece = { name: `note L${e.source.startLine}`, source: e.source, content: e.raw };
    open.set(e.raw, piece);
    pieces.push(piece);
  }
  return [
    ...doc.provisions.map(provisionPiece),
    ...pieces,
    ...doc.editorialNotes.map((n) => ({ name: `${n.kind} note L${n.source.startLine}`, source: n.source, content: n.text })),
  ];
}

export interface ConservationOptions {
  /** How characters are compared (default: blanks removed, Cyrillic І as Latin I) */
  fold?: (text: string) => string;
  /** A hyphen ending a line after a letter may be missing from the output: the join dropped it as a soft hyphen */
  softHyphens?: boolean;
}

interface Reading {
  piece: Piece;
  chars: string[];
  at: number;
}

const excerpt = (chars: readonly string[], at: number) => chars.slice(at, at + 30).join('');

/**
 * Lay `pieces` over `lines` in span order; returns the first problem, or nothing. A piece starting
 * on a later line than the piece being read interrupts it (a note inside a part); pieces starting
 * on the same line are read one after the other, in the order given.
 */
export function positionalConservation(
  lines: readonly SourceLine[],
  pieces: readonly Piece[],
  options: ConservationOptions = {},
): string[] {
  const foldText = options.fold ?? fold;
  const waiting: Reading[] = pieces
    .map((piece, i) => ({ piece, chars: [...foldText(piece.content)], at: 0, i }))
    .sort((a, b) => a.piece.source.startOffset - b.piece.source.startOffset || a.i - b.i);
  const stack: Reading[] = [];
  let next = 0;
  const done = (r: Reading) => r.at === r.chars.length;
  for (const line of lines) {
    const chars = [...foldText(line.text)];
    const softHyphen = options.softHyphens === true && /\p{L}-$/u.test(line.text);
    for (let c = 0; c < chars.length; c++) {
      for (;;) {
        while (stack.length > 0 && done(stack[stack.length - 1] as Reading)) stack.pop();
        const top = stack[stack.length - 1];
        const candidate = waiting[next];
        if (!candidate || candidate.piece.source.startLine > line.line) break;
        if (top && candidate.piece.source.startOffset === top.piece.source.startOffset) break;
        stack.push(candidate);
        next++;
      }
      const reading = stack[stack.length - 1];
      const rest = () => excerpt(chars, c);
      if (!reading) return [`L${line.line}: "${rest()}" stands outside every provision and note`];
      const { piece } = reading;
      if (line.line > piece.source.endLine) {
        return [`L${line.line}: "${rest()}" is read as ${piece.name}, whose span ends at L${piece.source.endLine}`];
      }
      // a line-end hyphen the join dropped (`қаты-` / `суына` → `қатысуына`)
      if (softHyphen && c === chars.length - 1 && chars[c] === '-' && reading.chars[reading.at] !== '-') continue;
      if (reading.chars[reading.at] !== chars[c]) {
        return [
          `L${line.line}: ${piece.name} (L${piece.source.startLine}–L${piece.source.endLine}) goes on "${excerpt(reading.chars, reading.at)}" where the text has "${rest()}"`,
        ];
      }
      reading.at++;
    }
  }
  const unread = [...stack, ...waiting.slice(next)].find((r) => !done(r));
  return unread
    ? [
        `${unread.piece.name} (L${unread.piece.source.startLine}–L${unread.piece.source.endLine}): "${excerpt(unread.chars, unread.at)}" is not in the text at its place`,
      ]
    : [];
}

/** The input lines the segmenter was given, its table of contents aside (the body and header are conserved, the TOC is read only for comparison). */
export function outsideToc(lines: readonly SourceLine[], result: SegmentResult): SourceLine[] {
  const toc = result.toc?.source;
  return lines.filter((l) => toc === undefined || l.line < toc.startLine || l.line > toc.endLine);
}
