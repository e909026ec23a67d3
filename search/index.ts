/** The search module's public surface: the port, the embedded adapter, syncing, and the Kazakh analyzer. */
export * from './port.ts';
export { openEmbeddedSearchIndex, DEFAULT_RANKING, type EmbeddedSearchIndex, type EmbeddedSearchOptions, type RankingOptions } from './embedded.ts';
export { syncSearchIndex, type SearchSync } from './sync.ts';
export { buildSearchDocuments, type Passage, type SearchDocument } from './documents.ts';
export { indexTerms, KazakhStemmer, createKazakhStemmer, stemWord } from './analyzer/index.ts';
