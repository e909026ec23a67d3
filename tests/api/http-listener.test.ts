/**
 * api/http.ts over a real socket: JSON bodies read by the listener reach yoga unchanged in
 * meaning (same answers as yoga.fetch), yoga still answers malformed bodies in its own words,
 * and a body over the limit is refused with 413 whether or not it declares its length.
 */
import { type Server, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES } from '../../api/http.ts';
import { listen } from '../../api/main.ts';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { CODE_ID, ingestedCode, provision, testGraphStore } from '../contract/corpus-fixture.ts';

const ARTICLE_QUERY = `query ($number: String!) { article(document: "${CODE_ID}", number: $number) { id number status } }`;

interface Answer {
  status: number;
  body: string;
}

describe('the node:http listener in front of yoga', () => {
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let yoga: ZangraphYoga;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    stored = await testGraphStore([await ingestedCode()]);
    yoga = await createServer({ graph: stored.store }, { graphiql: false });
    ({ server, port } = await listen(yoga, 0));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stored.remove();
  });

  /** POST raw bytes with node:http, so the body can be malformed, empty or sent in chunks without a length. */
  function post(body: string, options: { chunked?: boolean; contentType?: string } = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = {
        'content-type': options.contentType ?? 'application/json',
        accept: 'application/graphql-response+json',
      };
      if (!options.chunked) headers['content-length'] = String(Buffer.byteLength(body));
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      // a refused body may be cut short by the server closing the connection after its answer
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error),
      );
      if (options.chunked) {
        for (let i = 0; i < body.length; i += 16_384) req.write(body.slice(i, i + 16_384));
        req.end();
      } else req.end(body);
    });
  }

  async function viaFetch(body: string, contentType = 'application/json'): Promise<Answer> {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': contentType, accept: 'application/graphql-response+json' },
      body,
    });
    return { status: response.status, body: await response.text() };
  }

  it('answers a posted query with variables as yoga answers it in-process', async () => {
    const body = JSON.stringify({ query: ARTICLE_QUERY, variables: { number: '4' } });
    const answer = await post(body);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { article: { id: provision('art_4'), number: '4', status: 'IN_FORCE' } } });
    expect(answer).toEqual(await viaFetch(body));
  });

  it('reads a body sent in chunks without a declared length', async () => {
    const answer = await post(JSON.stringify({ query: ARTICLE_QUERY, variables: { number: '23' } }), { chunked: true });
    expect(JSON.parse(answer.body)).toEqual({ data: { article: { id: provision('art_23'), number: '23', status: 'IN_FORCE' } } });
  });

  it.each([
    ['invalid JSON', '{"query": '],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
    ['an empty object', '{}'],
  ])('leaves %s to yoga, which answers it with its own error', async (_, body) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer).toEqual(await viaFetch(body));
  });

  it('answers an empty body with an error instead of waiting for one', async () => {
    const answer = await post('');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toHaveProperty('errors');
  });

  it('refuses a body over the limit with 413, declared or chunked', async () => {
    const padding = 'x'.repeat(MAX_JSON_BODY_BYTES);
    const body = JSON.stringify({ query: ARTICLE_QUERY, variables: { number: '4', padding } });
    for (const chunked of [false, true]) {
      const answer = await post(body, { chunked });
      expect(answer.status, `chunked: ${chunked}`).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    }
  });

  it('passes other content types to yoga untouched', async () => {
    const body = `{ article(document: "${CODE_ID}", number: "4") { id } }`;
    const answer = await post(body, { contentType: 'text/plain' });
    expect(answer.status).not.toBe(200);
    expect(answer).toEqual(await viaFetch(body, 'text/plain'));
  });
});
