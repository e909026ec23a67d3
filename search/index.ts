/** The search module's public surface: the port, its adapters (embedded, Meilisearch), sync, documents and the Kazakh analyzer. */
export * from './port.ts';
export { openEmbeddedSearchIndex, DEFAULT_RANKING, type EmbeddedSearchIndex, type EmbeddedSearchOptions, type RankingOptions } from './embedded.ts';
export { openMeilisearchIndex, MeilisearchIndexError, type MeilisearchIndexOptions } from './meilisearch.ts';
export { syncSearchIndex, type IndexSource, type SearchSync } from './sync.ts';
export { buildSearchDocuments, type Passage, type SearchDocument } from './documents.ts';
export { indexTerms, KazakhStemmer, createKazakhStemmer, stemWord } from './analyzer/index.ts';
