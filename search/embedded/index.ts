/** The embedded search index: the SearchIndex port in memory, persisted to one file. */
export {
  DEFAULT_RANKING,
  openEmbeddedSearchIndex,
  type EmbeddedSearchIndex,
  type EmbeddedSearchOptions,
  type RankingOptions,
} from './search-index.ts';
