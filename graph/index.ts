/** The graph module's public surface: the GraphStore port and its adapters (embedded, Neo4j). */
export * from './port.ts';
export * from './embedded/index.ts';
export * from './neo4j/index.ts';
