/**
 * Notes the amendments stage could not read into any event (a damaged or unknown wording: it
 * reports each as a diagnostic) would otherwise leave the document with their text: they are kept
 * as editorial notes of kind `other`, so no character of the source is lost from the store.
 */
import { type EditorialNote, type SourceSpan, provisionId, noteId } from '../model/index.ts';
import type { JoinedText } from './normalize.ts';
import type { PlacedUnit } from './stages.ts';

/** An amendment note or a header note, as the segmenter found it. */
interface FoundNote {
  note: JoinedText;
  /** The unit the note stands before or in place of, when known */
  next?: PlacedUnit | null;
  replaces?: PlacedUnit | null;
  /** The unit the note follows (the database export prints notes after their unit) */
  previous?: PlacedUnit | null;
}

export function unreadNotes(documentId: string, notes: readonly FoundNote[], events: readonly { source: SourceSpan }[]): EditorialNote[] {
  const within = (event: SourceSpan, note: SourceSpan) => event.startLine >= note.startLine && event.endLine <= note.endLine;
  return notes
    .filter(({ note }) => !events.some((e) => within(e.source, note.source)))
    .map(({ note, next, replaces, previous }) => {
      const at = replaces ?? previous ?? next ?? null;
      return {
        id: noteId(documentId, note.source.startLine),
        documentId,
        provisionId: at ? provisionId(documentId, at.eId) : null,
        kind: 'other',
        text: note.text,
        source: note.source,
      };
    });
}
