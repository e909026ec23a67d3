/**
 * The graph store port: everything the API and the scripts ask of a graph backend.
 *
 * Every adapter (embedded, Neo4j) implements this interface and passes
 * `tests/contract/graph-store.contract.ts`. The interface speaks model/types.ts types only,
 * is async throughout, and is batch-friendly: lookups take many keys and answer in key
 * order, so a per-request DataLoader maps 1:1 onto one call (one Cypher round trip).
 *
 * Shared semantics (the contract suite checks each one):
 * - "subtree" means the provision itself and every provision below it (by parentId).
 * - Amendment order ("oldest first"): act date, then effectiveFrom, then document order (document
 *   id, then the note's offset in the raw file), then id; nulls last.
 * - Citation order ("text order"): document id, then the source provision's position in its
 *   document's `provisions` array, then the citation's number (`…/!citation_2` before `…/!citation_10`).
 *   Mentions follow the same text order, by their number (`…/!mention_n`).
 * - Diagnostics are kept per document, in the order the ingest reported them, and replaced with it.
 * - Expressions and wordings are written, replaced and removed with their document. Expression order
 *   ("oldest first"): version date, then language, then id; wording order: validFrom, then language, then id.
 * - Acts are shared across documents: an act is present while some stored document lists it,
 *   and its fields are merged (a non-null value wins over null; on conflict the document
 *   whose id sorts first wins). Removing or replacing a document drops what only it named.
 */
import { createHash } from 'node:crypto';
import { ownerDocumentId } from '../model/index.ts';
import type {
  Act,
  ActMention,
  Amendment,
  AmendmentAction,
  Citation,
  Diagnostic,
  Document,
  DocumentRelation,
  EditorialNote,
  Expression,
  IngestedDocument,
  Provision,
  ProvisionType,
  Term,
  Wording,
} from '../model/index.ts';

/** What `writeDocument` did. */
export type WriteStatus = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  documentId: string;
  status: WriteStatus;
}

/** An inclusive range of ISO dates; either end may be open. Partial dates compare as strings. */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

/**
 * What an effectiveFrom range does with an amendment whose note states no effective date:
 * `exclude` it (the default), `include` it whatever the range, or compare its amending act's date
 * (`actDate`) instead.
 */
export type UndatedAmendments = 'exclude' | 'include' | 'actDate';

/** Which amendments to list. All given conditions must hold. */
export interface AmendmentFilter {
  /** Amended document */
  documentId?: string | null;
  /** Amending act */
  actId?: string | null;
  action?: AmendmentAction | null;
  /** Amendments whose target lies in this provision's subtree */
  targetId?: string | null;
  /** effectiveFrom within the range (amendments without an effective date as `undated` says) */
  effectiveFrom?: DateRange | null;
  /** How `effectiveFrom` treats an amendment without an effective date (default `exclude`) */
  undated?: UndatedAmendments | null;
  /** Date of the amending act within the range */
  actDate?: DateRange | null;
}

/** Which provisions `mostAmended` ranks: those of a type, by the amendments matching the filter in their subtree. */
export interface MostAmendedFilter extends AmendmentFilter {
  type?: ProvisionType | null;
}

/** Which provisions `mostCited` ranks: a document's (or every document's) provisions of a type. */
export interface MostCitedFilter {
  documentId?: string | null;
  type?: ProvisionType | null;
}

/** Keyset page request: `after` is the id of the last item of the previous page. */
export interface PageRequest {
  /** 1..100; adapters reject larger values */
  first: number;
  after?: string | null;
  /** Dates descending (unknown dates still last, ties in document order) instead of oldest first */
  newestFirst?: boolean;
}

export interface Page<T> {
  items: T[];
  /** Number of items matching the filter, across all pages */
  totalCount: number;
  hasNextPage: boolean;
}

export type CitationDirection = 'out' | 'in' | 'both';

/**
 * One edge of a traversal: a citation seen between two nodes of the subgraph. Because a
 * node stands for its subtree, `fromId` is the node whose subtree holds the citation's
 * source and `toId` the node whose subtree holds its target (both are in `nodes`).
 */
export interface CitationEdge {
  fromId: string;
  toId: string;
  citation: Citation;
}

/**
 * A bounded neighbourhood of the citation graph. Nodes are corpus provisions; edges are
 * citations whose target is a corpus provision (citations to external acts are no edges).
 * A node's outgoing edges are the citations made in its subtree, incoming ones those that
 * point into its subtree (the semantics of `citations` / `citedBy`).
 */
export interface CitationSubgraph {
  /** Start node first, then in breadth-first discovery order; no duplicates */
  nodes: Provision[];
  /** Each (citation, fromId, toId) once, in discovery order */
  edges: CitationEdge[];
}

export interface AmendmentCount {
  provision: Provision;
  /** Amendment events in the provision's subtree */
  count: number;
}

export interface CitationCount {
  provision: Provision;
  /** Citations (from any document) whose target lies in the provision's subtree */
  count: number;
}

/** How many amendments match a filter, counted two ways (what an explorer charts without reading them all). */
export interface AmendmentTally {
  /** Amendments matching the filter */
  total: number;
  /** By year of the effective date (`2025`), years ascending; amendments without an effective date last, under null */
  byYear: { year: string | null; count: number }[];
  /** By amending act, most amendments first, ties by act id */
  byAct: { actId: string; count: number }[];
}

/** A tally in the port's order from counts by year and by act, whatever order they were counted in. */
export function sortTally(total: number, years: ReadonlyMap<string | null, number>, acts: ReadonlyMap<string, number>): AmendmentTally {
  return {
    total,
    byYear: [...years]
      .map(([year, count]) => ({ year, count }))
      .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : a.year < b.year ? -1 : a.year > b.year ? 1 : 0)),
    byAct: [...acts]
      .map(([actId, count]) => ({ actId, count }))
      .sort((a, b) => b.count - a.count || (a.actId < b.actId ? -1 : a.actId > b.actId ? 1 : 0)),
  };
}

export interface StoreCounts {
  documents: number;
  provisions: number;
  amendments: number;
  citations: number;
  acts: number;
  mentions: number;
  relations: number;
  editorialNotes: number;
}

/** Largest page and traversal depth an adapter accepts. */
export const MAX_PAGE_SIZE = 100;
export const MAX_TRAVERSAL_DEPTH = 5;

/**
 * The read part of the port. Each call answers from one version of the store; a request that
 * makes several calls and needs them to agree reads through `GraphStore.snapshot()`.
 */
export interface GraphReader {
  /** Backend name, for error messages and reports: `embedded`, `neo4j` */
  readonly backend: string;

  // — documents and structure —
  /** All documents, ordered by id */
  listDocuments(): Promise<Document[]>;
  getDocuments(ids: readonly string[]): Promise<(Document | null)[]>;
  getProvisions(ids: readonly string[]): Promise<(Provision | null)[]>;
  /** Per document: its provisions in document order, optionally only those of one type */
  provisionsOfDocuments(documentIds: readonly string[], type?: ProvisionType | null): Promise<Provision[][]>;
  /** Per document: its top-level provisions, by ordinal */
  rootsOfDocuments(documentIds: readonly string[]): Promise<Provision[][]>;
  /** Per provision: its children, by ordinal (empty for unknown ids) */
  childrenOf(provisionIds: readonly string[]): Promise<Provision[][]>;
  /** Per provision: its ancestors, root first (empty for roots and unknown ids) */
  ancestorsOf(provisionIds: readonly string[]): Promise<Provision[][]>;

  // — acts —
  /** All acts, ordered by id */
  listActs(): Promise<Act[]>;
  getActs(ids: readonly string[]): Promise<(Act | null)[]>;
  /** Acts with this number (`241-VIII`), ordered by id: a number alone may name several acts */
  findActsByNumber(numbers: readonly string[]): Promise<Act[][]>;
  /**
   * Per document: the acts it lists, each as the document itself read it (not merged with other documents' readings), in
   * its order: what the document is written again from when it is extended (a new version added to a stored timeline)
   */
  actsOfDocuments(documentIds: readonly string[]): Promise<Act[][]>;

  // — amendments —
  getAmendments(ids: readonly string[]): Promise<(Amendment | null)[]>;
  /** Per provision: amendment events targeting its subtree, oldest first */
  amendmentsOfProvisions(provisionIds: readonly string[]): Promise<Amendment[][]>;
  /** Per act: the amendment events it made, oldest first */
  amendmentsOfActs(actIds: readonly string[]): Promise<Amendment[][]>;
  /** Filtered amendments, oldest first, one keyset page */
  findAmendments(filter: AmendmentFilter, page: PageRequest): Promise<Page<Amendment>>;
  /** The amendments `findAmendments` would list for this filter, counted by year and by act */
  tallyAmendments(filter: AmendmentFilter): Promise<AmendmentTally>;
  /** Provisions with the most amendment events (matching the filter) in their subtree, most first (ties by document order) */
  mostAmended(filter: MostAmendedFilter, first: number): Promise<AmendmentCount[]>;

  // — citations and mentions —
  getCitations(ids: readonly string[]): Promise<(Citation | null)[]>;
  /** Per provision: citations made in its subtree, text order */
  citationsFrom(provisionIds: readonly string[]): Promise<Citation[][]>;
  /** Per provision: citations whose target lies in its subtree, text order */
  citationsTo(provisionIds: readonly string[]): Promise<Citation[][]>;
  /** Per act: citations naming it as target act, text order */
  citationsOfActs(actIds: readonly string[]): Promise<Citation[][]>;
  /** Per document: every citation made anywhere in it, text order */
  citationsOfDocuments(documentIds: readonly string[]): Promise<Citation[][]>;
  /** Provisions with the most citations pointing into their subtree, most first (ties by document order) */
  mostCited(filter: MostCitedFilter, first: number): Promise<CitationCount[]>;
  /** Per act: plain mentions of it, text order */
  mentionsOfActs(actIds: readonly string[]): Promise<ActMention[][]>;
  /** Per document: the plain act mentions made in it, text order */
  mentionsOfDocuments(documentIds: readonly string[]): Promise<ActMention[][]>;
  /** Per document: its relations to acts */
  relationsOfDocuments(documentIds: readonly string[]): Promise<DocumentRelation[][]>;
  /** Per document: its editorial notes, in text order */
  editorialNotesOfDocuments(documentIds: readonly string[]): Promise<EditorialNote[][]>;
  /** Per document: the diagnostics of the ingest that produced the stored version, as reported */
  diagnosticsOfDocuments(documentIds: readonly string[]): Promise<Diagnostic[][]>;

  // — defined terms —
  /** Per document: the terms it defines, in document order */
  termsOfDocuments(documentIds: readonly string[]): Promise<Term[][]>;
  /** Per provision: the terms its own text defines, in the order they stand (empty for unknown ids) */
  termsDefinedBy(provisionIds: readonly string[]): Promise<Term[][]>;
  // — versions and languages —
  /** The texts the document was read from (one per language and version date), oldest first; empty for an unknown id */
  getExpressions(documentId: string): Promise<Expression[]>;
  /** Per provision: its stored wordings other than its own (every language, earlier versions), oldest first */
  getWordings(provisionIds: readonly string[]): Promise<Wording[][]>;
  /**
   * Per document: every wording it holds, oldest first, those of provisions the newest version no longer holds included
   * (which no provision id of the document's provisions reaches): what an earlier version of the whole document is read from
   */
  wordingsOfDocuments(documentIds: readonly string[]): Promise<Wording[][]>;

  // — traversal —
  /** Breadth-first neighbourhood up to `depth` hops (1..5); null if `fromId` is unknown */
  citationGraph(fromId: string, direction: CitationDirection, depth: number): Promise<CitationSubgraph | null>;
  /**
   * Shortest citation path (fewest hops, following outgoing edges) from `fromId` to a node in
   * `toId`'s subtree, both ends included; `[from]` when from lies in to's subtree; null if none
   * within `maxDepth` (1..5) hops. Of equally short paths, the one a breadth-first walk meets
   * first (citations in text order) is returned, on every backend.
   */
  citationPath(fromId: string, toId: string, maxDepth: number): Promise<Provision[] | null>;

  counts(): Promise<StoreCounts>;
}

export interface GraphStore extends GraphReader {
  // — writes —
  /**
   * Store one ingested document atomically: afterwards the store holds either the previous
   * version whole or the new one whole. Same content as stored → `unchanged` and no write.
   * A document with `documentProblems` is refused with a GraphStoreInputError listing them.
   */
  writeDocument(doc: IngestedDocument): Promise<WriteResult>;
  /** Remove a document and everything it brought; false if it was not stored. */
  removeDocument(documentId: string): Promise<boolean>;

  /**
   * A read view pinned to the store's version at the time of the call, so the several calls
   * that answer one API request describe one version even while writes go on. How strong the
   * pin is depends on the backend, and each adapter says so:
   * - embedded: every read of the snapshot answers from the same immutable index (full consistency);
   * - neo4j: each read is its own read transaction, so consistency holds per call only.
   * A snapshot is cheap (no copy) and needs no release; it fails once the store is closed.
   */
  snapshot(): GraphReader;

  close(): Promise<void>;
}

/**
 * Fingerprint of an ingested document's content, stored beside it so every adapter decides
 * `unchanged` the same way: same corpus file (sha256) parsed by a different pipeline is a change.
 * Diagnostics are included, so a stored document never keeps the diagnostics of an older parse.
 */
export function contentHash(doc: IngestedDocument): string {
  return createHash('sha256').update(JSON.stringify(doc)).digest('hex');
}

/**
 * Problems that make a document unwritable (they would corrupt the graph), checked by every
 * adapter before it writes: foreign or duplicate ids, parents outside the document.
 * Returns one message per problem, naming the document's file; empty when it can be written.
 */
export function documentProblems(doc: IngestedDocument): string[] {
  const { id, file } = doc.document;
  const problems: string[] = [];
  const provisionIds = new Set<string>();
  for (const p of doc.provisions) {
    if (p.documentId !== id) problems.push(`${file}: provision ${p.id} belongs to ${p.documentId}`);
    if (provisionIds.has(p.id)) problems.push(`${file}: provision ${p.id} occurs twice`);
    provisionIds.add(p.id);
  }
  for (const t of doc.terms) {
    if (!provisionIds.has(t.definitionId)) problems.push(`${file}: term ${t.id} is defined by unknown provision ${t.definitionId}`);
  }
  for (const p of doc.provisions) {
    if (p.parentId !== null && !provisionIds.has(p.parentId)) problems.push(`${file}: provision ${p.id} has unknown parent ${p.parentId}`);
  }
  for (const [kind, items] of [
    ['amendment', doc.amendments],
    ['citation', doc.citations],
    ['term', doc.terms],
    ['expression', doc.expressions],
    ['wording', doc.wordings],
  ] as const) {
    const ids = new Set<string>();
    for (const item of items) {
      if (item.documentId !== id) problems.push(`${file}: ${kind} ${item.id} belongs to ${item.documentId}`);
      if (ids.has(item.id)) problems.push(`${file}: ${kind} ${item.id} occurs twice`);
      ids.add(item.id);
    }
  }
  // A wording may outlive its provision (one repealed and dropped from the newest version), but never its document.
  for (const w of doc.wordings) {
    if (ownerDocumentId(w.provisionId) !== id) problems.push(`${file}: wording ${w.id} is of ${w.provisionId}, outside the document`);
  }
  return problems;
}

/**
 * The one write check every adapter applies before it writes (as `checkLimit` for arguments):
 * refuses a document with `documentProblems`, plus any the adapter adds, listing them all.
 */
export function checkWritable(backend: string, doc: IngestedDocument, adapterProblems: readonly string[] = []): void {
  const problems = [...documentProblems(doc), ...adapterProblems];
  if (problems.length > 0) throw new GraphStoreInputError(backend, 'doc', `cannot write ${doc.document.id}:\n${problems.join('\n')}`);
}

/**
 * The amendment order of the port (see the header) as a comparator, for lists ordered outside an adapter's
 * query: `actDateOf` gives an amendment's act date. Newest first turns the dates round, never the unknown
 * dates (last either way) nor the document order of ties.
 */
export function compareAmendments(actDateOf: (a: Amendment) => string | null, newestFirst = false): (x: Amendment, y: Amendment) => number {
  const dates = (a: string | null, b: string | null) => (newestFirst ? compareNullableDates(b, a, -1) : compareNullableDates(a, b));
  return (x, y) =>
    dates(actDateOf(x), actDateOf(y)) ||
    dates(x.effectiveFrom, y.effectiveFrom) ||
    compareCodeUnits(x.documentId, y.documentId) ||
    x.source.startOffset - y.source.startOffset ||
    compareCodeUnits(x.id, y.id);
}

/** `nullSide` 1 puts a null last; -1 with the arguments swapped keeps it last in a descending order. */
function compareNullableDates(a: string | null, b: string | null, nullSide: 1 | -1 = 1): number {
  if (a === b) return 0;
  if (a === null) return nullSide;
  if (b === null) return -nullSide;
  return compareCodeUnits(a, b);
}

/** Strings by UTF-16 code units, as Cypher compares them (not by locale). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Error raised by an adapter: names the backend, keeps the cause. */
export class GraphStoreError extends Error {
  constructor(
    readonly backend: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[graph:${backend}] ${message}`, options);
    this.name = 'GraphStoreError';
  }
}

/** Thrown for arguments outside the port's limits (page size, depth); the API maps it to BAD_USER_INPUT. */
export class GraphStoreInputError extends GraphStoreError {
  constructor(
    backend: string,
    readonly argument: string,
    message: string,
  ) {
    super(backend, message);
    this.name = 'GraphStoreInputError';
  }
}

/** The one rule for page sizes and traversal depths every adapter applies: an integer from 1 to `max`. */
export function checkLimit(backend: string, argument: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new GraphStoreInputError(backend, argument, `${argument} must be an integer from 1 to ${max}, got ${value}`);
  }
}
