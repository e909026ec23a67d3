/** GraphQL `search` and `analyze` over the embedded graph store and search index, through yoga.fetch. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZangraphYoga } from '../../api/server.ts';
import { graphql, type GraphQLResponse } from '../api/graphql-client.ts';
import { serveInEmbeddedStores, type ServedStores } from './served-stores.ts';
import { CODE_ID, ingestedCode, provision } from '../contract/corpus-fixture.ts';

interface SearchAnswer {
  search: {
    total: number;
    facets: { kind: { value: string; count: number }[]; chapter: { value: string; count: number }[] };
    hits: {
      cursor: string;
      score: number;
      snippet: string;
      highlights: string[];
      provision: { id: string; type: string; number: string | null; document: { id: string } };
    }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const SEARCH = `query ($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    total
    facets { kind { value count } chapter { value count } }
    hits { cursor score snippet highlights provision { id type number document { id } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

describe('GraphQL search', () => {
  let served: ServedStores;
  let yoga: ZangraphYoga;
  const ask = <T>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);
  const codeOf = (errors: { extensions?: Record<string, unknown> }[] | undefined) => errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    const code = await ingestedCode();
    served = await serveInEmbeddedStores('zangraph-search-api-', code);
    yoga = served.yoga;
  });
  afterAll(() => served.close());

  it('returns ranked hits with their Provision, snippet, highlights and facets', async () => {
    // 121-бап. Сотта медиация жүргізу тәртібі (line 7398)
    const { data, errors } = await ask<SearchAnswer>(SEARCH, { q: 'медиацияның', first: 3 });
    expect(errors).toBeUndefined();
    const top = data?.search.hits[0];
    expect(top?.provision).toEqual({ id: provision('art_121'), type: 'ARTICLE', number: '121', document: { id: CODE_ID } });
    expect(top?.snippet).toMatch(/<mark>медиация/i);
    expect(data?.search.facets.kind).toEqual([{ value: 'CODE', count: data?.search.total }]);
  });

  it('filters by a year of last amendment, a partial date standing for the whole year, and counts by that year', async () => {
    type Dated = { type: string; amendments: { effectiveFrom: string | null; act: { date: string | null } }[] };
    type Answer = {
      search: {
        total: number;
        facets: { lastAmended: { value: string; count: number }[] };
        hits: { provision: Dated & { id: string; ancestors: Dated[] } }[];
      };
    };
    const text = `query ($filter: SearchFilter) { search(query: "әкімшілік акт", filter: $filter, first: 100) {
      total facets { lastAmended { value count } } hits { provision { id type amendments { effectiveFrom act { date } }
      ancestors { type amendments { effectiveFrom act { date } } } } } } }`;
    const all = await ask<Answer>(text);
    const y2026 = all.data?.search.facets.lastAmended.find((f) => f.value === '2026');
    expect(y2026?.count).toBeGreaterThan(0);
    const narrowed = await ask<Answer>(text, { filter: { lastAmended: { from: '2026', to: '2026' } } });
    expect(narrowed.data?.search.total).toBe(y2026?.count);
    // What the amendment list of the hit's search document (its article, when the hit is a part of one) says: its latest date lies in 2026.
    for (const hit of narrowed.data?.search.hits ?? []) {
      const searched = hit.provision.ancestors.find((a) => a.type === 'ARTICLE') ?? hit.provision;
      const latest = searched.amendments
        .map((a) => a.effectiveFrom ?? a.act.date ?? '')
        .sort()
        .at(-1);
      expect(latest?.slice(0, 4), hit.provision.id).toBe('2026');
    }
    const reversed = await ask(text, { filter: { lastAmended: { from: '2026', to: '2025' } } });
    expect(codeOf(reversed.errors)).toBe('BAD_USER_INPUT');
  });

  it('names each document of the document facet, as many as asked for', async () => {
    type Answer = {
      search: { total: number; facets: { document: { value: string; count: number; document: { id: string; shortNames: string[] } }[] } };
    };
    const { data } = await ask<Answer>(
      `{ search(query: "сот", first: 1) { total facets { document(first: 1) { value count document { id shortNames } } } } }`,
    );
    expect(data?.search.facets.document).toEqual([
      { value: CODE_ID, count: data?.search.total, document: { id: CODE_ID, shortNames: ['ӘРПК'] } },
    ]);
    const refused = await ask(`{ search(query: "сот") { facets { document(first: 101) { value } } } }`);
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
  });

  it('answers a reference query with the part it names', async () => {
    const { data } = await ask<SearchAnswer>(SEARCH, { q: 'ӘРПК 22-бап 2-бөлік' });
    expect(data?.search.hits[0]?.provision).toMatchObject({ id: provision('art_22__para_2'), type: 'PART', number: '2' });
  });

  it('pages with cursors: the second page continues the first', async () => {
    const all = await ask<SearchAnswer>(SEARCH, { q: 'әкімшілік акт', first: 6 });
    const first = await ask<SearchAnswer>(SEARCH, { q: 'әкімшілік акт', first: 3 });
    expect(first.data?.search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await ask<SearchAnswer>(SEARCH, { q: 'әкімшілік акт', first: 3, after: first.data?.search.pageInfo.endCursor });
    expect(second.data?.search.pageInfo.hasPreviousPage).toBe(true);
    const ids = (a: typeof all) => a.data?.search.hits.map((h) => h.provision.id) ?? [];
    expect([...ids(first), ...ids(second)]).toEqual(ids(all));
  });

  it('pages to the last hit when an article is split into several part hits, which the total does not count', async () => {
    // "медиация": 9 articles hold it, two of them as two parts each (11 hits); pages of 5 end after the 11th
    const ids = (a: { data?: SearchAnswer | null }) => a.data?.search.hits.map((h) => h.provision.id) ?? [];
    const all = await ask<SearchAnswer>(SEARCH, { q: 'медиация', first: 50 });
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<SearchAnswer> = await ask<SearchAnswer>(SEARCH, { q: 'медиация', first: 5, after });
      paged.push(...ids(page));
      if (!page.data?.search.pageInfo.hasNextPage) break;
      after = page.data.search.pageInfo.endCursor;
    }
    expect(all.data?.search.total).toBe(9);
    expect(paged).toEqual(ids(all));
    expect(paged).toHaveLength(11);
  });

  it('filters by document short name and chapter', async () => {
    const { data, errors } = await ask<SearchAnswer>(SEARCH, {
      q: 'шағым',
      filter: { document: 'ӘРПК', chapter: '13', kind: 'CODE', status: 'IN_FORCE' },
      first: 50,
    });
    expect(errors).toBeUndefined();
    expect(data?.search.total).toBeGreaterThan(0);
    expect(data?.search.facets.chapter).toEqual([{ value: '13', count: data?.search.total }]); // 13-тарау. ШАҒЫМ ЖАСАУ ТӘРТІБІ (line 6106)
  });

  it('rejects an empty query, an over-long one, and unknown filter values with BAD_USER_INPUT', async () => {
    expect(codeOf((await ask(SEARCH, { q: '  ' })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await ask(SEARCH, { q: 'сот '.repeat(200) })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await ask(SEARCH, { q: 'сот', filter: { document: 'ҚК' } })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await ask(SEARCH, { q: 'сот', filter: { chapter: '999' } })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await ask(SEARCH, { q: 'сот', first: 0 })).errors)).toBe('BAD_USER_INPUT');
    expect((await ask(SEARCH, { q: 'сот', filter: { kind: 'NOVEL' } })).errors?.[0]?.message).toMatch(/NOVEL/);
  });

  it('shows how a text is analyzed', async () => {
    const { data } = await ask<{ analyze: string[] }>(`{ analyze(text: "мемлекеттiк органдардың 15-1-бабы") }`);
    expect(data?.analyze).toEqual(['мемлекет', 'орган', '15-1', 'бап']);
  });

  it('shows each word with what is searched beside it: the thesaurus term, an abbreviation`s long form', async () => {
    const { data, errors } = await ask<{ analyzeWords: unknown[] }>(
      `{ analyzeWords(text: "ҚР сот экспертінің құқықтары") { word term stopWord expansion expansionKind } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.analyzeWords).toEqual([
      { word: 'ҚР', term: 'қр', stopWord: false, expansion: ['қазақстан', 'республика'], expansionKind: 'ABBREVIATION' },
      { word: 'сот', term: 'сот', stopWord: false, expansion: [], expansionKind: null },
      // эксперт (expert) is the loanword; the code says сарапшы (33-бап. Сарапшы, line 2399)
      { word: 'экспертінің', term: 'эксперт', stopWord: false, expansion: ['сарапшы'], expansionKind: 'THESAURUS' },
      { word: 'құқықтары', term: 'құқық', stopWord: false, expansion: [], expansionKind: null },
    ]);
  });

  it('shows nothing searched beside the words of a quoted phrase, which is searched as typed', async () => {
    const { data } = await ask<{ analyzeWords: unknown[] }>(
      `{ analyzeWords(text: "«ҚР сот экспертінің»") { word expansion expansionKind } }`,
    );
    expect(data?.analyzeWords).toEqual(['ҚР', 'сот', 'экспертінің'].map((word) => ({ word, expansion: [], expansionKind: null })));
  });

  it('finds the article of the legal term for a loanword, below a text holding the word typed', async () => {
    // 33-бап. Сарапшы: the code never writes эксперт; the thesaurus finds it, and the hit is the part on the expert's rights
    const { data } = await ask<SearchAnswer>(SEARCH, { q: 'сот эксперті құқықтары', first: 3 });
    expect(data?.search.hits[0]?.provision.id).toMatch(new RegExp(`^${provision('art_33__para_')}`));
    expect(data?.search.hits[0]?.highlights.map((h) => h.toLowerCase())).toContain('сарапшы');
  });
});
