/**
 * Hostile and odd text in `search` through GraphQL, over the seed corpus: every input gets either
 * a BAD_USER_INPUT error naming the argument or an ordinary answer, never a crash, a masked
 * error, a match-everything or a widened filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_LIMITS } from '../../search/port.ts';
import { CODE_ID } from '../contract/corpus-fixture.ts';
import { post, serve, type Answer, type Served } from './api-fixture.ts';

const POLICY_ID = '/akn/kz/doc/policy/2021-06/lprc-administrative-procedures';
const SEARCH = `query ($q: String!, $filter: SearchFilter, $first: Int) {
  search(query: $q, filter: $filter, first: $first) { total hits { provision { id text document { id } } } }
}`;

interface Results {
  search: { total: number; hits: { provision: { id: string; text: string | null; document: { id: string } } }[] };
}

describe('search input', () => {
  let served: Served;
  const search = (q: string, filter?: Record<string, string>, first = 10): Promise<Answer<Results>> =>
    post<Results>(served.yoga, SEARCH, { variables: { q, filter: filter ?? null, first } });
  const totalOf = async (q: string) => {
    const answer = await search(q);
    expect(answer.errors).toBeUndefined();
    return answer.data?.search.total ?? -1;
  };

  beforeAll(async () => {
    served = await serve();
  });
  afterAll(() => served.close());

  it('rejects a 100 000-character query with BAD_USER_INPUT naming query and the limit, and accepts one at the limit', async () => {
    const answer = await search('сот '.repeat(25_000));
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(answer.errors?.[0]?.message).toContain(`at most ${SEARCH_LIMITS.maxQueryLength} characters`);
    expect((await search('сот '.repeat(SEARCH_LIMITS.maxQueryLength / 4))).errors).toBeUndefined();
  });

  it('answers punctuation only, regex wildcards, a lone quote and zero-width spaces with no hits, not with everything', async () => {
    for (const q of ['?!.,;:—«»()', '.*', '*', '"', '[a-z]+ \\d+', '\u200b\u200b', '👩‍⚖️']) {
      expect(await totalOf(q)).toBe(0);
    }
  });

  it('reads regex syntax, emoji, a NUL and a leading minus around a word as that word', async () => {
    const court = await totalOf('сот'); // сот: court
    expect(court).toBeGreaterThan(0);
    for (const q of ['(?i)сот', '⚖️ сот 👩‍⚖️', 'сот\u0000', '-сот', '"сот']) {
      expect(await totalOf(q)).toBe(court);
    }
  });

  it('answers a lone surrogate and mixed scripts without an error', async () => {
    expect(await totalOf('\ud800')).toBe(0);
    // court in Kazakh, English, Chinese and Arabic: the Kazakh word still finds provisions
    expect(await totalOf('сот court 法院 محكمة')).toBeGreaterThan(0);
  });

  it('does not treat a query of only stop words as a match on every provision holding them', async () => {
    const documents = await served.graph.listDocuments();
    const provisions = (await served.graph.provisionsOfDocuments(documents.map((d) => d.id))).flat();
    const withAnd = provisions.filter((p) => /(^|\s)және(\s|$)/.test(p.text ?? '')).length; // және: and
    expect(withAnd).toBeGreaterThan(1000);
    expect(await totalOf('және мен бен да де')).toBeLessThan(withAnd / 100); // and, with, with, also, also
  });

  it('keeps a filter-injection string in the query inside the filter it was given', async () => {
    const answer = await search(`сот" OR documentId = "${CODE_ID}`, { document: POLICY_ID }, 100);
    expect(answer.errors).toBeUndefined();
    const documents = new Set(answer.data?.search.hits.map((h) => h.provision.document.id));
    expect(documents).toEqual(new Set([POLICY_ID]));
  });

  it('rejects filter-injection strings in the filter with BAD_USER_INPUT naming the filter field', async () => {
    const document = await search('сот', { document: `${POLICY_ID}" OR documentId = "${CODE_ID}` });
    expect(document.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.document' });
    const chapter = await search('сот', { chapter: '1" OR chapter = "2' });
    expect(chapter.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.chapter' });
    const kind = await search('сот', { kind: 'CODE" OR kind = "POLICY' });
    expect(kind.errors?.[0]?.message).toMatch(/DocumentKind/);
  });
});
