/**
 * The one draft tree of every segmenter: a provision while a segmenter is still building it,
 * mutable, linked to its parent, collecting the lines of its heading and own text as the parser
 * meets them. Each format's builder turns its drafts into Provisions at the end (code/output.ts,
 * document-tree.ts).
 */
import type { ProvisionStatus, ProvisionType } from '../../model/index.ts';
import type { SourceLine } from '../normalize.ts';
import type { Place, PlacedUnit } from '../stages.ts';

export interface DraftNode {
  type: ProvisionType;
  num: string | null;
  eId: string;
  parent: DraftNode | null;
  children: DraftNode[];
  headingLines: SourceLine[];
  textLines: SourceLine[];
  status: ProvisionStatus;
  /** The numbers of the units enclosing the node, the node included, for relative references */
  place: Place;
  /** Language of the node's text where it differs by node (an article's abstracts); null otherwise */
  language: string | null;
  /**
   * The line that opened the node (its label or heading line) and its last own line: a code's
   * node spans from one to the other. Null where the format spans a node by the lines of its
   * subtree instead (document-tree.ts).
   */
  firstLine: SourceLine | null;
  lastLine: SourceLine | null;
  /** Set when the node was moved under another parent after parsing (a footnote under the paragraph that cites it) */
  movedFrom?: DraftNode | null;
}

/** A new draft with no children and no lines yet, in force. */
export function createDraft(
  fields: Pick<DraftNode, 'type' | 'num' | 'eId' | 'parent' | 'place'> & Partial<Pick<DraftNode, 'language' | 'firstLine'>>,
): DraftNode {
  const firstLine = fields.firstLine ?? null;
  return {
    type: fields.type,
    num: fields.num,
    eId: fields.eId,
    parent: fields.parent,
    children: [],
    headingLines: [],
    textLines: [],
    status: 'inForce',
    place: fields.place,
    language: fields.language ?? null,
    firstLine,
    lastLine: firstLine,
  };
}

/** The place of a node outside any numbered unit. */
export function emptyPlace(): Place {
  return { section: null, chapter: null, article: null, part: null, subparagraph: null };
}

/** The place of a new node: its parent's, with its own number where its type is a unit of places (a textbook topic counts as a chapter). */
export function childPlace(parent: DraftNode | null, type: ProvisionType, num: string | null): Place {
  const place = { ...(parent?.place ?? emptyPlace()) };
  if (num === null) return place;
  if (type === 'section' || type === 'chapter' || type === 'article' || type === 'part' || type === 'subparagraph') place[type] = num;
  else if (type === 'topic') place.chapter = num;
  return place;
}

export function placedUnit(d: DraftNode): PlacedUnit {
  return { type: d.type, num: d.num, eId: d.eId };
}

export function lastText(d: DraftNode): string {
  return d.textLines[d.textLines.length - 1]?.text ?? '';
}

/** Children of a given type, for numbering and sequence checks. */
export function childrenOfType(d: DraftNode, type: ProvisionType): DraftNode[] {
  return d.children.filter((c) => c.type === type);
}
