/** The search module's public surface: the port, its adapters (embedded, Meilisearch), search documents and the Kazakh analyzer. */
export * from './port.ts';
export * from './embedded/index.ts';
export * from './meilisearch/index.ts';
export { buildSearchDocuments, type Passage, type SearchDocument } from './documents.ts';
export { indexTerms, KazakhStemmer, createKazakhStemmer, stemWord, kazakhAnalyzer, type TextAnalyzer } from './analyzer/index.ts';
