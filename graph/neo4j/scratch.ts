/**
 * A Neo4j database the tests and the Neo4j benchmark may empty: the guard that keeps them off
 * somebody's real graph. Community Edition serves one user database, so a test cannot make its
 * own: it claims the configured one through a marker node, and refuses a database that holds data
 * without the marker before touching anything. The claim is also a lock: test files running in
 * parallel against one server take turns, and a claim older than STALE_MS is taken over, so a
 * crashed run does not block the next one.
 *
 * Not used by the store itself. It lives in the adapter (not under tests/) because the benchmark
 * (scripts/bench/neo4j.ts) claims its database the same way and scripts may not import tests; its
 * few statements stay here rather than in cypher.ts, which holds the adapter's statements only
 * (the server test plans every one of those against the indexes).
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import type { IngestedDocument } from '../../model/index.ts';
import type { GraphStore } from '../port.ts';
import { openNeo4jGraphStore, type Neo4jGraphStoreOptions } from './store.ts';

/** The marker's label: no zangraph data ever carries it, and the wipe spares it. */
export const SCRATCH_MARKER = 'ZangraphTestScratch';
/** How long a test file may wait for another to release the database (set as its hook timeout). */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;
const STALE_MS = 15 * 60_000;
const POLL_MS = 250;

/** The database to claim: where the store would connect. */
export type Neo4jTarget = Pick<Neo4jGraphStoreOptions, 'uri' | 'user' | 'password' | 'database'>;

export interface ScratchDatabase {
  target: Neo4jTarget;
  /** A driver for the tests' own queries (EXPLAIN, counts); closed by `release`. */
  driver: Driver;
  /** Deletes every node but the marker. */
  wipe(): Promise<void>;
  /** Gives the database back to the next claimant (its data stays until that one wipes it). */
  release(): Promise<void>;
}

/** Waits until the database is free, claims it and empties it; throws if it holds data that is not the tests'. */
export async function claimScratchDatabase(target: Neo4jTarget): Promise<ScratchDatabase> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  const owner = `${process.pid}-${randomUUID()}`;
  const run = (text: string, params: Record<string, unknown> = {}) => driver.executeQuery(text, params, { database: target.database });
  try {
    // Look before touching: even the marker's constraint is only created in an empty or marked database.
    const [state] = (await run(`RETURN EXISTS { (m:${SCRATCH_MARKER}) } AS marked, EXISTS { (n) WHERE NOT n:${SCRATCH_MARKER} } AS others`))
      .records;
    if (state?.get('others') === true && state.get('marked') !== true) throw foreignData(target);
    await run(`CREATE CONSTRAINT zangraph_test_scratch IF NOT EXISTS FOR (m:${SCRATCH_MARKER}) REQUIRE m.id IS UNIQUE`);
    const deadline = Date.now() + CLAIM_TIMEOUT_MS;
    for (let holder = await tryClaim(driver, target, owner); holder !== owner; holder = await tryClaim(driver, target, owner)) {
      if (Date.now() > deadline)
        throw new Error(`${where(target)} is still claimed by test run ${holder} after ${CLAIM_TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (error) {
    await driver.close();
    throw error;
  }
  const scratch: ScratchDatabase = {
    target,
    driver,
    async wipe() {
      const session = driver.session({ database: target.database });
      try {
        // Batched, so a bench-sized graph does not need one huge transaction.
        await session.run(`MATCH (n) WHERE NOT n:${SCRATCH_MARKER} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
      } finally {
        await session.close();
      }
    },
    async release() {
      try {
        await run(`MATCH (m:${SCRATCH_MARKER} {id: 'claim', owner: $owner}) SET m.owner = null`, { owner });
      } finally {
        await driver.close();
      }
    },
  };
  await scratch.wipe();
  return scratch;
}

/**
 * One claim attempt in one write transaction: the SET locks the marker first, so two claimants
 * cannot both read it free. Returns the holder after the attempt (ours if it succeeded).
 */
async function tryClaim(driver: Driver, target: Neo4jTarget, owner: string): Promise<string> {
  const session = driver.session({ database: target.database });
  try {
    return await session.executeWrite(async (tx) => {
      const locked = await tx.run(
        `MERGE (m:${SCRATCH_MARKER} {id: 'claim'}) ON CREATE SET m.createdBy = $owner SET m.lockedBy = $owner
         RETURN m.createdBy = $owner AND m.owner IS NULL AS created, m.owner AS holder, m.claimedAt AS claimedAt`,
        { owner },
      );
      const row = locked.records[0];
      const created = row?.get('created') === true;
      const holder = (row?.get('holder') as string | null) ?? null;
      const claimedAt = Number(row?.get('claimedAt') ?? 0);
      if (created) {
        const others = await tx.run(`RETURN EXISTS { (n) WHERE NOT n:${SCRATCH_MARKER} } AS others`);
        if (others.records[0]?.get('others') === true) throw foreignData(target); // rolls the marker back
      }
      if (holder !== null && holder !== owner && Date.now() - claimedAt < STALE_MS) return holder;
      await tx.run(`MATCH (m:${SCRATCH_MARKER} {id: 'claim'}) SET m.owner = $owner, m.claimedAt = $now`, { owner, now: Date.now() });
      return owner;
    });
  } finally {
    await session.close();
  }
}

function where(target: Neo4jTarget): string {
  return `Neo4j database "${target.database}" at ${target.uri}`;
}

function foreignData(target: Neo4jTarget): Error {
  return new Error(
    `refusing to use ${where(target)} for tests: it holds data and no ${SCRATCH_MARKER} marker, so it is not a scratch database ` +
      'the tests made (they empty it). Point NEO4J_URI / NEO4J_DATABASE at an empty database, e.g. scripts/neo4j-test-server.sh',
  );
}

/** A Neo4j graph store over a claimed scratch database holding `documents`; `remove` closes it and releases the database. */
export async function openScratchNeo4jStore(
  target: Neo4jTarget,
  documents: readonly IngestedDocument[],
): Promise<{ store: GraphStore; scratch: ScratchDatabase; remove(): Promise<void> }> {
  const scratch = await claimScratchDatabase(target);
  let store: GraphStore;
  try {
    store = await openNeo4jGraphStore(scratch.target);
    for (const doc of documents) await store.writeDocument(doc);
  } catch (error) {
    await scratch.release();
    throw error;
  }
  return {
    store,
    scratch,
    async remove() {
      try {
        await store.close();
      } finally {
        await scratch.release();
      }
    },
  };
}
