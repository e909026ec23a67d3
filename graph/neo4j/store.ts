/**
 * The Neo4j graph store: the GraphStore port over neo4j-driver, for corpora that outgrow one
 * process. All Cypher lives in cypher.ts (the graph model is described there); row building
 * and Integer conversion in rows.ts; the operations are module functions over one explicit
 * state (state.ts): writes in write.ts, reads in reads.ts, walks in traversal.ts. This file
 * connects, sets the schema up and maps the port onto them.
 *
 * Reads: `executeRead`, with the database always named, one transaction per call: a
 * `snapshot()` is therefore consistent per call only, not across the calls of one request
 * (a request-wide read transaction would hold a session open for the whole GraphQL execution).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import * as cypher from './cypher.ts';
import type { ActMention, Amendment, Citation, Document, Expression, Provision, Wording } from '../../model/index.ts';
import { fromJson } from './rows.ts';
import * as reads from './reads.ts';
import { asStoreError, BACKEND, byIds, listsByKey, query, type Neo4jState } from './state.ts';
import * as traversal from './traversal.ts';
import * as write from './write.ts';
import type { GraphStore } from '../port.ts';

export { asStoreError } from './state.ts';

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
  let driver: Driver;
  try {
    driver = neo4j.driver(uri, neo4j.auth.basic(options.user, options.password));
  } catch (error) {
    throw asStoreError('connect', error, uri, database);
  }
  try {
    await driver.verifyConnectivity({ database });
    await setUpSchema(driver, database);
  } catch (error) {
    await driver.close();
    throw asStoreError('connect and set up schema', error, uri, database);
  }
  return createNeo4jGraphStore({ driver, uri, database, batchSize: options.batchSize ?? 500 });
}

/** Idempotent (`IF NOT EXISTS` / `IF EXISTS`), so every start runs it; then waits until the indexes are online. */
async function setUpSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of cypher.SCHEMA) await session.executeWrite((tx) => tx.run(statement));
    await session.executeRead((tx) => tx.run(cypher.AWAIT_INDEXES));
  } finally {
    await session.close();
  }
}

/** The port over an open driver: each method one module function of the state. */
function createNeo4jGraphStore(state: Neo4jState): GraphStore {
  const lists =
    <T>(operation: string, text: string) =>
    (keys: readonly string[]) =>
      listsByKey<T>(state, operation, text, keys);
  const store: GraphStore = {
    backend: BACKEND,
    writeDocument: (doc) => write.writeDocument(state, doc),
    removeDocument: (documentId) => write.removeDocument(state, documentId),

    async listDocuments() {
      return (await query(state, 'listDocuments', cypher.LIST_DOCUMENTS)).map((r) => fromJson<Document>(r.get('json'), 'listDocuments'));
    },
    getDocuments: (ids) => byIds<Document>(state, 'getDocuments', cypher.GET_DOCUMENTS, ids),
    getProvisions: (ids) => traversal.getProvisions(state, ids),
    provisionsOfDocuments: (documentIds, type) =>
      listsByKey<Provision>(state, 'provisionsOfDocuments', cypher.PROVISIONS_OF_DOCUMENTS, documentIds, { type: type ?? null }),
    rootsOfDocuments: lists<Provision>('rootsOfDocuments', cypher.ROOTS_OF_DOCUMENTS),
    childrenOf: lists<Provision>('childrenOf', cypher.CHILDREN_OF),
    ancestorsOf: lists<Provision>('ancestorsOf', cypher.ANCESTORS_OF),

    listActs: () => reads.listActs(state),
    getActs: (ids) => reads.getActs(state, ids),
    findActsByNumber: (numbers) => reads.findActsByNumber(state, numbers),
    actsOfDocuments: (documentIds) => reads.actsOfDocuments(state, documentIds),

    getAmendments: (ids) => byIds<Amendment>(state, 'getAmendments', cypher.GET_AMENDMENTS, ids),
    amendmentsOfProvisions: lists<Amendment>('amendmentsOfProvisions', cypher.AMENDMENTS_OF_PROVISIONS),
    amendmentsOfActs: lists<Amendment>('amendmentsOfActs', cypher.AMENDMENTS_OF_ACTS),
    findAmendments: (filter, page) => reads.findAmendments(state, filter, page),
    tallyAmendments: (filter) => reads.tallyAmendments(state, filter),
    mostAmended: (filter, first) => reads.mostAmended(state, filter, first),
    mostCited: (filter, first) => reads.mostCited(state, filter, first),

    getCitations: (ids) => byIds<Citation>(state, 'getCitations', cypher.GET_CITATIONS, ids),
    citationsFrom: lists<Citation>('citationsFrom', cypher.CITATIONS_FROM),
    citationsTo: lists<Citation>('citationsTo', cypher.CITATIONS_TO),
    citationsOfActs: lists<Citation>('citationsOfActs', cypher.CITATIONS_OF_ACTS),
    citationsOfDocuments: lists<Citation>('citationsOfDocuments', cypher.CITATIONS_OF_DOCUMENTS),
    mentionsOfActs: lists<ActMention>('mentionsOfActs', cypher.MENTIONS_OF_ACTS),
    mentionsOfDocuments: lists<ActMention>('mentionsOfDocuments', cypher.MENTIONS_OF_DOCUMENTS),
    relationsOfDocuments: lists('relationsOfDocuments', cypher.RELATIONS_OF_DOCUMENTS),
    editorialNotesOfDocuments: lists('editorialNotesOfDocuments', cypher.EDITORIAL_NOTES_OF_DOCUMENTS),
    diagnosticsOfDocuments: (ids) => reads.diagnosticsOfDocuments(state, ids),
    termsOfDocuments: lists('termsOfDocuments', cypher.TERMS_OF_DOCUMENTS),
    termsDefinedBy: lists('termsDefinedBy', cypher.TERMS_DEFINED_BY),

    async getExpressions(documentId) {
      const records = await query(state, 'getExpressions', cypher.EXPRESSIONS_OF_DOCUMENT, { documentId });
      return records.map((r) => fromJson<Expression>(r.get('json'), 'getExpressions'));
    },
    getWordings: lists<Wording>('getWordings', cypher.WORDINGS_OF_PROVISIONS),
    wordingsOfDocuments: lists<Wording>('wordingsOfDocuments', cypher.WORDINGS_OF_DOCUMENTS),

    citationGraph: (fromId, direction, depth) => traversal.citationGraph(state, fromId, direction, depth),
    citationPath: (fromId, toId, maxDepth) => traversal.citationPath(state, fromId, toId, maxDepth),
    counts: () => reads.counts(state),

    /** The store's own reads: each is its own read transaction (see the header). */
    snapshot: () => store,

    async close() {
      await state.driver.close();
    },
  };
  return store;
}
