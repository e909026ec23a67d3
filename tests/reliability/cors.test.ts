/** Cross-origin access as configured (ZANGRAPH_CORS_ORIGIN), seen through real preflight and real requests to the server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './api-fixture.ts';

const APP = 'https://app.zangraph.kz';
const OTHER_APP = 'http://localhost:5173';
const STRANGER = 'https://evil.example';

/** A browser's preflight before a cross-origin POST with JSON and a bearer token. */
function preflight(served: Served, origin: string): Promise<Response> {
  return Promise.resolve(
    served.yoga.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    }),
  );
}

function crossOriginPost(served: Served, origin: string): Promise<Response> {
  return Promise.resolve(
    served.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    }),
  );
}

describe('CORS', () => {
  const servers: Served[] = [];
  let sameOriginOnly: Served;
  let twoOrigins: Served;
  let anyOrigin: Served;
  beforeAll(async () => {
    sameOriginOnly = await serve({ filled: false });
    twoOrigins = await serve({ filled: false, security: { corsOrigins: [APP, OTHER_APP] } });
    anyOrigin = await serve({ filled: false, security: { corsOrigins: ['*'] } });
    servers.push(sameOriginOnly, twoOrigins, anyOrigin);
  });
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it('by default sends no CORS headers at all, so browsers keep other origins out', async () => {
    const answer = await preflight(sameOriginOnly, APP);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-headers')).toBeNull();
    const post = await crossOriginPost(sameOriginOnly, APP);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a configured origin preflight a POST carrying Authorization, without credentials', async () => {
    for (const origin of [APP, OTHER_APP]) {
      const answer = await preflight(twoOrigins, origin);
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
      expect(answer.headers.get('access-control-allow-headers')?.split(/,\s*/)).toEqual(
        expect.arrayContaining(['content-type', 'authorization']),
      );
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      expect(answer.headers.get('vary')).toMatch(/Origin/);
    }
    const post = await crossOriginPost(twoOrigins, APP);
    expect(post.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await post.json()).toEqual({ data: { stats: { documents: 0 } } });
  });

  it('does not allow an origin that is not configured', async () => {
    const answer = await preflight(twoOrigins, STRANGER);
    expect(answer.headers.get('access-control-allow-origin')).not.toBe(STRANGER);
    expect((await crossOriginPost(twoOrigins, STRANGER)).headers.get('access-control-allow-origin')).not.toBe(STRANGER);
  });

  it('with "*", allows any origin, still without credentials', async () => {
    const answer = await preflight(anyOrigin, STRANGER);
    expect(answer.headers.get('access-control-allow-origin')).toBe(STRANGER);
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
