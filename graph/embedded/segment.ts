/**
 * One document's part of the embedded store's read model: every lookup that depends on that
 * document alone, built once when the document is written or loaded and never changed after.
 * A write replaces one segment, so its cost follows the written document, not the store.
 *
 * What spans documents (acts, citations into a document from others, amendment order, which
 * depends on the merged acts' dates) is kept in indexes.ts, over these segments.
 */
import {
  type Act,
  type ActMention,
  type Amendment,
  type Citation,
  type Expression,
  type IngestedDocument,
  type Provision,
  type Wording,
  trailingNumber,
  ownerDocumentId,
} from '../../model/index.ts';

export interface DocumentSegment {
  ingested: IngestedDocument;
  provisions: Map<string, Provision>;
  /** Top-level provisions by ordinal */
  roots: Provision[];
  /** Per provision with children: its children by ordinal */
  children: Map<string, Provision[]>;
  amendments: Map<string, Amendment>;
  /** Per amending act: its amendments here, in the document's order (act order needs the merged acts) */
  amendmentsByAct: Map<string, Amendment[]>;
  citations: Map<string, Citation>;
  /** Every citation made here, text order */
  citationsSorted: Citation[];
  /** Per provision: the citations made in its subtree, text order */
  citationsFromSubtree: Map<string, Citation[]>;
  /** Per document a citation here targets (by the target's id): those citations, text order */
  citationsInto: Map<string, Citation[]>;
  citationsByAct: Map<string, Citation[]>;
  /** Plain mentions, text order */
  mentionsSorted: ActMention[];
  mentionsByAct: Map<string, ActMention[]>;
  /** The acts this document lists, by id (one document lists an act once; a repeat keeps the first) */
  acts: Map<string, Act>;
  /** Every act id the document lists or uses (amendments, citations, mentions) */
  actIds: Set<string>;
  /** Expressions, oldest first (the port's order) */
  expressions: Expression[];
  /** Per provision id: its wordings, oldest first */
  wordings: Map<string, Wording[]>;
  /** Every wording, oldest first (the port's order) */
  wordingsSorted: Wording[];
}

/**
 * Ids the segment cannot serve: lookups find a provision, amendment or citation through the
 * document id its id starts with, so an id that names another document would be lost.
 */
export function segmentProblems(doc: IngestedDocument): string[] {
  const { id, file } = doc.document;
  const problems: string[] = [];
  for (const [kind, items] of [
    ['provision', doc.provisions],
    ['amendment', doc.amendments],
    ['citation', doc.citations],
    ['wording', doc.wordings],
  ] as const) {
    for (const item of items) {
      if (ownerDocumentId(item.id) !== id) problems.push(`${file}: ${kind} id ${item.id} does not start with its document id ${id}`);
    }
  }
  return problems;
}

export function buildSegment(doc: IngestedDocument): DocumentSegment {
  const provisions = new Map<string, Provision>();
  /** Position of each provision in document order: the first key of text order */
  const order = new Map<string, number>();
  const roots: Provision[] = [];
  const children = new Map<string, Provision[]>();
  doc.provisions.forEach((p, position) => {
    provisions.set(p.id, p);
    order.set(p.id, position);
    if (p.parentId === null) roots.push(p);
    else push(children, p.parentId, p);
  });
  roots.sort(byOrdinal);
  for (const list of children.values()) list.sort(byOrdinal);

  const amendments = new Map<string, Amendment>();
  const amendmentsByAct = new Map<string, Amendment[]>();
  for (const a of doc.amendments) {
    amendments.set(a.id, a);
    push(amendmentsByAct, a.actId, a);
  }

  const citations = new Map(doc.citations.map((c) => [c.id, c]));
  const citationsSorted = [...citations.values()].sort((x, y) => compareTextOrder(x, y, order));
  const citationsFromSubtree = new Map<string, Citation[]>();
  const citationsInto = new Map<string, Citation[]>();
  const citationsByAct = new Map<string, Citation[]>();
  for (const c of citationsSorted) {
    for (const id of selfAndAncestorIds(c.sourceId, provisions)) push(citationsFromSubtree, id, c);
    if (c.targetId) push(citationsInto, ownerDocumentId(c.targetId), c);
    if (c.targetActId) push(citationsByAct, c.targetActId, c);
  }

  // The pipeline lists a document's mentions by finder pass, not always in text order.
  const mentionsSorted = [...doc.mentions].sort((x, y) => compareTextOrder(x, y, order));
  const mentionsByAct = new Map<string, ActMention[]>();
  for (const m of mentionsSorted) push(mentionsByAct, m.actId, m);

  const acts = new Map<string, Act>();
  for (const act of doc.acts) if (!acts.has(act.id)) acts.set(act.id, act);
  const actIds = new Set([...acts.keys(), ...amendmentsByAct.keys(), ...citationsByAct.keys(), ...mentionsByAct.keys()]);

  const expressions = [...doc.expressions].sort(
    (x, y) => compareStrings(x.versionDate, y.versionDate) || compareStrings(x.language, y.language) || compareStrings(x.id, y.id),
  );
  const wordingsSorted = [...doc.wordings].sort(
    (x, y) => compareStrings(x.validFrom, y.validFrom) || compareStrings(x.language, y.language) || compareStrings(x.id, y.id),
  );
  const wordings = new Map<string, Wording[]>();
  for (const w of wordingsSorted) push(wordings, w.provisionId, w);

  return {
    ingested: doc,
    provisions,
    roots,
    children,
    amendments,
    amendmentsByAct,
    citations,
    citationsSorted,
    citationsFromSubtree,
    citationsInto,
    citationsByAct,
    mentionsSorted,
    mentionsByAct,
    acts,
    actIds,
    expressions,
    wordings,
    wordingsSorted,
  };
}

/** Ids of the provision and of every provision above it, nearest first; empty for an unknown id. */
export function selfAndAncestorIds(id: string | null, provisions: Map<string, Provision>): string[] {
  const ids: string[] = [];
  for (let p = id ? provisions.get(id) : undefined; p; p = p.parentId === null ? undefined : provisions.get(p.parentId)) ids.push(p.id);
  return ids;
}

/** Text order within one document: the source's document order, then the item's number. */
function compareTextOrder(x: Citation | ActMention, y: Citation | ActMention, order: Map<string, number>): number {
  return (
    (order.get(x.sourceId) ?? Infinity) - (order.get(y.sourceId) ?? Infinity) ||
    trailingNumber(x.id) - trailingNumber(y.id) ||
    compareStrings(x.id, y.id)
  );
}

/** Code-unit comparison: the same order as Neo4j's and the JSON files', unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byOrdinal(a: Provision, b: Provision): number {
  return a.ordinal - b.ordinal;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
