/** The embedded graph store: the GraphStore port in memory, persisted to a directory. */
export { openEmbeddedGraphStore, type EmbeddedGraphStore, type EmbeddedGraphStoreOptions } from './store.ts';
