/**
 * A provision while the segmenter is still building it: mutable, linked to its parent,
 * holding the lines of its heading and own text. `toProvision` freezes it into the model.
 */
import { type Provision, type ProvisionStatus, type ProvisionType, provisionId } from '../../model/index.ts';
import { joinLines, type JoinedText, type SourceLine } from '../normalize.ts';
import type { CitationSite, Place, PlacedUnit } from '../stages.ts';
import type { SegmentContext } from './context.ts';

export interface Draft {
  type: ProvisionType;
  num: string | null;
  eId: string;
  parent: Draft | null;
  children: Draft[];
  headingLines: SourceLine[];
  textLines: SourceLine[];
  /** The label line, where the node's source span starts */
  firstLine: SourceLine;
  /** The node's last own line (heading or text), where its span ends */
  lastLine: SourceLine;
  status: ProvisionStatus;
}

export function placedUnit(d: Draft): PlacedUnit {
  return { type: d.type, num: d.num, eId: d.eId };
}

/** The numbers of the units enclosing a node, the node included. */
export function placeOf(d: Draft | null): Place {
  const place: Place = { section: null, chapter: null, article: null, part: null, subparagraph: null };
  for (let n = d; n; n = n.parent) {
    if (n.num === null) continue;
    if (n.type === 'section') place.section ??= n.num;
    else if (n.type === 'chapter') place.chapter ??= n.num;
    else if (n.type === 'article') place.article ??= n.num;
    else if (n.type === 'part') place.part ??= n.num;
    else if (n.type === 'subparagraph') place.subparagraph ??= n.num;
  }
  return place;
}

export function lastText(d: Draft): string {
  return d.textLines[d.textLines.length - 1]?.text ?? '';
}

/** Children of a given type, for numbering and sequence checks. */
export function childrenOfType(d: Draft, type: ProvisionType): Draft[] {
  return d.children.filter((c) => c.type === type);
}

/** A draft's text lines joined, or null when it has none: its provision's text and its citation site are this one join. */
export function joinedText(d: Draft, ctx: SegmentContext): JoinedText | null {
  return d.textLines.length ? joinLines(d.textLines, ctx.file, ctx.lexicon, ctx.hyphenPolicy) : null;
}

/** `ordinal` is the node's place among its siblings (top-level nodes are siblings of each other); `text` is joinedText(d). */
export function toProvision(d: Draft, ctx: SegmentContext, ordinal: number, text: JoinedText | null): Provision {
  const join = (lines: SourceLine[]) => (lines.length ? joinLines(lines, ctx.file, ctx.lexicon, ctx.hyphenPolicy).text : '');
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
      startLine: d.firstLine.line,
      endLine: d.lastLine.line,
      startOffset: d.firstLine.startOffset,
      endOffset: d.lastLine.endOffset,
    },
  };
}

/** `text` is joinedText(d). */
export function citationSite(d: Draft, ctx: SegmentContext, text: JoinedText | null): CitationSite | null {
  if (!text) return null;
  return {
    documentId: ctx.documentId,
    documentActId: ctx.documentActId,
    provisionId: provisionId(ctx.documentId, d.eId),
    type: d.type,
    place: placeOf(d),
    text,
  };
}
