/**
 * The one place that turns a validated configuration into open adapters, so `npm start` and
 * `npm run ingest` run the same way on every backend. Everything else sees only the ports.
 */
import { openEmbeddedGraphStore, openNeo4jGraphStore, type GraphStore } from '../graph/index.ts';
import { openEmbeddedSearchIndex, openMeilisearchIndex, type SearchIndex } from '../search/index.ts';
import type { Config, GraphConfig, SearchConfig } from './config.ts';

export interface Backends {
  graph: GraphStore;
  search: SearchIndex;
  /** One line naming each backend and where it lives (never credentials), for start-up logs */
  description: string;
  close(): Promise<void>;
}

export async function createBackends(config: Pick<Config, 'graph' | 'search'>): Promise<Backends> {
  const graph = await openGraph(config.graph);
  let search: SearchIndex;
  try {
    search = await openSearch(config.search);
  } catch (error) {
    await graph.close();
    throw error;
  }
  return {
    graph,
    search,
    description: `graph: ${describeGraph(config.graph)}; search: ${describeSearch(config.search)}`,
    async close() {
      await Promise.all([graph.close(), search.close()]);
    },
  };
}

function openGraph(config: GraphConfig): Promise<GraphStore> {
  return config.kind === 'neo4j' ? openNeo4jGraphStore(config) : openEmbeddedGraphStore({ dataDir: config.dir });
}

function openSearch(config: SearchConfig): Promise<SearchIndex> {
  return config.kind === 'meilisearch'
    ? openMeilisearchIndex({ host: config.host, apiKey: config.apiKey })
    : openEmbeddedSearchIndex({ dataDir: config.dir });
}

function describeGraph(config: GraphConfig): string {
  return config.kind === 'neo4j' ? `neo4j ${config.uri} database "${config.database}"` : `embedded ${config.dir}`;
}

function describeSearch(config: SearchConfig): string {
  return config.kind === 'meilisearch' ? `meilisearch ${config.host}` : `embedded ${config.dir}`;
}
