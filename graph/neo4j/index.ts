/**
 * The Neo4j graph store: the GraphStore port over a Neo4j 5 server (its Cypher all in cypher.ts); and the
 * scratch-database guard the tests and the Neo4j benchmark claim their database through (scratch.ts).
 */
export { openNeo4jGraphStore, type Neo4jGraphStoreOptions } from './store.ts';
export {
  CLAIM_TIMEOUT_MS,
  claimScratchDatabase,
  openScratchNeo4jStore,
  SCRATCH_MARKER,
  type Neo4jTarget,
  type ScratchDatabase,
} from './scratch.ts';
