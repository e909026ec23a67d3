/** A code's drafts frozen into the model: provisions spanning from their label line to their last own line, and citation sites. */
import { type Provision, provisionId } from '../../../model/index.ts';
import { joinLines, type JoinedText, type SourceLine } from '../../normalize.ts';
import type { CitationSite } from '../../stages.ts';
import type { DraftNode } from '../draft.ts';
import type { SegmentContext } from './context.ts';

/** A draft's text lines joined, or null when it has none: its provision's text and its citation site are this one join. */
export function joinedText(d: DraftNode, ctx: SegmentContext): JoinedText | null {
  return d.textLines.length ? joinLines(d.textLines, ctx.file, ctx.lexicon, ctx.hyphenPolicy) : null;
}

/** `ordinal` is the node's place among its siblings (top-level nodes are siblings of each other); `text` is joinedText(d). */
export function toProvision(d: DraftNode, ctx: SegmentContext, ordinal: number, text: JoinedText | null): Provision {
  const join = (lines: SourceLine[]) => (lines.length ? joinLines(lines, ctx.file, ctx.lexicon, ctx.hyphenPolicy).text : '');
  // The code's builder opens every draft at a line (body.ts create).
  const first = d.firstLine as SourceLine;
  const last = d.lastLine as SourceLine;
  return {
    id: provisionId(ctx.documentId, d.eId),
    eId: d.eId,
    documentId: ctx.documentId,
    parentId: d.parent ? provisionId(ctx.documentId, d.parent.eId) : null,
    ordinal,
    type: d.type,
    num: d.num,
    heading: d.headingLines.length ? join(d.headingLines) : null,
    text: text?.text ?? '',
    status: d.status,
    source: {
      file: ctx.file,
      startLine: first.line,
      endLine: last.line,
      startOffset: first.startOffset,
      endOffset: last.endOffset,
    },
  };
}

/** `text` is joinedText(d). */
export function citationSite(d: DraftNode, ctx: SegmentContext, text: JoinedText | null): CitationSite | null {
  if (!text) return null;
  return {
    documentId: ctx.documentId,
    documentActId: ctx.documentActId,
    provisionId: provisionId(ctx.documentId, d.eId),
    type: d.type,
    place: d.place,
    text,
  };
}
