/**
 * The embedded store's read model: one immutable version of the graph, made of per-document
 * segments (segment.ts) and the few maps that span documents.
 *
 * A write makes a new version with `applyChanges`: it copies the small maps keyed by document
 * or act (hundreds of entries, not the provisions) and rebuilds only the written document's
 * segment, so its cost follows that document, not the store. Readers holding the previous
 * version keep an unchanged graph: nothing reachable from a version is mutated, except the
 * memo tables below, which only ever add values derived from that same version.
 *
 * What depends on several documents is derived on first read and memoized per version:
 * the citations pointing into a document (from every document citing it) and the amendment
 * order (by the merged acts' dates). A new version keeps the memos its write cannot change.
 */
import { buildSegment, compareStrings, push, selfAndAncestorIds, type DocumentSegment } from './segment.ts';
import {
  type Act,
  type ActMention,
  type Amendment,
  type Citation,
  type IngestedDocument,
  type Provision,
  ownerDocumentId,
} from '../../model/index.ts';
import { compareAmendments } from '../port.ts';

/** A document's amendments in the port's order, and per provision those targeting its subtree. */
export interface OrderedAmendments {
  sorted: Amendment[];
  bySubtree: Map<string, Amendment[]>;
}

export interface GraphIndex {
  segments: Map<string, DocumentSegment>;
  /** Document ids, sorted */
  documentIds: string[];
  /** Merged acts (the port's merge rule) */
  acts: Map<string, Act>;
  /** Act ids, sorted */
  actIds: string[];
  actsByNumber: Map<string, Act[]>;
  /** Per act: ids of the documents that list or use it, sorted */
  documentsOfAct: Map<string, string[]>;
  /** Per document id: ids of the documents with citations into it, sorted */
  citers: Map<string, string[]>;
  memo: Memo;
}

interface Memo {
  /** Per document */
  amendments: Map<string, OrderedAmendments>;
  /** Per document: per provision, the citations pointing into its subtree, text order */
  citationsInto: Map<string, Map<string, Citation[]>>;
  /** Per act */
  amendmentsOfAct: Map<string, Amendment[]>;
  allAmendments: Amendment[] | null;
}

/** A document to put in the store (replacing any stored version), or an id to remove. */
export type Change = { document: IngestedDocument } | { remove: string };

export function emptyIndex(): GraphIndex {
  return {
    segments: new Map(),
    documentIds: [],
    acts: new Map(),
    actIds: [],
    actsByNumber: new Map(),
    documentsOfAct: new Map(),
    citers: new Map(),
    memo: { amendments: new Map(), citationsInto: new Map(), amendmentsOfAct: new Map(), allAmendments: null },
  };
}

/** The version after `changes`, applied in order; `index` itself is left as it was. */
export function applyChanges(index: GraphIndex, changes: readonly Change[]): GraphIndex {
  const segments = new Map(index.segments);
  const documentsOfAct = new Map(index.documentsOfAct);
  const citers = new Map(index.citers);
  const touchedActs = new Set<string>();
  const touchedDocuments = new Set<string>();
  const citedDocuments = new Set<string>();

  for (const change of changes) {
    const id = 'remove' in change ? change.remove : change.document.document.id;
    const before = segments.get(id);
    const after = 'remove' in change ? undefined : buildSegment(change.document);
    if (after) segments.set(id, after);
    else segments.delete(id);
    touchedDocuments.add(id);
    for (const actId of new Set([...(before?.actIds ?? []), ...(after?.actIds ?? [])])) {
      touchedActs.add(actId);
      setMembership(documentsOfAct, actId, id, after?.actIds.has(actId) ?? false);
    }
    for (const target of new Set([...(before?.citationsInto.keys() ?? []), ...(after?.citationsInto.keys() ?? [])])) {
      citedDocuments.add(target);
      setMembership(citers, target, id, after?.citationsInto.has(target) ?? false);
    }
  }

  const acts = new Map(index.acts);
  const redated = new Set<string>();
  for (const actId of touchedActs) {
    const merged = mergeAct(actId, documentsOfAct.get(actId) ?? [], segments);
    if ((index.acts.get(actId)?.date ?? null) !== (merged?.date ?? null)) redated.add(actId);
    if (merged) acts.set(actId, merged);
    else acts.delete(actId);
  }
  const actIds = [...acts.keys()].sort(compareStrings);
  const actsByNumber = new Map<string, Act[]>();
  for (const actId of actIds) {
    const act = acts.get(actId);
    if (act?.number) push(actsByNumber, act.number, act);
  }

  // Memos survive unless the changes could alter them.
  const reordered = new Set(touchedDocuments);
  for (const actId of redated) for (const id of documentsOfAct.get(actId) ?? []) reordered.add(id);
  const amendments = new Map(index.memo.amendments);
  for (const id of reordered) amendments.delete(id);
  const citationsInto = new Map(index.memo.citationsInto);
  for (const id of [...touchedDocuments, ...citedDocuments]) citationsInto.delete(id);

  return {
    segments,
    documentIds: [...segments.keys()].sort(compareStrings),
    acts,
    actIds,
    actsByNumber,
    documentsOfAct,
    citers,
    memo: { amendments, citationsInto, amendmentsOfAct: new Map(), allAmendments: null },
  };
}

/** Add or drop `documentId` in the sorted list under `key`, copying the list (older versions keep theirs). */
function setMembership(map: Map<string, string[]>, key: string, documentId: string, member: boolean): void {
  const list = (map.get(key) ?? []).filter((id) => id !== documentId);
  if (member) {
    const at = list.findIndex((id) => compareStrings(id, documentId) > 0);
    list.splice(at < 0 ? list.length : at, 0, documentId);
  }
  if (list.length > 0) map.set(key, list);
  else map.delete(key);
}

/**
 * One act from every document listing it: a non-null field wins over null; on conflict the
 * document whose id sorts first wins (`documentIds` is sorted). Undefined when none lists it.
 */
function mergeAct(actId: string, documentIds: readonly string[], segments: Map<string, DocumentSegment>): Act | undefined {
  let merged: Act | undefined;
  for (const documentId of documentIds) {
    const act = segments.get(documentId)?.acts.get(actId);
    if (!act) continue;
    merged = merged
      ? {
          id: actId,
          kind: merged.kind !== 'other' ? merged.kind : act.kind,
          number: merged.number ?? act.number,
          date: merged.date ?? act.date,
          title: merged.title ?? act.title,
          documentId: merged.documentId ?? act.documentId,
        }
      : act;
  }
  return merged;
}

// — lookups —

export function segmentOf(index: GraphIndex, id: string): DocumentSegment | undefined {
  return index.segments.get(ownerDocumentId(id));
}

export function provisionOf(index: GraphIndex, id: string): Provision | undefined {
  return segmentOf(index, id)?.provisions.get(id);
}

export function amendmentOf(index: GraphIndex, id: string): Amendment | undefined {
  return segmentOf(index, id)?.amendments.get(id);
}

export function citationOf(index: GraphIndex, id: string): Citation | undefined {
  return segmentOf(index, id)?.citations.get(id);
}

/** True when `id` is `rootId` or lies below it (a walk up the tree: trees are a few levels deep). */
export function inSubtree(index: GraphIndex, id: string, rootId: string): boolean {
  const segment = segmentOf(index, id);
  return segment !== undefined && selfAndAncestorIds(id, segment.provisions).includes(rootId);
}

export function citationsFromSubtree(index: GraphIndex, provisionId: string): Citation[] {
  return segmentOf(index, provisionId)?.citationsFromSubtree.get(provisionId) ?? [];
}

/** Citations from any document whose target lies in the provision's subtree, text order. */
export function citationsToSubtree(index: GraphIndex, provisionId: string): Citation[] {
  const documentId = ownerDocumentId(provisionId);
  const segment = index.segments.get(documentId);
  if (!segment?.provisions.has(provisionId)) return [];
  let byProvision = index.memo.citationsInto.get(documentId);
  if (!byProvision) {
    byProvision = new Map();
    // citers are sorted by id and each one's citations are in its text order: the result is in text order
    for (const citer of index.citers.get(documentId) ?? []) {
      for (const c of index.segments.get(citer)?.citationsInto.get(documentId) ?? []) {
        for (const id of selfAndAncestorIds(c.targetId, segment.provisions)) push(byProvision, id, c);
      }
    }
    index.memo.citationsInto.set(documentId, byProvision);
  }
  return byProvision.get(provisionId) ?? [];
}

/** A document's amendments oldest first, and per provision those in its subtree. */
export function orderedAmendments(index: GraphIndex, documentId: string): OrderedAmendments {
  const memo = index.memo.amendments.get(documentId);
  if (memo) return memo;
  const segment = index.segments.get(documentId);
  // unknown ids get no memo entry: a version's memo holds only what its documents derive
  if (!segment) return { sorted: [], bySubtree: new Map() };
  const sorted = [...segment.amendments.values()].sort(amendmentOrder(index));
  const bySubtree = new Map<string, Amendment[]>();
  for (const a of sorted) for (const id of selfAndAncestorIds(a.targetId, segment.provisions)) push(bySubtree, id, a);
  const ordered = { sorted, bySubtree };
  index.memo.amendments.set(documentId, ordered);
  return ordered;
}

export function amendmentsOfSubtree(index: GraphIndex, provisionId: string): Amendment[] {
  return orderedAmendments(index, ownerDocumentId(provisionId)).bySubtree.get(provisionId) ?? [];
}

export function amendmentsOfAct(index: GraphIndex, actId: string): Amendment[] {
  const documentIds = index.documentsOfAct.get(actId);
  if (!documentIds) return [];
  let list = index.memo.amendmentsOfAct.get(actId);
  if (!list) {
    list = documentIds.flatMap((id) => index.segments.get(id)?.amendmentsByAct.get(actId) ?? []);
    list.sort(amendmentOrder(index));
    index.memo.amendmentsOfAct.set(actId, list);
  }
  return list;
}

/** Every amendment of the store, oldest first. */
export function allAmendments(index: GraphIndex): Amendment[] {
  index.memo.allAmendments ??= index.documentIds.flatMap((id) => orderedAmendments(index, id).sorted).sort(amendmentOrder(index));
  return index.memo.allAmendments;
}

/** Per act, from the documents using it (sorted by id), each one's list in its text order: text order overall. */
export function citationsOfAct(index: GraphIndex, actId: string): Citation[] {
  return (index.documentsOfAct.get(actId) ?? []).flatMap((id) => index.segments.get(id)?.citationsByAct.get(actId) ?? []);
}

export function mentionsOfAct(index: GraphIndex, actId: string): ActMention[] {
  return (index.documentsOfAct.get(actId) ?? []).flatMap((id) => index.segments.get(id)?.mentionsByAct.get(actId) ?? []);
}

/** The port's amendment order (compareAmendments), with act dates from the index. */
export function amendmentOrder(index: GraphIndex, newestFirst = false): (x: Amendment, y: Amendment) => number {
  return compareAmendments((a) => index.acts.get(a.actId)?.date ?? null, newestFirst);
}
