/**
 * The tests' Neo4j scratch database: the server the environment names (NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE), claimed through the guard in graph/neo4j/scratch.ts, which
 * marks the database as the tests' and refuses one holding other data before touching anything.
 */
import {
  claimScratchDatabase as claim,
  openScratchNeo4jStore,
  type GraphStore,
  type Neo4jTarget,
  type ScratchDatabase,
} from '../../graph/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { loadConfig } from '../../scripts/config.ts';

export { CLAIM_TIMEOUT_MS, SCRATCH_MARKER, type Neo4jTarget, type ScratchDatabase } from '../../graph/index.ts';

/** The server named by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, validated as `npm start` does. */
export function neo4jTarget(): Neo4jTarget {
  const config = loadConfig({ ...process.env, ZANGRAPH_GRAPH: 'neo4j' }).graph;
  if (config.kind !== 'neo4j') throw new Error('loadConfig ignored ZANGRAPH_GRAPH=neo4j');
  return config;
}

/** Waits until the database is free, claims it and empties it; throws if it holds data that is not the tests'. */
export function claimScratchDatabase(target: Neo4jTarget = neo4jTarget()): Promise<ScratchDatabase> {
  return claim(target);
}

/** A Neo4j graph store over the claimed scratch database holding `documents`; `remove` closes it and releases the database. */
export function scratchNeo4jStore(
  documents: readonly IngestedDocument[],
): Promise<{ store: GraphStore; scratch: ScratchDatabase; remove(): Promise<void> }> {
  return openScratchNeo4jStore(neo4jTarget(), documents);
}
