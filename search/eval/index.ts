/** Relevance evaluation of the search index: metrics over judged queries, and the engine-default analyzer to compare with. */
export { engineDefaultAnalyzer } from './baseline-analyzer.ts';
export * from './metrics.ts';
