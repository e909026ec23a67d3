/** GraphQL defined terms (`terms`, `Provision.definedTerms`, `Term.usedIn`) over the embedded graph store and search index, through yoga.fetch. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZangraphYoga } from '../../api/server.ts';
import { termId } from '../../model/index.ts';
import { graphql } from '../api/graphql-client.ts';
import { serveInEmbeddedStores, type ServedStores } from './served-stores.ts';
import { CODE_ID, ingestedCode, provision } from '../contract/corpus-fixture.ts';

interface TermAnswer {
  id: string;
  term: string;
  language: string;
  document: { id: string };
  definition: { id: string; text: string };
}

interface UsedIn {
  nodes: { id: string; text: string | null }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('GraphQL defined terms', () => {
  let served: ServedStores;
  let yoga: ZangraphYoga;
  const ask = <T>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);

  beforeAll(async () => {
    const code = await ingestedCode();
    served = await serveInEmbeddedStores('zangraph-terms-api-', code);
    yoga = served.yoga;
  });
  afterAll(() => served.close());

  it('finds the terms holding the query`s words in any inflection, the one named exactly first', async () => {
    const { data, errors } = await ask<{ terms: TermAnswer[] }>(
      `{ terms(query: "әкімшілік актінің", first: 5) { id term language document { id } definition { id text } } }`,
    );
    expect(errors).toBeUndefined();
    const terms = data?.terms ?? [];
    // 4-бап 4) әкімшілік акт (line 891); 3) ауыртпалық салатын әкімшілік акт (881), 21) қолайлы әкімшілік акт (1006)
    expect(terms[0]).toMatchObject({
      id: termId(CODE_ID, 'kk', 'әкімшілік акт'),
      term: 'әкімшілік акт',
      language: 'kk',
      document: { id: CODE_ID },
      definition: { id: provision('art_4__para_1__point_4') },
    });
    expect(terms[0]?.definition.text).toMatch(/^әкімшілік акт - жария-құқықтық қатынастарда/);
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['ауыртпалық салатын әкімшілік акт', 'қолайлы әкімшілік акт']));
  });

  it('gives the terms a provision defines, and none for one that only uses them', async () => {
    const { data } = await ask<{ a: { definedTerms: { term: string }[] }; b: { definedTerms: unknown[] } }>(
      `{ a: provision(id: "${provision('art_4__para_1__point_38')}") { definedTerms { term } }
         b: provision(id: "${provision('art_22')}") { definedTerms { term } } }`,
    );
    // line 1170: `38) шағым - …`
    expect(data?.a.definedTerms).toEqual([{ term: 'шағым' }]);
    expect(data?.b.definedTerms).toEqual([]);
  });

  it('lists where a term is used, its definition left out, paged without repeats', async () => {
    const USED_IN = `query ($after: String) { terms(query: "петиция", first: 1) { term definition { id }
      usedIn(first: 3, after: $after) { nodes { id text } totalCount pageInfo { hasNextPage endCursor } } } }`;
    const first = await ask<{ terms: { term: string; definition: { id: string }; usedIn: UsedIn }[] }>(USED_IN);
    const term = first.data?.terms[0];
    expect(term?.term).toBe('петиция');
    const page1 = term?.usedIn as UsedIn;
    expect(page1.nodes).toHaveLength(3);
    expect(page1.totalCount).toBeGreaterThan(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await ask<{ terms: { usedIn: UsedIn }[] }>(USED_IN, { after: page1.pageInfo.endCursor });
    const page2 = second.data?.terms[0]?.usedIn as UsedIn;
    const ids = [...page1.nodes, ...page2.nodes].map((n) => n.id);
    expect(ids).not.toContain(term?.definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every provision listed holds the word in some inflection (петиция, петицияны, петицияға …)
    const texts = await ask<{ provision: { text: string | null; children: { text: string | null }[] } }>(
      `{ provision(id: "${ids[0]}") { text children { text } } }`,
    );
    const whole = [texts.data?.provision.text, ...(texts.data?.provision.children ?? []).map((c) => c.text)].join(' ');
    expect(whole.toLowerCase()).toMatch(/петиция/);
  });

  it('refuses an empty query and a page over 100', async () => {
    const empty = await ask(`{ terms(query: " ") { term } }`);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await ask(`{ terms(query: "акт", first: 101) { term } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
