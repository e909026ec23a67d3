/**
 * How long each list of the schema is on the store at hand: the numbers the cost estimate
 * (api/cost.ts) multiplies through nesting. Each is the mean length of the list over the parents
 * that have one (`Document.articles` over documents with articles, `Provision.children` over
 * provisions with children), at least 1, so asking for a list is never free. Measured from the
 * store through the read port when the server starts and after each re-ingest: the sizes follow
 * the corpus (×10 documents, ×10 `Query.documents`).
 */
import { changesBetween, storedReconciliation } from '../app/index.ts';
import type { Citation, Provision } from '../model/index.ts';
import type { GraphReader } from '../graph/port.ts';
import { MAX_TRAVERSAL_DEPTH } from '../graph/port.ts';

export interface ListSizes {
  /** Mean length of each list field, by `Type.field` */
  fields: Record<string, number>;
  /** Nodes of a citation traversal of depth 1..5 (index 0 is depth 1): the most a sample of traversals found */
  traversalNodes: number[];
  /** Edges of a citation traversal of depth 1..5, likewise */
  traversalEdges: number[];
}

/** Traversals run to measure a traversal's size: from this many citing provisions spread over the store */
const TRAVERSAL_SAMPLE = 8;

/** Words a search hit highlights: at most the query's distinct words, a handful in practice. */
const HIGHLIGHTS_PER_HIT = 10;
/** Terms `analyze` returns: a text of at most 500 characters holds about this many words. */
const ANALYZED_TERMS = 100;
/** Terms an abbreviation or a thesaurus entry expands into: the longest long form has four words. */
const EXPANDED_TERMS = 4;
/** Lines of a re-ingest log (api/resolvers/admin.ts: one per store, and the counts) */
const SYNC_LOG_LINES = 3;

/** Mean over the groups that have items, rounded up, at least 1. */
function meanOfGroups(keys: Iterable<string | null>): number {
  const groups = new Map<string, number>();
  let items = 0;
  for (const key of keys) {
    if (key === null) continue;
    groups.set(key, (groups.get(key) ?? 0) + 1);
    items++;
  }
  return groups.size === 0 ? 1 : Math.max(1, Math.ceil(items / groups.size));
}

/** Each key, then its ancestors' ids: the keys a subtree-semantics list groups by (`Provision.amendments`…). */
function withAncestors(ids: Iterable<string | null>, parentOf: Map<string, string | null>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    for (let at = id; at !== null && at !== undefined; at = parentOf.get(at) ?? null) out.push(at);
  }
  return out;
}

export async function measureListSizes(reader: GraphReader): Promise<ListSizes> {
  const documents = await reader.listDocuments();
  const ids = documents.map((d) => d.id);
  const [provisionLists, citationLists, mentionLists, relationLists, noteLists, diagnosticLists, termLists, acts] = await Promise.all([
    reader.provisionsOfDocuments(ids),
    reader.citationsOfDocuments(ids),
    reader.mentionsOfDocuments(ids),
    reader.relationsOfDocuments(ids),
    reader.editorialNotesOfDocuments(ids),
    reader.diagnosticsOfDocuments(ids),
    reader.termsOfDocuments(ids),
    reader.listActs(),
  ]);
  const amendments = (await reader.amendmentsOfActs(acts.map((a) => a.id))).flat();
  const [expressionLists, wordingLists] = await Promise.all([
    Promise.all(ids.map((id) => reader.getExpressions(id))),
    reader.getWordings(provisionLists.flat().map((p) => p.id)),
  ]);
  const provisions: Provision[] = provisionLists.flat();
  const citations = citationLists.flat();
  const mentions = mentionLists.flat();
  const parentOf = new Map(provisions.map((p) => [p.id, p.parentId]));
  const perDocument = (lists: readonly unknown[][]) => lists.flatMap((list, i) => list.map(() => ids[i] ?? null));
  const depthOf = (p: Provision) => withAncestors([p.parentId], parentOf).length;
  const languageOf = new Map(documents.map((d) => [d.id, d.language]));
  const translations = (await reader.getWordings(provisions.map((p) => p.id)))
    .flat()
    .filter((w) => w.language !== languageOf.get(w.documentId));

  const citedBy = meanOfGroups(
    withAncestors(
      citations.map((c) => c.targetId),
      parentOf,
    ),
  );

  const fields: Record<string, number> = {
    'Query.documents': Math.max(1, documents.length),
    'Query.acts': Math.max(1, acts.length),
    'Query.analyze': ANALYZED_TERMS,
    'Query.analyzeWords': ANALYZED_TERMS,
    'AnalyzedWord.expansion': EXPANDED_TERMS,
    'Act.amendments': meanOfGroups(amendments.map((a) => a.actId)),
    'AmendmentCounts.byYear': Math.max(1, new Set(amendments.map((a) => a.effectiveFrom?.slice(0, 4) ?? null)).size),
    'Act.citedBy': meanOfGroups(citations.map((c) => c.targetActId)),
    'Act.mentionedIn': meanOfGroups(mentions.map((m) => m.actId)),
    'Document.shortNames': meanOfGroups(documents.flatMap((d) => d.shortNames.map(() => d.id))),
    'Document.authors': meanOfGroups(documents.flatMap((d) => d.authors.map(() => d.id))),
    'Document.articles': meanOfGroups(provisions.filter((p) => p.type === 'article').map((p) => p.documentId)),
    'Document.children': meanOfGroups(provisions.filter((p) => p.parentId === null).map((p) => p.documentId)),
    'Document.provisions': meanOfGroups(perDocument(provisionLists)),
    'Document.relations': meanOfGroups(perDocument(relationLists)),
    'Document.editorialNotes': meanOfGroups(perDocument(noteLists)),
    'Document.references': meanOfGroups(perDocument(citationLists)),
    'Document.mentions': meanOfGroups(perDocument(mentionLists)),
    'Document.diagnostics': meanOfGroups(perDocument(diagnosticLists)),
    'Document.expressions': meanOfGroups(perDocument(expressionLists)),
    // A document's versions are its expressions in one language: at most as many.
    'Document.versions': meanOfGroups(perDocument(expressionLists)),
    // A provision's versions: its own wording and its earlier ones (other languages' wordings counted too, an upper bound).
    'Provision.versions': Math.max(1, Math.ceil((provisions.length + wordingLists.flat().length) / Math.max(1, provisions.length))),
    'ProvisionVersion.amendments': meanOfGroups(amendments.map((a) => a.targetId)),
    'Provision.children': meanOfGroups(provisions.map((p) => p.parentId)),
    'Provision.ancestors': Math.max(1, Math.ceil(provisions.reduce((sum, p) => sum + depthOf(p), 0) / Math.max(1, provisions.length))),
    'Provision.amendments': meanOfGroups(
      withAncestors(
        amendments.map((a) => a.targetId),
        parentOf,
      ),
    ),
    'Provision.citations': meanOfGroups(
      withAncestors(
        citations.map((c) => c.sourceId),
        parentOf,
      ),
    ),
    'Provision.citedBy': citedBy,
    'Provision.definedTerms': meanOfGroups(termLists.flat().map((t) => t.definitionId)),
    // A term's translations are the other terms its definition defines: at most as many.
    'Term.translations': meanOfGroups(termLists.flat().map((t) => t.definitionId)),
    'Provision.translations': meanOfGroups(translations.map((w) => w.provisionId)),
    'SearchHit.highlights': HIGHLIGHTS_PER_HIT,
    // A reference query names one provision per code (the query's document, or every code).
    'SearchResults.references': Math.max(1, documents.filter((d) => d.kind === 'code').length),
    // The references to the provision a query names: its citedBy.
    'SearchResults.citing': citedBy,
    'SearchFacets.document': Math.max(1, documents.length),
    'SearchFacets.kind': Math.max(1, new Set(documents.map((d) => d.kind)).size),
    'SearchFacets.chapter': Math.max(1, provisions.filter((p) => p.type === 'chapter' || p.type === 'topic').length),
    'SearchFacets.status': 2,
    'SearchFacets.lastAmended': Math.max(1, new Set(amendments.map((a) => a.effectiveFrom?.slice(0, 4) ?? null)).size),
    'ReingestResult.written': Math.max(1, documents.length),
    'ReingestResult.removed': Math.max(1, documents.length),
    'ReingestResult.log': SYNC_LOG_LINES,
  };

  return { fields: { ...fields, ...(await measureVersions(reader, ids)) }, ...(await measureTraversals(reader, citations)) };
}

/**
 * The lists of versions and changes, over the documents held in several versions: their reconciliations, and the
 * changes from their first version to their last (the longest a `changes` list or a diff gets).
 */
async function measureVersions(reader: GraphReader, documentIds: readonly string[]): Promise<Record<string, number>> {
  const versioned: Array<{ id: string; first: string; last: string }> = [];
  for (const id of documentIds) {
    const dates = (await reader.getExpressions(id)).map((e) => e.versionDate);
    if (dates.length > 1) versioned.push({ id, first: dates[0]!, last: dates.at(-1)! });
  }
  const periods = (await Promise.all(versioned.map((v) => storedReconciliation(reader, v.id)))).map((p) => p ?? []);
  const sets = await Promise.all(versioned.map((v) => changesBetween(reader, v.id, v.first, v.last, 'document')));
  const changes = sets.flatMap((set) => set?.changes ?? []);
  const mean = (lengths: readonly number[]) =>
    lengths.length === 0 ? 1 : Math.max(1, Math.ceil(lengths.reduce((a, b) => a + b, 0) / lengths.length));
  return {
    'Document.reconciliation': mean(periods.map((p) => p.length)),
    'VersionReconciliation.cases': mean(periods.flat().map((p) => p.cases.length)),
    'VersionReconciliation.artefactsFolded': mean(periods.flat().map((p) => p.artefactsFolded.length)),
    'ReconciliationCase.changed': mean(periods.flat().flatMap((p) => p.cases.map((c) => c.changed.length))),
    'ProvisionChange.runs': mean(changes.map((c) => c.change.diff.runs.length)),
    'ProvisionChange.amendments': mean(changes.map((c) => c.amendments.length)),
    'ProvisionChange.acts': mean(changes.map((c) => c.acts.length)),
  };
}

/**
 * A traversal's size depends on how the citations link up, which no mean tells: run the widest
 * traversal (both ways) from a few citing provisions at every depth and keep the largest sizes.
 */
async function measureTraversals(
  reader: GraphReader,
  citations: readonly Citation[],
): Promise<Pick<ListSizes, 'traversalNodes' | 'traversalEdges'>> {
  const starts = [...new Set(citations.filter((c) => c.targetId !== null).map((c) => c.sourceId))];
  const sample = Array.from(
    { length: Math.min(TRAVERSAL_SAMPLE, starts.length) },
    (_, i) => starts[Math.floor((i * starts.length) / Math.min(TRAVERSAL_SAMPLE, starts.length))]!,
  );
  const traversalNodes: number[] = [];
  const traversalEdges: number[] = [];
  for (let depth = 1; depth <= MAX_TRAVERSAL_DEPTH; depth++) {
    const graphs = await Promise.all(sample.map((id) => reader.citationGraph(id, 'both', depth)));
    traversalNodes.push(Math.max(1, ...graphs.map((g) => g?.nodes.length ?? 0)));
    traversalEdges.push(Math.max(1, ...graphs.map((g) => g?.edges.length ?? 0)));
  }
  return { traversalNodes, traversalEdges };
}
