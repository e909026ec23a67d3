import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../api/main.ts';
import { createServer } from '../../api/server.ts';
import { CODE_ID, ingestedCode, provision, testGraphStore } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';

describe('GraphQL over real HTTP', () => {
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    stored = await testGraphStore([await ingestedCode()]);
    const bound = await listen(await createServer({ graph: stored.store }), 0);
    server = bound.server;
    url = `http://127.0.0.1:${bound.port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stored.remove();
  });

  it('answers an article lookup posted to /graphql on a free port', async () => {
    const { data } = await graphql<{ article: { id: string; document: { id: string } } }>(
      fetch,
      `{ article(document: "${CODE_ID}", number: "15-1") { id document { id } } }`,
      {},
      url,
    );
    expect(data?.article).toEqual({ id: provision('art_15-1'), document: { id: CODE_ID } });
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });
});
