/**
 * The Neo4j graph store: the GraphStore port over neo4j-driver, for corpora that outgrow one
 * process. All Cypher lives in cypher.ts (the graph model is described there); row building
 * and Integer conversion in neo4j-rows.ts.
 *
 * Writes: one document per `executeWrite` transaction. The transaction function reads the
 * stored content hash, deletes the old subgraph and MERGEs the new one in UNWIND batches, so
 * a retried function converges on the same graph and readers see the old version or the new
 * one whole. Reads: `executeRead`, with the database always named, one transaction per call:
 * a `snapshot()` is therefore consistent per call only, not across the calls of one request
 * (a request-wide read transaction would hold a session open for the whole GraphQL execution).
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { citationNeighbourhood, type CitationStep } from '../citation-bfs.ts';
import * as cypher from './cypher.ts';
import type { Act, ActMention, Amendment, Citation, Diagnostic, Document, IngestedDocument, Provision } from '../../model/index.ts';
import { chunks, documentRows, fromJson, referencedActIds, toAct, toNumber } from './rows.ts';
import {
  checkLimit,
  checkWritable,
  contentHash,
  GraphStoreError,
  GraphStoreInputError,
  MAX_PAGE_SIZE,
  MAX_TRAVERSAL_DEPTH,
  type CitationDirection,
  type GraphStore,
  type StoreCounts,
  type WriteStatus,
} from '../port.ts';

const BACKEND = 'neo4j';

export interface Neo4jGraphStoreOptions {
  /** `neo4j://host:7687`, `bolt://…`, `neo4j+s://…` */
  uri: string;
  user: string;
  password: string;
  /** Always sent, so no query depends on the server's default database */
  database: string;
  /** Rows per UNWIND statement (default 500) */
  batchSize?: number;
}

/** Connect, check the server answers for the database, and set up constraints and indexes. */
export async function openNeo4jGraphStore(options: Neo4jGraphStoreOptions): Promise<GraphStore> {
  const { uri, database } = options;
  const batchSize = options.batchSize ?? 500;
  const fail = (operation: string, error: unknown) => asStoreError(operation, error, uri, database);

  let driver: Driver;
  try {
    driver = neo4j.driver(uri, neo4j.auth.basic(options.user, options.password));
  } catch (error) {
    throw fail('connect', error);
  }
  try {
    await driver.verifyConnectivity({ database });
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const statement of cypher.SCHEMA) await session.executeWrite((tx) => tx.run(statement));
      await session.executeRead((tx) => tx.run(cypher.AWAIT_INDEXES));
    } finally {
      await session.close();
    }
  } catch (error) {
    await driver.close();
    throw fail('connect and set up schema', error);
  }

  async function inTransaction<T>(
    operation: string,
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session[mode] });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw fail(operation, error);
    } finally {
      await session.close();
    }
  }

  async function query(operation: string, text: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    return inTransaction(operation, 'READ', async (tx) => (await tx.run(text, params)).records);
  }

  /** Rows of (key, json) → one model object or null per key, in key order. */
  async function byIds<T>(operation: string, text: string, ids: readonly string[]): Promise<(T | null)[]> {
    if (ids.length === 0) return [];
    const records = await query(operation, text, { keys: [...ids] });
    const found = new Map(records.map((r) => [r.get('key') as string, fromJson<T>(r.get('json'), operation)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Rows of (key, items) → one list per key, in key order; `decode` turns an item of a key's list into the model. */
  async function listsByKey<T>(
    operation: string,
    text: string,
    keys: readonly string[],
    params: Record<string, unknown> = {},
    decode: (item: unknown, key: string) => T = (item) => fromJson<T>(item, operation),
  ): Promise<T[][]> {
    if (keys.length === 0) return [];
    const records = await query(operation, text, { keys: [...keys], ...params });
    const found = new Map(
      records.map((r) => {
        const key = r.get('key') as string;
        return [key, (r.get('items') as unknown[]).map((item) => decode(item, key))];
      }),
    );
    return keys.map((key) => found.get(key) ?? []);
  }

  async function writeTransaction(tx: ManagedTransaction, doc: IngestedDocument, hash: string): Promise<WriteStatus> {
    const documentId = doc.document.id;
    const state = (await tx.run(cypher.DOCUMENT_STATE, { documentId })).records[0];
    const previousHash = (state?.get('contentHash') as string | null | undefined) ?? null;
    if (previousHash === hash && state?.get('hasDiagnostics') === true) return 'unchanged';
    const previousActIds = (state?.get('actIds') as string[] | undefined) ?? [];
    await tx.run(cypher.DELETE_DOCUMENT, { documentId });

    const rows = documentRows(doc, hash);
    await tx.run(cypher.MERGE_DOCUMENT, { row: rows.document });
    const batches: [string, typeof rows.provisions][] = [
      [cypher.MERGE_PROVISIONS, rows.provisions],
      [cypher.LINK_PROVISION_PARENTS, rows.provisions.filter((r) => r.parentId !== null)],
      [cypher.MERGE_ACT_NAMES, rows.acts],
      [cypher.MERGE_AMENDMENTS, rows.amendments],
      [cypher.MERGE_CITATIONS, rows.citations],
      [cypher.MERGE_MENTIONS, rows.mentions],
      [cypher.MERGE_RELATIONS, rows.relations],
      [cypher.MERGE_EDITORIAL_NOTES, rows.editorialNotes],
    ];
    for (const [statement, all] of batches) {
      for (const batch of chunks(all, batchSize)) await tx.run(statement, { documentId, rows: batch });
    }
    await tx.run(cypher.LINK_CITATIONS_FROM_DOCUMENT, { documentId });
    await tx.run(cypher.LINK_CITATIONS_INTO_DOCUMENT, { documentId });
    await refreshActs(tx, [...new Set([...previousActIds, ...referencedActIds(doc)])]);
    return previousHash === null ? 'created' : 'replaced';
  }

  async function refreshActs(tx: ManagedTransaction, actIds: string[]): Promise<void> {
    for (const batch of chunks(actIds, batchSize)) {
      await tx.run(cypher.DELETE_ORPHAN_ACTS, { actIds: batch });
      await tx.run(cypher.MERGE_ACT_FIELDS, { actIds: batch });
      await tx.run(cypher.REFRESH_AMENDMENT_ACTS, { actIds: batch });
    }
  }

  async function steps(nodeIds: readonly string[], direction: CitationDirection): Promise<CitationStep[][]> {
    const hop = (text: string, outgoing: boolean): Promise<CitationStep[][]> =>
      listsByKey('citationGraph', text, nodeIds, {}, (item, nodeId): CitationStep => {
        const { neighbourId, citation } = item as { neighbourId: string; citation: unknown };
        const c = fromJson<Citation>(citation, 'citationGraph');
        const [fromId, toId] = outgoing ? [nodeId, neighbourId] : [neighbourId, nodeId];
        return { neighbourId, edge: { fromId, toId, citation: c } };
      });
    const out = direction === 'in' ? null : await hop(cypher.CITATION_STEPS_OUT, true);
    const into = direction === 'out' ? null : await hop(cypher.CITATION_STEPS_IN, false);
    return nodeIds.map((_, i) => [...(out?.[i] ?? []), ...(into?.[i] ?? [])]);
  }

  const store: GraphStore = {
    backend: BACKEND,

    async writeDocument(doc) {
      checkWritable(BACKEND, doc);
      const hash = contentHash(doc);
      const status = await inTransaction(`write ${doc.document.id}`, 'WRITE', (tx) => writeTransaction(tx, doc, hash));
      return { documentId: doc.document.id, status };
    },

    async removeDocument(documentId) {
      return inTransaction(`remove ${documentId}`, 'WRITE', async (tx) => {
        const state = (await tx.run(cypher.DOCUMENT_STATE, { documentId })).records[0];
        const actIds = (state?.get('actIds') as string[] | undefined) ?? [];
        const deleted = (await tx.run(cypher.DELETE_DOCUMENT, { documentId })).records[0]?.get('deleted');
        if (toNumber(deleted ?? 0, 'deleted') === 0) return false;
        await refreshActs(tx, actIds);
        return true;
      });
    },

    async listDocuments() {
      return (await query('listDocuments', cypher.LIST_DOCUMENTS)).map((r) => fromJson<Document>(r.get('json'), 'listDocuments'));
    },
    getDocuments: (ids) => byIds<Document>('getDocuments', cypher.GET_DOCUMENTS, ids),
    getProvisions: (ids) => byIds<Provision>('getProvisions', cypher.GET_PROVISIONS, ids),
    provisionsOfDocuments: (documentIds, type) =>
      listsByKey<Provision>('provisionsOfDocuments', cypher.PROVISIONS_OF_DOCUMENTS, documentIds, { type: type ?? null }),
    rootsOfDocuments: (documentIds) => listsByKey<Provision>('rootsOfDocuments', cypher.ROOTS_OF_DOCUMENTS, documentIds),
    childrenOf: (ids) => listsByKey<Provision>('childrenOf', cypher.CHILDREN_OF, ids),
    ancestorsOf: (ids) => listsByKey<Provision>('ancestorsOf', cypher.ANCESTORS_OF, ids),

    async listActs() {
      return (await query('listActs', cypher.LIST_ACTS)).map((r) => toAct(r.get('act')));
    },
    async getActs(ids) {
      if (ids.length === 0) return [];
      const records = await query('getActs', cypher.GET_ACTS, { keys: [...ids] });
      const found = new Map(records.map((r) => [r.get('key') as string, toAct(r.get('act'))]));
      return ids.map((id) => found.get(id) ?? null);
    },
    findActsByNumber: (numbers) => listsByKey<Act>('findActsByNumber', cypher.FIND_ACTS_BY_NUMBER, numbers, {}, toAct),

    getAmendments: (ids) => byIds<Amendment>('getAmendments', cypher.GET_AMENDMENTS, ids),
    amendmentsOfProvisions: (ids) => listsByKey<Amendment>('amendmentsOfProvisions', cypher.AMENDMENTS_OF_PROVISIONS, ids),
    amendmentsOfActs: (ids) => listsByKey<Amendment>('amendmentsOfActs', cypher.AMENDMENTS_OF_ACTS, ids),

    async findAmendments(filter, page) {
      checkLimit(BACKEND, 'first', page.first, MAX_PAGE_SIZE);
      let cursor: Record<string, unknown> = { afterActDate: null, afterEffectiveFrom: null, afterDocumentId: null, afterOffset: null };
      if (page.after) {
        const [row] = await query('findAmendments', cypher.AMENDMENT_CURSOR, { id: page.after });
        if (!row) throw new GraphStoreInputError(BACKEND, 'after', `unknown amendment cursor ${page.after}`);
        cursor = {
          afterActDate: row.get('actDate'),
          afterEffectiveFrom: row.get('effectiveFrom'),
          afterDocumentId: row.get('documentId'),
          afterOffset: row.get('offset'),
        };
      }
      const [row] = await query('findAmendments', page.newestFirst ? cypher.FIND_AMENDMENTS_NEWEST_FIRST : cypher.FIND_AMENDMENTS, {
        documentId: filter.documentId || null,
        actId: filter.actId || null,
        action: filter.action || null,
        targetId: filter.targetId || null,
        effectiveFromFrom: filter.effectiveFrom?.from || null,
        effectiveFromTo: filter.effectiveFrom?.to || null,
        actDateFrom: filter.actDate?.from || null,
        actDateTo: filter.actDate?.to || null,
        after: page.after || null,
        ...cursor,
        first: neo4j.int(page.first),
      });
      if (!row) throw new GraphStoreError(BACKEND, 'findAmendments: the query returned no row');
      return {
        items: (row.get('items') as unknown[]).map((item) => fromJson<Amendment>(item, 'findAmendments')),
        totalCount: toNumber(row.get('totalCount'), 'totalCount'),
        hasNextPage: row.get('hasNextPage') === true,
      };
    },

    async mostAmended(filter, first) {
      checkLimit(BACKEND, 'first', first, MAX_PAGE_SIZE);
      const records = await query('mostAmended', cypher.MOST_AMENDED, {
        documentId: filter.documentId || null,
        type: filter.type || null,
        first: neo4j.int(first),
      });
      return records.map((r) => ({
        provision: fromJson<Provision>(r.get('json'), 'mostAmended'),
        count: toNumber(r.get('events'), 'events'),
      }));
    },

    getCitations: (ids) => byIds<Citation>('getCitations', cypher.GET_CITATIONS, ids),
    citationsFrom: (ids) => listsByKey<Citation>('citationsFrom', cypher.CITATIONS_FROM, ids),
    citationsTo: (ids) => listsByKey<Citation>('citationsTo', cypher.CITATIONS_TO, ids),
    citationsOfActs: (ids) => listsByKey<Citation>('citationsOfActs', cypher.CITATIONS_OF_ACTS, ids),
    citationsOfDocuments: (ids) => listsByKey<Citation>('citationsOfDocuments', cypher.CITATIONS_OF_DOCUMENTS, ids),
    mentionsOfActs: (ids) => listsByKey<ActMention>('mentionsOfActs', cypher.MENTIONS_OF_ACTS, ids),
    mentionsOfDocuments: (ids) => listsByKey<ActMention>('mentionsOfDocuments', cypher.MENTIONS_OF_DOCUMENTS, ids),
    relationsOfDocuments: (ids) => listsByKey('relationsOfDocuments', cypher.RELATIONS_OF_DOCUMENTS, ids),
    editorialNotesOfDocuments: (ids) => listsByKey('editorialNotesOfDocuments', cypher.EDITORIAL_NOTES_OF_DOCUMENTS, ids),
    async diagnosticsOfDocuments(ids) {
      if (ids.length === 0) return [];
      const records = await query('diagnosticsOfDocuments', cypher.DIAGNOSTICS_OF_DOCUMENTS, { keys: [...ids] });
      const found = new Map<string, Diagnostic[]>();
      for (const r of records) {
        const key = r.get('key') as string;
        const json: unknown = r.get('json');
        // Only a document written before diagnostics were stored lacks the property; a rewrite adds it.
        if (json === null) throw new GraphStoreError(BACKEND, `document ${key} was stored without its diagnostics: ingest it again`);
        found.set(key, fromJson<Diagnostic[]>(json, 'diagnosticsOfDocuments'));
      }
      return ids.map((id) => found.get(id) ?? []);
    },

    async citationGraph(fromId, direction, depth) {
      checkLimit(BACKEND, 'depth', depth, MAX_TRAVERSAL_DEPTH);
      const [start] = await store.getProvisions([fromId]);
      if (!start) return null;
      const { nodeIds, edges } = await citationNeighbourhood(fromId, direction, depth, steps);
      const nodes = await store.getProvisions(nodeIds);
      return { nodes: nodes.filter((n): n is Provision => n !== null), edges };
    },

    async citationPath(fromId, toId, maxDepth) {
      checkLimit(BACKEND, 'maxDepth', maxDepth, MAX_TRAVERSAL_DEPTH);
      const [from, to] = await store.getProvisions([fromId, toId]);
      if (!from || !to) return null;
      const [inside] = await query('citationPath', cypher.IN_SUBTREE, { fromId, toId });
      if (inside?.get('inside') === true) return [from];
      const [path] = await query('citationPath', cypher.CITATION_PATH, { fromId, toId, maxDepth: neo4j.int(maxDepth) });
      return path ? (path.get('nodes') as unknown[]).map((n) => fromJson<Provision>(n, 'citationPath')) : null;
    },

    async counts() {
      const [row] = await query('counts', cypher.COUNTS);
      const keys: (keyof StoreCounts)[] = [
        'documents',
        'provisions',
        'amendments',
        'citations',
        'acts',
        'mentions',
        'relations',
        'editorialNotes',
      ];
      return Object.fromEntries(keys.map((k) => [k, toNumber(row?.get(k), k)])) as unknown as StoreCounts;
    },

    /** The store's own reads: each is its own read transaction (see the header). */
    snapshot: () => store,

    async close() {
      await driver.close();
    },
  };
  return store;
}

/** What to check, by driver error code: the message a failed connection must carry. */
const HINTS: [RegExp, string][] = [
  [/^ServiceUnavailable$|^SessionExpired$/, 'is the Neo4j server running and reachable, and is NEO4J_URI right?'],
  [/Security\.(Unauthorized|AuthenticationRateLimit)/, 'check NEO4J_USER and NEO4J_PASSWORD'],
  [/Database\.DatabaseNotFound/, 'check NEO4J_DATABASE (Neo4j Community Edition serves only "neo4j")'],
  [/^N\/A$|Invalid URL|scheme/i, 'check NEO4J_URI (e.g. neo4j://localhost:7687)'],
];

export function asStoreError(operation: string, error: unknown, uri: string, database: string): GraphStoreError {
  if (error instanceof GraphStoreError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const hint = HINTS.find(([pattern]) => pattern.test(code) || (code === '' && pattern.test(message)))?.[1];
  return new GraphStoreError(
    BACKEND,
    `${operation} failed at ${uri} (database "${database}"): ${message}${code ? ` [${code}]` : ''}${hint ? `; ${hint}` : ''}`,
    { cause: error },
  );
}
