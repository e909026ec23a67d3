/**
 * The read half of the embedded store, as a function of where the index comes from: the live
 * store reads its latest version on every call, a snapshot reads one version it pinned. The
 * same methods serve both, so a snapshot answers exactly as the store did at that moment.
 */
import {
  allAmendments,
  amendmentOf,
  amendmentOrder,
  amendmentsOfAct,
  amendmentsOfSubtree,
  citationOf,
  citationsFromSubtree,
  citationsOfAct,
  citationsToSubtree,
  mentionsOfAct,
  orderedAmendments,
  provisionOf,
  segmentOf,
  type GraphIndex,
} from './indexes.ts';
import { citationGraph, citationPath } from './traversal.ts';
import { ownerDocumentId, type Amendment, type Provision, type ProvisionType } from '../../model/index.ts';
import { selfAndAncestorIds } from './segment.ts';
import {
  checkLimit,
  sortTally,
  GraphStoreInputError,
  MAX_PAGE_SIZE,
  MAX_TRAVERSAL_DEPTH,
  type AmendmentCount,
  type AmendmentFilter,
  type AmendmentTally,
  type CitationCount,
  type DateRange,
  type GraphReader,
  type Page,
} from '../port.ts';

const BACKEND = 'embedded';

/** Reads answered from `index()`, called once per read (it throws when the store is closed). */
export function createReader(index: () => GraphIndex): GraphReader {
  /** Per key, what `get` finds under it in the version this call reads. */
  const each =
    <V>(get: (index: GraphIndex, key: string) => V) =>
    async (keys: readonly string[]): Promise<V[]> => {
      const version = index();
      return keys.map((key) => get(version, key));
    };
  const documentSegment = (version: GraphIndex, documentId: string) => version.segments.get(documentId);

  return {
    backend: BACKEND,

    async listDocuments() {
      const version = index();
      return version.documentIds.flatMap((id) => documentSegment(version, id)?.ingested.document ?? []);
    },
    getDocuments: each((v, id) => documentSegment(v, id)?.ingested.document ?? null),
    getProvisions: each((v, id) => provisionOf(v, id) ?? null),
    async provisionsOfDocuments(documentIds, type) {
      const lists = await each((v, id) => documentSegment(v, id)?.ingested.provisions ?? [])(documentIds);
      return type ? lists.map((l) => l.filter((p) => p.type === type)) : lists;
    },
    rootsOfDocuments: each((v, id) => documentSegment(v, id)?.roots ?? []),
    childrenOf: each((v, id) => segmentOf(v, id)?.children.get(id) ?? []),
    ancestorsOf: each((v, id) => {
      const chain: Provision[] = [];
      for (let p = provisionOf(v, id); p?.parentId;) {
        p = provisionOf(v, p.parentId);
        if (p) chain.unshift(p);
      }
      return chain;
    }),

    async listActs() {
      const version = index();
      return version.actIds.flatMap((id) => version.acts.get(id) ?? []);
    },
    getActs: each((v, id) => v.acts.get(id) ?? null),
    findActsByNumber: each((v, number) => v.actsByNumber.get(number) ?? []),

    getAmendments: each((v, id) => amendmentOf(v, id) ?? null),
    amendmentsOfProvisions: each(amendmentsOfSubtree),
    amendmentsOfActs: each(amendmentsOfAct),
    async findAmendments(filter, page): Promise<Page<Amendment>> {
      checkLimit(BACKEND, 'first', page.first, MAX_PAGE_SIZE);
      const version = index();
      const order = amendmentOrder(version, page.newestFirst);
      const matching = candidates(version, filter).filter((a) => matches(version, a, filter));
      // The candidate lists are kept oldest first.
      if (page.newestFirst) matching.sort(order);
      let start = 0;
      if (page.after) {
        const cursor = amendmentOf(version, page.after);
        if (!cursor) throw new GraphStoreInputError(BACKEND, 'after', `unknown amendment cursor ${page.after}`);
        start = matching.findIndex((a) => order(a, cursor) > 0);
        if (start < 0) start = matching.length;
      }
      const items = matching.slice(start, start + page.first);
      return { items, totalCount: matching.length, hasNextPage: start + page.first < matching.length };
    },
    async tallyAmendments(filter): Promise<AmendmentTally> {
      const version = index();
      return tally(candidates(version, filter).filter((a) => matches(version, a, filter)));
    },
    async mostAmended(filter, first): Promise<AmendmentCount[]> {
      checkLimit(BACKEND, 'first', first, MAX_PAGE_SIZE);
      const version = index();
      const counts = new Map<string, number>();
      for (const a of candidates(version, filter)) {
        if (!matches(version, a, filter)) continue;
        const segment = segmentOf(version, a.documentId);
        for (const id of segment ? selfAndAncestorIds(a.targetId, segment.provisions) : []) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return ranked(version, filter, (p) => counts.get(p.id) ?? 0, first);
    },

    getCitations: each((v, id) => citationOf(v, id) ?? null),
    citationsFrom: each(citationsFromSubtree),
    citationsTo: each(citationsToSubtree),
    citationsOfActs: each(citationsOfAct),
    citationsOfDocuments: each((v, id) => documentSegment(v, id)?.citationsSorted ?? []),
    async mostCited(filter, first): Promise<CitationCount[]> {
      checkLimit(BACKEND, 'first', first, MAX_PAGE_SIZE);
      const version = index();
      return ranked(version, filter, (p) => citationsToSubtree(version, p.id).length, first);
    },
    mentionsOfActs: each(mentionsOfAct),
    mentionsOfDocuments: each((v, id) => documentSegment(v, id)?.mentionsSorted ?? []),
    relationsOfDocuments: each((v, id) => documentSegment(v, id)?.ingested.relations ?? []),
    editorialNotesOfDocuments: each((v, id) => documentSegment(v, id)?.ingested.editorialNotes ?? []),
    diagnosticsOfDocuments: each((v, id) => documentSegment(v, id)?.ingested.diagnostics ?? []),
    // A store file written before terms were ingested has none: its documents define no terms until ingested again.
    termsOfDocuments: each((v, id) => documentSegment(v, id)?.ingested.terms ?? []),
    termsDefinedBy: each((v, id) => (documentSegment(v, ownerDocumentId(id))?.ingested.terms ?? []).filter((t) => t.definitionId === id)),

    async getExpressions(documentId) {
      return documentSegment(index(), documentId)?.expressions ?? [];
    },
    actsOfDocuments: each((v, id) => [...(documentSegment(v, id)?.acts.values() ?? [])]),
    getWordings: each((v, id) => segmentOf(v, id)?.wordings.get(id) ?? []),
    wordingsOfDocuments: each((v, id) => documentSegment(v, id)?.wordingsSorted ?? []),

    async citationGraph(fromId, direction, depth) {
      checkLimit(BACKEND, 'depth', depth, MAX_TRAVERSAL_DEPTH);
      return citationGraph(index(), fromId, direction, depth);
    },
    async citationPath(fromId, toId, maxDepth) {
      checkLimit(BACKEND, 'maxDepth', maxDepth, MAX_TRAVERSAL_DEPTH);
      return citationPath(index(), fromId, toId, maxDepth);
    },

    async counts() {
      const version = index();
      const total = {
        documents: 0,
        provisions: 0,
        amendments: 0,
        citations: 0,
        acts: version.acts.size,
        mentions: 0,
        relations: 0,
        editorialNotes: 0,
      };
      for (const segment of version.segments.values()) {
        const doc = segment.ingested;
        total.documents++;
        total.provisions += segment.provisions.size;
        total.amendments += segment.amendments.size;
        total.citations += segment.citations.size;
        total.mentions += doc.mentions.length;
        total.relations += doc.relations.length;
        total.editorialNotes += doc.editorialNotes.length;
      }
      return total;
    },
  };
}

/** The smallest precomputed list that contains every match, already oldest first. */
function tally(amendments: readonly Amendment[]): AmendmentTally {
  const years = new Map<string | null, number>();
  const acts = new Map<string, number>();
  for (const a of amendments) {
    const year = a.effectiveFrom?.slice(0, 4) ?? null;
    years.set(year, (years.get(year) ?? 0) + 1);
    acts.set(a.actId, (acts.get(a.actId) ?? 0) + 1);
  }
  return sortTally(amendments.length, years, acts);
}

function candidates(index: GraphIndex, filter: AmendmentFilter): Amendment[] {
  if (filter.targetId) return amendmentsOfSubtree(index, filter.targetId);
  if (filter.actId) return amendmentsOfAct(index, filter.actId);
  if (filter.documentId) return orderedAmendments(index, filter.documentId).sorted;
  return allAmendments(index);
}

function matches(index: GraphIndex, a: Amendment, filter: AmendmentFilter): boolean {
  const actDate = index.acts.get(a.actId)?.date ?? null;
  return (
    (!filter.documentId || a.documentId === filter.documentId) &&
    (!filter.actId || a.actId === filter.actId) &&
    (!filter.action || a.action === filter.action) &&
    effectiveDateMatches(a.effectiveFrom, actDate, filter) &&
    inRange(actDate, filter.actDate)
  );
}

/** The effectiveFrom range, an amendment without an effective date treated as `filter.undated` says. */
function effectiveDateMatches(effectiveFrom: string | null, actDate: string | null, filter: AmendmentFilter): boolean {
  if (effectiveFrom === null && filter.undated === 'include') return true;
  return inRange(effectiveFrom ?? (filter.undated === 'actDate' ? actDate : null), filter.effectiveFrom);
}

/**
 * Provisions of the filter's document (or of every document) and type, with `count` of each, most first;
 * ties keep document order (Array.prototype.sort is stable). Provisions counted 0 are left out.
 */
function ranked(
  index: GraphIndex,
  filter: { documentId?: string | null; type?: ProvisionType | null },
  count: (p: Provision) => number,
  first: number,
): Array<{ provision: Provision; count: number }> {
  const counted: Array<{ provision: Provision; count: number }> = [];
  for (const documentId of filter.documentId ? [filter.documentId] : index.documentIds) {
    for (const provision of segmentOf(index, documentId)?.ingested.provisions ?? []) {
      if (filter.type && provision.type !== filter.type) continue;
      const n = count(provision);
      if (n > 0) counted.push({ provision, count: n });
    }
  }
  return counted.sort((a, b) => b.count - a.count).slice(0, first);
}

/** Inclusive; a null value never lies in a range that has a bound. */
function inRange(value: string | null, range: DateRange | null | undefined): boolean {
  if (!range || (!range.from && !range.to)) return true;
  if (value === null) return false;
  return (!range.from || value >= range.from) && (!range.to || value <= range.to);
}
