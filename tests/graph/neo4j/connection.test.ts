/**
 * What a failed Neo4j connection tells the operator. These run without a server: a closed
 * local port and a malformed URI are real failures of the real driver.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { asStoreError, openNeo4jGraphStore } from '../../../graph/neo4j/store.ts';
import { GraphStoreError } from '../../../graph/port.ts';

const options = { user: 'neo4j', password: 'not-the-password', database: 'neo4j' };

async function openError(uri: string): Promise<GraphStoreError> {
  const error = await openNeo4jGraphStore({ ...options, uri }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof GraphStoreError)) throw new Error(`expected a GraphStoreError, got ${String(error)}`);
  return error;
}

describe('openNeo4jGraphStore', () => {
  it('names the backend, the URL, the database and what to check when no server listens', async () => {
    const error = await openError('bolt://127.0.0.1:1');
    expect(error.message).toMatch(/^\[graph:neo4j\] connect and set up schema failed at bolt:\/\/127\.0\.0\.1:1 \(database "neo4j"\)/);
    expect(error.message).toContain('[ServiceUnavailable]');
    expect(error.message).toContain('is the Neo4j server running and reachable, and is NEO4J_URI right?');
    expect(error.cause).toBeInstanceOf(neo4j.Neo4jError);
  });

  it('rejects a URI scheme the driver does not speak before connecting', async () => {
    const error = await openError('http://127.0.0.1:7474');
    expect(error.message).toMatch(/^\[graph:neo4j\] connect failed at http:\/\/127\.0\.0\.1:7474/);
    expect(error.message).toContain('check NEO4J_URI');
  });

  it('never puts the password in the message', async () => {
    expect((await openError('neo4j://127.0.0.1:1')).message).not.toContain(options.password);
  });
});

describe('asStoreError', () => {
  const wrap = (code: string) =>
    asStoreError('write /akn/x', new neo4j.Neo4jError('server said no', code, '50N42', 'error'), 'neo4j://db:7687', 'laws');

  it('points at the credentials when the server refuses them', () => {
    expect(wrap('Neo.ClientError.Security.Unauthorized').message).toBe(
      '[graph:neo4j] write /akn/x failed at neo4j://db:7687 (database "laws"): server said no ' +
        '[Neo.ClientError.Security.Unauthorized]; check NEO4J_USER and NEO4J_PASSWORD',
    );
  });

  it('points at NEO4J_DATABASE when the database does not exist', () => {
    expect(wrap('Neo.ClientError.Database.DatabaseNotFound').message).toContain(
      'check NEO4J_DATABASE (Neo4j Community Edition serves only "neo4j")',
    );
  });

  it('keeps the cause and passes a store error through unchanged', () => {
    const cause = new Error('boom');
    const error = asStoreError('counts', cause, 'neo4j://db', 'neo4j');
    expect(error.cause).toBe(cause);
    expect(asStoreError('other', error, 'neo4j://db', 'neo4j')).toBe(error);
  });
});
