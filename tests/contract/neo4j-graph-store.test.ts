/**
 * The GraphStore contract against a real Neo4j server, when one is configured:
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and NEO4J_DATABASE, default `neo4j`).
 * The suite EMPTIES that database before it runs: point it at a scratch server.
 */
import neo4j from 'neo4j-driver';
import { CLEAR_DATABASE } from '../../graph/neo4j/cypher.ts';
import { openNeo4jGraphStore } from '../../graph/neo4j/store.ts';
import { loadConfig } from '../../scripts/config.ts';
import { graphStoreContract } from './graph-store.contract.ts';
import { whenServerConfigured } from './real-server.ts';

whenServerConfigured(
  'GraphStore contract: neo4j',
  'NEO4J_URI',
  'set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run the contract against a real Neo4j 5 server (it empties NEO4J_DATABASE)',
  () => {
    const config = loadConfig({ ...process.env, ZANGRAPH_GRAPH: 'neo4j' }).graph;
    if (config.kind !== 'neo4j') throw new Error('loadConfig ignored ZANGRAPH_GRAPH=neo4j');

    graphStoreContract('neo4j', async () => {
      const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
      try {
        await driver.executeQuery(CLEAR_DATABASE, {}, { database: config.database });
      } finally {
        await driver.close();
      }
      return openNeo4jGraphStore(config);
    }, 'perCall');
  },
);
