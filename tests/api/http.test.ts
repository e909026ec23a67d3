import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../api/main.ts';
import { createServer } from '../../api/server.ts';
import { openEmbeddedGraphStore, type EmbeddedGraphStore } from '../../graph/embedded.ts';
import { CODE_ID, ingestedCode, provision } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';

describe('GraphQL over real HTTP', () => {
  let dataDir: string;
  let store: EmbeddedGraphStore;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zangraph-http-'));
    store = await openEmbeddedGraphStore({ dataDir });
    await store.writeDocument(await ingestedCode());
    const bound = await listen(await createServer({ graph: store }), 0);
    server = bound.server;
    url = `http://127.0.0.1:${bound.port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
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
