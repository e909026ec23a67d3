/**
 * The embedded graph store: the default backend, in-process, persisted as JSON files.
 * Reads go to an immutable index (embedded-indexes.ts); writes go to disk first
 * (embedded-persistence.ts) and then swap in a rebuilt index, one write at a time.
 */
import { buildIndex, compareStrings, type GraphIndex } from './embedded-indexes.ts';
import {
  commitCatalogue,
  loadStore,
  removeDocumentFile,
  writeDocumentFile,
  type Catalogue,
} from './embedded-persistence.ts';
import { citationGraph, citationPath } from './embedded-traversal.ts';
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
  ProvisionType,
} from './model.ts';
import {
  contentHash,
  documentProblems,
  GraphStoreError,
  GraphStoreInputError,
  MAX_PAGE_SIZE,
  MAX_TRAVERSAL_DEPTH,
  type AmendmentCount,
  type AmendmentFilter,
  type CitationDirection,
  type CitationSubgraph,
  type DateRange,
  type GraphStore,
  type Page,
  type PageRequest,
  type StoreCounts,
  type WriteResult,
} from './port.ts';

const BACKEND = 'embedded';

export interface EmbeddedGraphStoreOptions {
  /** Directory holding the store; created if absent */
  dataDir: string;
}

export interface EmbeddedGraphStore extends GraphStore {
  readonly dataDir: string;
  /** How many documents `open` read from disk: proof that a restart loaded rather than re-parsed */
  readonly loadedDocuments: number;
}

/** Open (or create) the store in `dataDir`, loading every stored document. */
export async function openEmbeddedGraphStore(options: EmbeddedGraphStoreOptions): Promise<EmbeddedGraphStore> {
  const { dataDir } = options;
  const loaded = await loadStore(dataDir);
  let catalogue: Catalogue = loaded.catalogue;
  let docs = new Map(loaded.documents.map((d) => [d.document.id, d]));
  let liveIndex: GraphIndex = buildIndex([...docs.values()]);
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  /** Writes run one at a time, in call order; a failed write does not block the next. */
  function serialize<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  }

  function ensureOpen(): void {
    if (closed) throw new GraphStoreError(BACKEND, `store in ${dataDir} is closed`);
  }

  /** The index to read, once the store is known to be open. */
  function current(): GraphIndex {
    ensureOpen();
    return liveIndex;
  }

  /**
   * Make `nextDocs` the store's state. The index is built first (a document it cannot index
   * changes nothing); the catalogue's rename is the commit point; the replaced file goes last.
   */
  async function commit(nextDocs: Map<string, IngestedDocument>, next: Catalogue, oldPath: string | null): Promise<void> {
    const nextIndex = buildIndex([...nextDocs.values()]);
    await commitCatalogue(dataDir, next);
    docs = nextDocs;
    catalogue = next;
    liveIndex = nextIndex;
    // The write has succeeded; a file that cannot be deleted now is an orphan that `loadStore` sweeps.
    if (oldPath) await removeDocumentFile(dataDir, oldPath).catch(() => undefined);
  }

  const many = <K, V>(map: Map<K, V[]>, keys: readonly K[]): V[][] => keys.map((k) => map.get(k) ?? []);
  const byId = <V>(map: Map<string, V>, ids: readonly string[]): (V | null)[] => ids.map((id) => map.get(id) ?? null);

  return {
    backend: BACKEND,
    dataDir,
    loadedDocuments: loaded.documents.length,

    writeDocument(doc: IngestedDocument): Promise<WriteResult> {
      return serialize(async () => {
        ensureOpen();
        const problems = documentProblems(doc);
        if (problems.length > 0) throw new GraphStoreInputError(BACKEND, 'doc', `cannot write ${doc.document.id}:\n${problems.join('\n')}`);
        const documentId = doc.document.id;
        const hash = contentHash(doc);
        const previous = catalogue.documents.find((e) => e.documentId === documentId) ?? null;
        if (previous?.contentHash === hash) return { documentId, status: 'unchanged' as const };
        const entry = await writeDocumentFile(dataDir, doc, hash);
        const others = catalogue.documents.filter((e) => e.documentId !== documentId);
        const next = { ...catalogue, documents: [...others, entry].sort((a, b) => compareStrings(a.documentId, b.documentId)) };
        await commit(new Map(docs).set(documentId, doc), next, previous?.path ?? null);
        return { documentId, status: previous ? ('replaced' as const) : ('created' as const) };
      });
    },

    removeDocument(documentId: string): Promise<boolean> {
      return serialize(async () => {
        ensureOpen();
        const previous = catalogue.documents.find((e) => e.documentId === documentId);
        if (!previous) return false;
        const nextDocs = new Map(docs);
        nextDocs.delete(documentId);
        await commit(nextDocs, { ...catalogue, documents: catalogue.documents.filter((e) => e !== previous) }, previous.path);
        return true;
      });
    },

    async listDocuments(): Promise<Document[]> {
      const index = current();
      return index.documentIds.flatMap((id) => index.documents.get(id) ?? []);
    },
    async getDocuments(ids) {
      return byId(current().documents, ids);
    },
    async getProvisions(ids) {
      return byId(current().provisions, ids);
    },
    async provisionsOfDocuments(documentIds, type?: ProvisionType | null) {
      const lists = many(current().provisionsByDocument, documentIds);
      return type ? lists.map((l) => l.filter((p) => p.type === type)) : lists;
    },
    async rootsOfDocuments(documentIds) {
      return many(current().rootsByDocument, documentIds);
    },
    async childrenOf(provisionIds) {
      return many(current().childrenByProvision, provisionIds);
    },
    async ancestorsOf(provisionIds): Promise<Provision[][]> {
      const index = current();
      return provisionIds.map((id) => {
        const chain: Provision[] = [];
        for (let p = index.provisions.get(id); p?.parentId; ) {
          p = index.provisions.get(p.parentId);
          if (p) chain.unshift(p);
        }
        return chain;
      });
    },

    async listActs(): Promise<Act[]> {
      const index = current();
      return index.actIds.flatMap((id) => index.acts.get(id) ?? []);
    },
    async getActs(ids) {
      return byId(current().acts, ids);
    },
    async findActsByNumber(numbers) {
      return many(current().actsByNumber, numbers);
    },

    async getAmendments(ids) {
      return byId(current().amendments, ids);
    },
    async amendmentsOfProvisions(provisionIds) {
      return many(current().amendmentsBySubtree, provisionIds);
    },
    async amendmentsOfActs(actIds) {
      return many(current().amendmentsByAct, actIds);
    },
    async findAmendments(filter: AmendmentFilter, page: PageRequest): Promise<Page<Amendment>> {
      checkLimit('first', page.first, MAX_PAGE_SIZE);
      const index = current();
      const matching = candidates(index, filter).filter((a) => matches(index, a, filter));
      let start = 0;
      if (page.after) {
        const rank = index.amendmentRank.get(page.after);
        if (rank === undefined) throw new GraphStoreInputError(BACKEND, 'after', `unknown amendment cursor ${page.after}`);
        start = matching.findIndex((a) => (index.amendmentRank.get(a.id) ?? -1) > rank);
        if (start < 0) start = matching.length;
      }
      const items = matching.slice(start, start + page.first);
      return { items, totalCount: matching.length, hasNextPage: start + page.first < matching.length };
    },
    async mostAmended(filter, first): Promise<AmendmentCount[]> {
      checkLimit('first', first, MAX_PAGE_SIZE);
      const index = current();
      const documentIds = filter.documentId ? [filter.documentId] : index.documentIds;
      const counted: AmendmentCount[] = [];
      for (const documentId of documentIds) {
        for (const provision of index.provisionsByDocument.get(documentId) ?? []) {
          if (filter.type && provision.type !== filter.type) continue;
          const count = index.amendmentsBySubtree.get(provision.id)?.length ?? 0;
          if (count > 0) counted.push({ provision, count });
        }
      }
      // Array.prototype.sort is stable, so ties keep document order.
      return counted.sort((a, b) => b.count - a.count).slice(0, first);
    },

    async getCitations(ids) {
      return byId(current().citations, ids);
    },
    async citationsFrom(provisionIds): Promise<Citation[][]> {
      return many(current().citationsFromSubtree, provisionIds);
    },
    async citationsTo(provisionIds): Promise<Citation[][]> {
      return many(current().citationsToSubtree, provisionIds);
    },
    async citationsOfActs(actIds): Promise<Citation[][]> {
      return many(current().citationsByAct, actIds);
    },
    async citationsOfDocuments(documentIds): Promise<Citation[][]> {
      return many(current().citationsByDocument, documentIds);
    },
    async mentionsOfActs(actIds): Promise<ActMention[][]> {
      return many(current().mentionsByAct, actIds);
    },
    async mentionsOfDocuments(documentIds): Promise<ActMention[][]> {
      return many(current().mentionsByDocument, documentIds);
    },
    async relationsOfDocuments(documentIds): Promise<DocumentRelation[][]> {
      return many(current().relationsByDocument, documentIds);
    },
    async editorialNotesOfDocuments(documentIds): Promise<EditorialNote[][]> {
      return many(current().notesByDocument, documentIds);
    },
    async diagnosticsOfDocuments(documentIds): Promise<Diagnostic[][]> {
      return many(current().diagnosticsByDocument, documentIds);
    },

    async citationGraph(fromId: string, direction: CitationDirection, depth: number): Promise<CitationSubgraph | null> {
      checkLimit('depth', depth, MAX_TRAVERSAL_DEPTH);
      return citationGraph(current(), fromId, direction, depth);
    },
    async citationPath(fromId: string, toId: string, maxDepth: number): Promise<Provision[] | null> {
      checkLimit('maxDepth', maxDepth, MAX_TRAVERSAL_DEPTH);
      return citationPath(current(), fromId, toId, maxDepth);
    },

    async counts(): Promise<StoreCounts> {
      const index = current();
      let mentions = 0;
      for (const list of index.mentionsByDocument.values()) mentions += list.length;
      let relations = 0;
      for (const list of index.relationsByDocument.values()) relations += list.length;
      let editorialNotes = 0;
      for (const list of index.notesByDocument.values()) editorialNotes += list.length;
      return {
        documents: index.documents.size,
        provisions: index.provisions.size,
        amendments: index.amendments.size,
        citations: index.citations.size,
        acts: index.acts.size,
        mentions,
        relations,
        editorialNotes,
      };
    },

    async close(): Promise<void> {
      await serialize(async () => {
        closed = true;
      });
    },
  };
}

function checkLimit(argument: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new GraphStoreInputError(BACKEND, argument, `${argument} must be an integer from 1 to ${max}, got ${value}`);
  }
}

/** The smallest precomputed list that contains every match, already oldest first. */
function candidates(index: GraphIndex, filter: AmendmentFilter): Amendment[] {
  if (filter.targetId) return index.amendmentsBySubtree.get(filter.targetId) ?? [];
  if (filter.actId) return index.amendmentsByAct.get(filter.actId) ?? [];
  if (filter.documentId) return index.amendmentsByDocument.get(filter.documentId) ?? [];
  return index.amendmentsSorted;
}

function matches(index: GraphIndex, a: Amendment, filter: AmendmentFilter): boolean {
  return (
    (!filter.documentId || a.documentId === filter.documentId) &&
    (!filter.actId || a.actId === filter.actId) &&
    (!filter.action || a.action === filter.action) &&
    inRange(a.effectiveFrom, filter.effectiveFrom) &&
    inRange(index.acts.get(a.actId)?.date ?? null, filter.actDate)
  );
}

/** Inclusive; a null value never lies in a range that has a bound. */
function inRange(value: string | null, range: DateRange | null | undefined): boolean {
  if (!range || (!range.from && !range.to)) return true;
  if (value === null) return false;
  return (!range.from || value >= range.from) && (!range.to || value <= range.to);
}
