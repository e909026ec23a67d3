/** The graph module's public surface: the GraphStore port, its adapters (embedded, Neo4j) and corpus sync. */
export * from './port.ts';
export * from './embedded/index.ts';
export * from './neo4j/index.ts';
export { syncCorpus, type IngestCorpus, type SyncOptions, type SyncReport } from './sync.ts';
