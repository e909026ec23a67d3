/**
 * The GraphStore contract against a real Neo4j server, when one is configured:
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and NEO4J_DATABASE, default `neo4j`).
 * The suite empties that database, and refuses one that holds data it did not make
 * (tests/contract/neo4j-scratch.ts); `scripts/neo4j-test-server.sh` starts a throw-away server.
 */
import { vi } from 'vitest';
import { graphStoreContract } from './graph-store.contract.ts';
import { CLAIM_TIMEOUT_MS, scratchNeo4jStore } from './neo4j-scratch.ts';
import { whenServerConfigured } from './real-server.ts';

whenServerConfigured(
  'GraphStore contract: neo4j',
  'NEO4J_URI',
  'set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run the contract against a real Neo4j 5 server, or run it under scripts/neo4j-test-server.sh',
  () => {
    // Another test file may hold the database: waiting for it counts against the hook.
    vi.setConfig({ hookTimeout: CLAIM_TIMEOUT_MS + 120_000 });

    // The contract makes a store per test and closes it after: closing releases the claim, so the next
    // test's store can claim (and empty) the database again.
    graphStoreContract(
      'neo4j',
      async () => {
        const { store, remove } = await scratchNeo4jStore([]);
        return { ...store, close: remove };
      },
      'perCall',
    );
  },
);
