/**
 * Hostile and heavy queries against the real server over the seed corpus: each limit is met by a
 * query that exceeds it and gets a typed error, and the server goes on answering. The depth
 * and alias limits' messages, `amendments(first: 101)` and `citationGraph(depth: 6)` are also
 * tested in tests/api/graphql.test.ts; this file adds the codes and the limits not tested there.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../api/limits.ts';
import { MAX_PAGE_SIZE, MAX_TRAVERSAL_DEPTH } from '../../graph/port.ts';
import { readManifest } from '../../ingest/index.ts';
import { SEARCH_LIMITS } from '../../search/port.ts';
import { CODE_ID, provision } from '../contract/corpus-fixture.ts';
import { codeOf, CORPUS_DIR, post, serve, type Served } from './api-fixture.ts';

const ART_23 = provision('art_23');
const ART_22 = provision('art_22');

/** Nested 12 deep: over the depth limit of 10. */
const TOO_DEEP = `{ provision(id: "${ART_23}") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`;
/** 16 aliases: over the limit of 15. */
const TOO_MANY_ALIASES = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { documents }`).join(' ')} }`;
/** 1 000 fields: over the limit of 1 000 tokens with the braces. */
const TOO_MANY_TOKENS = `{ stats { ${Array.from({ length: 1000 }, () => 'documents').join(' ')} } }`;
/** 51 directives: over the limit of 50. */
const TOO_MANY_DIRECTIVES = `{ stats ${Array.from({ length: 51 }, () => '@include(if: true)').join(' ')} { documents } }`;
/**
 * Each fragment asks for three relatives, each with the fragment below: four levels make tens of
 * thousands of provisions in about 400 characters — under the depth and token limits, over the cost budget.
 */
const TOO_COSTLY = [
  `{ provision(id: "${ART_23}") { ...G4 } }`,
  'fragment G0 on Provision { id number heading text status type }',
  ...[1, 2, 3, 4].map(
    (k) => `fragment G${k} on Provision { children { ...G${k - 1} } parent { ...G${k - 1} } ancestors { ...G${k - 1} } }`,
  ),
].join('\n');

/** A heavy real question: every provision within five citation hops of article 23, both ways, with texts. */
const HEAVY_TRAVERSAL = `{ citationGraph(from: "${ART_23}", direction: BOTH, depth: 5) {
  nodes { id number heading text document { id title } }
  edges { from { id } to { id } citation { id raw } }
} }`;

/** Every article of the code with its parts and their points: thousands of provisions, within the cost budget. */
const WHOLE_CODE = `{ document(id: "${CODE_ID}") { id articles { id number heading text children { id text children { id text } } } } }`;

describe('query limits', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve();
  });
  afterAll(() => served.close());

  it.each([
    ['depth', TOO_DEEP, 'maxDepth', /depth limit of 10/],
    ['cost', TOO_COSTLY, 'cost', new RegExp(`budget of ${DEFAULT_QUERY_LIMITS.maxCost}`)],
    ['aliases', TOO_MANY_ALIASES, 'maxAliases', /Aliases limit of 15/i],
    ['tokens', TOO_MANY_TOKENS, 'maxTokens', /Token limit of 1000/],
    ['directives', TOO_MANY_DIRECTIVES, 'maxDirectives', /Directives limit of 50/],
  ])(
    'rejects a query over the %s limit with QUERY_LIMIT_EXCEEDED naming the limit, before running it',
    async (_, query, limit, message) => {
      const answer = await post(served.yoga, query);
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit });
      expect(answer.errors?.[0]?.message).toMatch(message);
      expect(answer.errors?.[0]?.message).not.toMatch(/Syntax Error/);
      expect(answer.data ?? null).toBeNull();
    },
  );

  it('rejects a page of 1 000 amendments, search hits or most-amended provisions with BAD_USER_INPUT naming first', async () => {
    for (const query of [
      `{ amendments(first: 1000) { totalCount } }`,
      `{ search(query: "сот", first: 1000) { total } }`,
      `{ mostAmended(first: 1000) { count } }`,
    ]) {
      const answer = await post(served.yoga, query);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(answer.errors?.[0]?.message).toMatch(new RegExp(`from 1 to (${MAX_PAGE_SIZE}|${SEARCH_LIMITS.maxLimit})`));
    }
  });

  it('rejects a citation path search of 6 hops with BAD_USER_INPUT naming maxDepth', async () => {
    const answer = await post(
      served.yoga,
      `{ citationPath(from: "${ART_23}", to: "${ART_22}", maxDepth: ${MAX_TRAVERSAL_DEPTH + 1}) { id } }`,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxDepth' });
  });

  it('answers the heavy traversal and the whole-code read within the default time limit, and normal queries after every rejection', async () => {
    const heavy = await post<{ citationGraph: { nodes: unknown[] } }>(served.yoga, HEAVY_TRAVERSAL);
    expect(heavy.errors).toBeUndefined();
    expect(heavy.data?.citationGraph.nodes.length).toBeGreaterThan(1);
    const whole = await post<{ document: { articles: unknown[] } }>(served.yoga, WHOLE_CODE);
    expect(whole.errors).toBeUndefined();
    expect(whole.data?.document.articles.length).toBeGreaterThan(100);
    const after = await post<{ document: { id: string } }>(served.yoga, `{ document(id: "${CODE_ID}") { id } }`);
    expect(after.data?.document.id).toBe(CODE_ID);
  });
});

describe('request time limit', () => {
  it('answers a whole-code read that outlasts a 1 ms limit with one TIMEOUT error naming the limit, and no partial data', async () => {
    const served = await serve({ security: { requestTimeoutMs: 1 } });
    try {
      const answer = await post(served.yoga, WHOLE_CODE);
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'TIMEOUT', limitMs: 1 });
      expect(answer.errors?.[0]?.message).toMatch(/limit of 1 ms/);
      expect(answer.data ?? null).toBeNull();
    } finally {
      await served.close();
    }
  });

  it('answers TIMEOUT while a long write is still running, not once it ends; the write itself completes', async () => {
    const token = 'f'.repeat(40);
    // the write is held before it parses the corpus until the answer has come
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const served = await serve({ filled: false, security: { requestTimeoutMs: 1, adminToken: token }, beforeIngest: () => held });
    try {
      const answer = await post(served.yoga, 'mutation { reingest { ingested } }', { headers: { authorization: `Bearer ${token}` } });
      expect(codeOf(answer)).toBe('TIMEOUT');
      const documents = (await readManifest(CORPUS_DIR)).length;
      expect((await served.graph.counts()).documents).toBe(0);
      release();
      // the sync goes on to the end (the search index is written last) before the stores are closed
      await vi.waitFor(async () => expect((await served.search.indexedVersions()).length).toBe(documents), {
        timeout: 60_000,
        interval: 50,
      });
      expect((await served.graph.counts()).documents).toBe(documents);
    } finally {
      await served.close();
    }
  }, 90_000);

  it('gives each of two overlapping requests its whole limit, the later one timed from its own start', async () => {
    const token = 'f'.repeat(40);
    const limitMs = 300;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const served = await serve({ filled: false, security: { requestTimeoutMs: limitMs, adminToken: token }, beforeIngest: () => held });
    try {
      const write = async () => {
        const started = performance.now();
        const answer = await post(served.yoga, 'mutation { reingest { ingested } }', { headers: { authorization: `Bearer ${token}` } });
        return { code: codeOf(answer), ms: performance.now() - started };
      };
      const first = write();
      await new Promise((resolve) => setTimeout(resolve, limitMs / 2));
      const [earlier, later] = await Promise.all([first, write()]);
      expect(earlier.code).toBe('TIMEOUT');
      expect(later.code).toBe('TIMEOUT');
      expect(earlier.ms).toBeGreaterThanOrEqual(limitMs);
      expect(later.ms).toBeGreaterThanOrEqual(limitMs);
    } finally {
      release();
      // both syncs go on to the end before the stores are closed
      const documents = (await readManifest(CORPUS_DIR)).length;
      await vi.waitFor(async () => expect((await served.search.indexedVersions()).length).toBe(documents), {
        timeout: 60_000,
        interval: 50,
      });
      await served.close();
    }
  }, 90_000);
});
