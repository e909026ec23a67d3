/**
 * Amendment notes and editorial notes as the segmenter meets them. An amendment note is
 * printed before the unit it concerns, so it waits here until that unit (`next`) is placed.
 */
import { type EditorialNote, type EditorialNoteKind, noteId } from '../../../model/index.ts';
import { joinLines, spanOf, type SourceLine } from '../../normalize.ts';
import type { AmendmentNote, Place, PlacedUnit } from '../../stages.ts';
import type { SegmentContext } from './context.ts';

interface NoteDraft {
  lines: SourceLine[];
  replaces: PlacedUnit | null;
  /** Known at once for a note standing in place of a unit; otherwise the place of `next` */
  place: Place | null;
}

export class NoteCollector {
  readonly notes: AmendmentNote[] = [];
  private open: NoteDraft | null = null;
  private waiting: NoteDraft[] = [];

  constructor(private readonly ctx: SegmentContext) {}

  /** A note begins; `lines[0]` is already stripped of any provision label. */
  start(first: SourceLine, replaces: PlacedUnit | null, place: Place | null): void {
    this.close();
    this.open = { lines: [first], replaces, place };
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  extend(line: SourceLine): void {
    this.open?.lines.push(line);
  }

  close(): void {
    if (this.open) this.waiting.push(this.open);
    this.open = null;
  }

  /** The unit printed after the waiting notes is placed: they stand at its place. */
  settle(next: PlacedUnit | null, place: Place): void {
    this.close();
    for (const draft of this.waiting) {
      this.notes.push({
        documentId: this.ctx.documentId,
        documentActId: this.ctx.documentActId,
        note: joinLines(draft.lines, this.ctx.file, this.ctx.lexicon, this.ctx.hyphenPolicy),
        place: draft.place ?? place,
        next,
        replaces: draft.replaces,
      });
    }
    this.waiting = [];
  }
}

/** An editorial note (a URL run, a "see" note) kept out of the provision it interrupts. */
export function editorialNote(
  ctx: SegmentContext,
  kind: EditorialNoteKind,
  lines: readonly SourceLine[],
  provisionId: string | null,
): EditorialNote {
  const source = spanOf(lines, ctx.file);
  return {
    id: noteId(ctx.documentId, source.startLine),
    documentId: ctx.documentId,
    provisionId,
    kind,
    text: kind === 'link' ? lines.map((l) => l.text).join('\n') : joinLines(lines, ctx.file, ctx.lexicon, ctx.hyphenPolicy).text,
    source,
  };
}
