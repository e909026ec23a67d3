/** The graph module's public surface: the model, the port, its adapters (embedded, Neo4j) and corpus sync. */
export type * from '../model/index.ts';
export * from './port.ts';
export { openEmbeddedGraphStore, type EmbeddedGraphStore, type EmbeddedGraphStoreOptions } from './embedded.ts';
export { openNeo4jGraphStore, type Neo4jGraphStoreOptions } from './neo4j.ts';
export { syncCorpus, type IngestCorpus, type SyncOptions, type SyncReport } from './sync.ts';
