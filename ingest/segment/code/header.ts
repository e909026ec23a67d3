/**
 * The header area before the table of contents: the title block becomes the `preface`
 * provision; the blocks that are notes (a dated amendment, or a "see" note ending in
 * `қараңыз`, "see") become HeaderNotes for the amendments stage. A publisher's caption
 * printed above a dated note (L11 `Осы Кодекске өзгерістер енгізу туралы:`, "on amendments
 * to this Code:") is an editorial note, so that every HeaderNote starts as notes do.
 */
import { type EditorialNote, type Provision, provisionId } from '../../../model/index.ts';
import { joinLines, spanOf, type SourceLine } from '../../normalize.ts';
import type { HeaderNote } from '../../stages.ts';
import type { SegmentContext } from './context.ts';
import { NOTE_START } from './classify.ts';
import { editorialNote } from './notes.ts';

/** `қараңыз` = "see": an editorial reference to another act. */
const SEE_NOTE_END = /қараңыз\)?\s*$/u;

/**
 * Blocks are runs of lines whose raw line numbers differ by at most 2: in this typesetting
 * every wrapped line is followed by one blank line, so a wider gap separates blocks.
 */
function blocks(lines: readonly SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  for (const line of lines) {
    const current = out[out.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && line.line - last.line <= 2) current.push(line);
    else out.push([line]);
  }
  return out;
}

export interface Header {
  preface: Provision | null;
  headerNotes: HeaderNote[];
  editorialNotes: EditorialNote[];
}

export function segmentHeader(lines: readonly SourceLine[], ctx: SegmentContext): Header {
  const title: SourceLine[] = [];
  const headerNotes: HeaderNote[] = [];
  const editorialNotes: EditorialNote[] = [];
  for (const block of blocks(lines)) {
    const dated = block.findIndex((l) => NOTE_START.test(l.text));
    if (dated === -1 && !SEE_NOTE_END.test(block[block.length - 1]?.text ?? '')) {
      title.push(...block);
      continue;
    }
    if (dated > 0) editorialNotes.push(editorialNote(ctx, 'other', block.slice(0, dated), null));
    headerNotes.push({
      documentId: ctx.documentId,
      documentActId: ctx.documentActId,
      note: joinLines(block.slice(Math.max(0, dated)), ctx.file, ctx.lexicon, ctx.hyphenPolicy),
    });
  }
  if (title.length === 0) return { preface: null, headerNotes, editorialNotes };
  const eId = 'preface';
  return {
    preface: {
      id: provisionId(ctx.documentId, eId),
      eId,
      documentId: ctx.documentId,
      parentId: null,
      ordinal: 0,
      type: 'preface',
      num: null,
      heading: null,
      text: joinLines(title, ctx.file, ctx.lexicon, ctx.hyphenPolicy).text,
      status: 'inForce',
      source: spanOf(title, ctx.file),
    },
    headerNotes,
    editorialNotes,
  };
}
