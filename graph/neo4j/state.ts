/**
 * What every Neo4j operation needs, as one explicit value (the driver, where it points, the
 * batch size), and the transaction helpers over it that turn rows back into the port's shapes.
 * The store's operations are module functions over this state (write.ts, reads.ts,
 * traversal.ts), so each can be called and tested without building a whole store.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { fromJson } from './rows.ts';
import { GraphStoreError } from '../port.ts';

export const BACKEND = 'neo4j';

export interface Neo4jState {
  driver: Driver;
  /** For error messages only */
  uri: string;
  /** Always sent, so no query depends on the server's default database */
  database: string;
  /** Rows per UNWIND statement */
  batchSize: number;
}

/** One managed transaction (retried by the driver on transient errors); failures become `[graph:neo4j]` errors. */
export async function inTransaction<T>(
  state: Neo4jState,
  operation: string,
  mode: 'READ' | 'WRITE',
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = state.driver.session({ database: state.database, defaultAccessMode: neo4j.session[mode] });
  try {
    return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
  } catch (error) {
    throw asStoreError(operation, error, state.uri, state.database);
  } finally {
    await session.close();
  }
}

/** One read statement in its own read transaction. */
export async function query(
  state: Neo4jState,
  operation: string,
  text: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> {
  return inTransaction(state, operation, 'READ', async (tx) => (await tx.run(text, params)).records);
}

/** Rows of (key, json) → one model object or null per key, in key order. */
export async function byIds<T>(state: Neo4jState, operation: string, text: string, ids: readonly string[]): Promise<(T | null)[]> {
  if (ids.length === 0) return [];
  const records = await query(state, operation, text, { keys: [...ids] });
  const found = new Map(records.map((r) => [r.get('key') as string, fromJson<T>(r.get('json'), operation)]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Rows of (key, items) → one list per key, in key order; `decode` turns an item of a key's list into the model. */
export async function listsByKey<T>(
  state: Neo4jState,
  operation: string,
  text: string,
  keys: readonly string[],
  params: Record<string, unknown> = {},
  decode: (item: unknown, key: string) => T = (item) => fromJson<T>(item, operation),
): Promise<T[][]> {
  if (keys.length === 0) return [];
  const records = await query(state, operation, text, { keys: [...keys], ...params });
  const found = new Map(
    records.map((r) => {
      const key = r.get('key') as string;
      return [key, (r.get('items') as unknown[]).map((item) => decode(item, key))];
    }),
  );
  return keys.map((key) => found.get(key) ?? []);
}

/** What to check, by driver error code: the message a failed connection must carry. */
const HINTS: [RegExp, string][] = [
  [/^ServiceUnavailable$|^SessionExpired$/, 'is the Neo4j server running and reachable, and is NEO4J_URI right?'],
  [/Security\.(Unauthorized|AuthenticationRateLimit)/, 'check NEO4J_USER and NEO4J_PASSWORD'],
  [/Database\.DatabaseNotFound/, 'check NEO4J_DATABASE (Neo4j Community Edition serves only "neo4j")'],
  [/^N\/A$|Invalid URL|scheme/i, 'check NEO4J_URI (e.g. neo4j://localhost:7687)'],
];

export function asStoreError(operation: string, error: unknown, uri: string, database: string): GraphStoreError {
  if (error instanceof GraphStoreError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const hint = HINTS.find(([pattern]) => pattern.test(code) || (code === '' && pattern.test(message)))?.[1];
  return new GraphStoreError(
    BACKEND,
    `${operation} failed at ${uri} (database "${database}"): ${message}${code ? ` [${code}]` : ''}${hint ? `; ${hint}` : ''}`,
    { cause: error },
  );
}
