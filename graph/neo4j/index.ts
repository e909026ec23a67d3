/** The Neo4j graph store: the GraphStore port over a Neo4j 5 server (all Cypher in cypher.ts). */
export { openNeo4jGraphStore, type Neo4jGraphStoreOptions } from './store.ts';
