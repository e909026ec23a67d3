/** The Meilisearch search index: the SearchIndex port over a Meilisearch 1.15+ server. */
export { MeilisearchIndexError, openMeilisearchIndex, type MeilisearchIndexOptions } from './search-index.ts';
