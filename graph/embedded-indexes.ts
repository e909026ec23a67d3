/**
 * The embedded store's read model: immutable indexed maps built from the stored documents.
 *
 * The whole index is rebuilt on every write (writes are rare: one per changed corpus file)
 * and swapped in one assignment, so readers see either the old graph or the new one. In
 * exchange every read is a map lookup: subtree aggregates (amendments, citations made and
 * received) are precomputed per provision, already in the port's order.
 */
import type {
  Act,
  ActMention,
  Amendment,
  Citation,
  Diagnostic,
  Document,
  DocumentRelation,
  EditorialNote,
  IngestedDocument,
  Provision,
} from './model.ts';

export interface GraphIndex {
  documents: Map<string, Document>;
  /** Document ids, sorted */
  documentIds: string[];
  provisions: Map<string, Provision>;
  /** Per document: provisions in document order */
  provisionsByDocument: Map<string, Provision[]>;
  /** Per document: top-level provisions by ordinal */
  rootsByDocument: Map<string, Provision[]>;
  childrenByProvision: Map<string, Provision[]>;
  /** Position of a provision in its document's order */
  order: Map<string, number>;
  acts: Map<string, Act>;
  /** Act ids, sorted */
  actIds: string[];
  actsByNumber: Map<string, Act[]>;
  amendments: Map<string, Amendment>;
  /** Every amendment, oldest first; `amendmentRank` is the position in it */
  amendmentsSorted: Amendment[];
  amendmentRank: Map<string, number>;
  amendmentsBySubtree: Map<string, Amendment[]>;
  amendmentsByAct: Map<string, Amendment[]>;
  amendmentsByDocument: Map<string, Amendment[]>;
  citations: Map<string, Citation>;
  citationsFromSubtree: Map<string, Citation[]>;
  citationsToSubtree: Map<string, Citation[]>;
  citationsByAct: Map<string, Citation[]>;
  citationsByDocument: Map<string, Citation[]>;
  mentionsByAct: Map<string, ActMention[]>;
  mentionsByDocument: Map<string, ActMention[]>;
  relationsByDocument: Map<string, DocumentRelation[]>;
  notesByDocument: Map<string, EditorialNote[]>;
  diagnosticsByDocument: Map<string, Diagnostic[]>;
}

export function emptyIndex(): GraphIndex {
  return buildIndex([]);
}

export function buildIndex(docs: readonly IngestedDocument[]): GraphIndex {
  const sorted = [...docs].sort((a, b) => compareStrings(a.document.id, b.document.id));
  const documents = new Map(sorted.map((d) => [d.document.id, d.document]));
  const provisions = new Map<string, Provision>();
  const provisionsByDocument = new Map<string, Provision[]>();
  const rootsByDocument = new Map<string, Provision[]>();
  const childrenByProvision = new Map<string, Provision[]>();
  const order = new Map<string, number>();

  for (const d of sorted) {
    provisionsByDocument.set(d.document.id, d.provisions);
    const roots: Provision[] = [];
    for (const p of d.provisions) {
      provisions.set(p.id, p);
      if (p.parentId === null) roots.push(p);
      else push(childrenByProvision, p.parentId, p);
    }
    roots.sort(byOrdinal);
    rootsByDocument.set(d.document.id, roots);
    d.provisions.forEach((p, pos) => order.set(p.id, pos));
  }
  for (const list of childrenByProvision.values()) list.sort(byOrdinal);

  const acts = mergeActs(sorted);
  const actIds = [...acts.keys()].sort(compareStrings);
  const actsByNumber = new Map<string, Act[]>();
  for (const id of actIds) {
    const act = acts.get(id);
    if (act?.number) push(actsByNumber, act.number, act);
  }

  const amendments = new Map<string, Amendment>();
  for (const d of sorted) for (const a of d.amendments) amendments.set(a.id, a);
  const amendmentsSorted = [...amendments.values()].sort((x, y) => compareAmendments(x, y, acts));
  const amendmentRank = new Map(amendmentsSorted.map((a, i) => [a.id, i]));
  const amendmentsBySubtree = new Map<string, Amendment[]>();
  const amendmentsByAct = new Map<string, Amendment[]>();
  const amendmentsByDocument = new Map<string, Amendment[]>();
  for (const a of amendmentsSorted) {
    push(amendmentsByAct, a.actId, a);
    push(amendmentsByDocument, a.documentId, a);
    for (const id of selfAndAncestorIds(a.targetId, provisions)) push(amendmentsBySubtree, id, a);
  }

  const citations = new Map<string, Citation>();
  for (const d of sorted) for (const c of d.citations) citations.set(c.id, c);
  const citationsSorted = [...citations.values()].sort((x, y) => compareTextOrder(x, y, order));
  const citationsFromSubtree = new Map<string, Citation[]>();
  const citationsToSubtree = new Map<string, Citation[]>();
  const citationsByAct = new Map<string, Citation[]>();
  const citationsByDocument = new Map<string, Citation[]>();
  for (const c of citationsSorted) {
    push(citationsByDocument, c.documentId, c);
    for (const id of selfAndAncestorIds(c.sourceId, provisions)) push(citationsFromSubtree, id, c);
    for (const id of selfAndAncestorIds(c.targetId, provisions)) push(citationsToSubtree, id, c);
    if (c.targetActId) push(citationsByAct, c.targetActId, c);
  }

  // The pipeline lists a document's mentions by finder pass, not always in text order.
  const mentionsSorted = sorted.flatMap((d) => d.mentions).sort((x, y) => compareTextOrder(x, y, order));
  const mentionsByAct = new Map<string, ActMention[]>();
  const mentionsByDocument = new Map<string, ActMention[]>();
  for (const m of mentionsSorted) {
    push(mentionsByAct, m.actId, m);
    push(mentionsByDocument, m.documentId, m);
  }
  const relationsByDocument = new Map<string, DocumentRelation[]>();
  const notesByDocument = new Map<string, EditorialNote[]>();
  const diagnosticsByDocument = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    relationsByDocument.set(d.document.id, d.relations);
    notesByDocument.set(d.document.id, d.editorialNotes);
    diagnosticsByDocument.set(d.document.id, d.diagnostics);
  }

  return {
    documents,
    documentIds: sorted.map((d) => d.document.id),
    provisions,
    provisionsByDocument,
    rootsByDocument,
    childrenByProvision,
    order,
    acts,
    actIds,
    actsByNumber,
    amendments,
    amendmentsSorted,
    amendmentRank,
    amendmentsBySubtree,
    amendmentsByAct,
    amendmentsByDocument,
    citations,
    citationsFromSubtree,
    citationsToSubtree,
    citationsByAct,
    citationsByDocument,
    mentionsByAct,
    mentionsByDocument,
    relationsByDocument,
    notesByDocument,
    diagnosticsByDocument,
  };
}

/** True when `id` is `rootId` or lies below it (a walk up the tree: trees are a few levels deep). */
export function inSubtree(index: GraphIndex, id: string, rootId: string): boolean {
  return selfAndAncestorIds(id, index.provisions).includes(rootId);
}

/**
 * One act per id across documents: a non-null field wins over null; on conflict the
 * document whose id sorts first wins (documents arrive sorted).
 */
function mergeActs(sortedDocs: readonly IngestedDocument[]): Map<string, Act> {
  const acts = new Map<string, Act>();
  for (const d of sortedDocs) {
    for (const act of d.acts) {
      const seen = acts.get(act.id);
      acts.set(
        act.id,
        seen
          ? {
              id: act.id,
              kind: seen.kind !== 'other' ? seen.kind : act.kind,
              number: seen.number ?? act.number,
              date: seen.date ?? act.date,
              title: seen.title ?? act.title,
              documentId: seen.documentId ?? act.documentId,
            }
          : act,
      );
    }
  }
  return acts;
}

/** Oldest first: act date, then effective date, then id; unknown dates last. */
function compareAmendments(x: Amendment, y: Amendment, acts: Map<string, Act>): number {
  return (
    compareNullableDates(acts.get(x.actId)?.date ?? null, acts.get(y.actId)?.date ?? null) ||
    compareNullableDates(x.effectiveFrom, y.effectiveFrom) ||
    compareStrings(x.id, y.id)
  );
}

/** Text order of citations and mentions: document id, then the source's document order, then the item's number. */
function compareTextOrder(x: Citation | ActMention, y: Citation | ActMention, order: GraphIndex['order']): number {
  return (
    compareStrings(x.documentId, y.documentId) ||
    (order.get(x.sourceId) ?? Infinity) - (order.get(y.sourceId) ?? Infinity) ||
    trailingNumber(x.id) - trailingNumber(y.id) ||
    compareStrings(x.id, y.id)
  );
}

function compareNullableDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}

/** Code-unit comparison: the same order as Neo4j's and the JSON files', unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function trailingNumber(id: string): number {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

function selfAndAncestorIds(id: string | null, provisions: Map<string, Provision>): string[] {
  const ids: string[] = [];
  for (let p = id ? provisions.get(id) : undefined; p; p = parentOf(p, provisions)) ids.push(p.id);
  return ids;
}

function parentOf(p: Provision, provisions: Map<string, Provision>): Provision | undefined {
  return p.parentId === null ? undefined : provisions.get(p.parentId);
}

function byOrdinal(a: Provision, b: Provision): number {
  return a.ordinal - b.ordinal;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
