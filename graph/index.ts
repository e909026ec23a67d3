/** The graph module's public surface: the model, the port, the embedded adapter and corpus sync. */
export type * from './model.ts';
export * from './port.ts';
export { openEmbeddedGraphStore, type EmbeddedGraphStore, type EmbeddedGraphStoreOptions } from './embedded.ts';
export { syncCorpus, type IngestCorpus, type SyncOptions, type SyncReport } from './sync.ts';
