/**
 * What a newcomer tripped over in `search` (issue 13, item 7): what `total` counts, facets with titles, a
 * chapter filter scoped to a document, repealed units findable, the references to a provision a query
 * names, ordinal words in references. The code in the embedded graph store and search index, through yoga.fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import type { ZangraphYoga } from '../../api/server.ts';
import { graphql } from '../api/graphql-client.ts';
import { serveInEmbeddedStores, type ServedStores } from './served-stores.ts';
import { CODE_ID, ingestedCode, provision } from '../contract/corpus-fixture.ts';

interface Answer {
  search: {
    total: number;
    allWordsTotal: number;
    facets: { document: Facet[]; chapter: Facet[]; status: { value: string; count: number }[] };
    hits: { provision: { id: string; status: string } }[];
    references: { id: string }[];
    citing: { id: string; target: { id: string } | null }[];
  };
}
interface Facet {
  value: string;
  count: number;
  title: string | null;
}

const SEARCH = `query ($q: String!, $filter: SearchFilter, $first: Int) {
  search(query: $q, filter: $filter, first: $first) {
    total allWordsTotal
    facets { document { value count title } chapter { value count title } status { value count } }
    hits { provision { id status } }
    references { id }
    citing { id target { id } }
  }
}`;

describe('GraphQL search as a newcomer uses it', () => {
  let served: ServedStores;
  let code: IngestedDocument;
  let yoga: ZangraphYoga;
  const ask = <T>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);
  const searchFor = async (q: string, filter?: Record<string, unknown>, first = 10) => {
    const { data, errors } = await ask<Answer>(SEARCH, { q, filter, first });
    expect(errors).toBeUndefined();
    return data!.search;
  };

  beforeAll(async () => {
    code = await ingestedCode();
    served = await serveInEmbeddedStores('zangraph-search-newcomer-', code);
    yoga = served.yoga;
  });
  afterAll(() => served.close());

  it('counts the matches holding every word apart from those holding any', async () => {
    const three = await searchFor('әкімшілік актінің күшін');
    expect(three.allWordsTotal).toBeGreaterThan(0);
    expect(three.allWordsTotal).toBeLessThan(three.total);
    // Every match holding all three words holds each of them.
    for (const word of ['әкімшілік', 'актінің', 'күшін']) expect(three.allWordsTotal).toBeLessThanOrEqual((await searchFor(word)).total);
    const one = await searchFor('медиация');
    expect(one.allWordsTotal).toBe(one.total);
  });

  it("gives facets their titles: the document's title, the chapter's heading", async () => {
    const { facets } = await searchFor('шағым');
    expect(facets.document).toEqual([expect.objectContaining({ value: CODE_ID, title: code.document.title })]);
    const headings = new Map(code.provisions.filter((p) => p.type === 'chapter').map((p) => [p.num, p.heading]));
    expect(facets.chapter.length).toBeGreaterThan(3);
    for (const f of facets.chapter) expect(f.title).toBe(headings.get(f.value));
    expect(facets.chapter.find((f) => f.value === '13')?.title).toMatch(/ШАҒЫМ/i); // 13-тарау. ШАҒЫМ ЖАСАУ ТӘРТІБІ (line 6106)
  });

  it('refuses a chapter without a document, saying why', async () => {
    const { errors } = await ask(SEARCH, { q: 'шағым', filter: { chapter: '13' } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.chapter' });
    expect(errors?.[0]?.message).toMatch(/give filter\.document with a chapter/);
    expect((await searchFor('шағым', { document: 'ӘРПК', chapter: '13' })).total).toBeGreaterThan(0);
  });

  it('finds repealed units by their number and by the note that repealed them', async () => {
    const repealed = code.provisions.filter((p) => p.status === 'repealed');
    expect(repealed.length).toBeGreaterThan(0);
    const byNote = await searchFor('алып тасталды', { status: 'REPEALED' }, 50);
    expect(byNote.hits.map((h) => h.provision.id).sort()).toEqual(repealed.map((p) => p.id).sort());
    expect(byNote.facets.status).toEqual([{ value: 'REPEALED', count: repealed.length }]);
    const byNumber = await searchFor('4-бап 1-бөлік 12-тармақша', { status: 'REPEALED' });
    expect(byNumber.hits[0]?.provision).toEqual({ id: provision('art_4__para_1__point_12'), status: 'REPEALED' });
  });

  it('offers the references to the provision a reference query names', async () => {
    const answer = await searchFor('22-бап');
    expect(answer.references.map((r) => r.id)).toEqual([provision('art_22')]);
    const cited = await ask<{ provision: { citedBy: { id: string }[] } }>(`{ provision(id: "${provision('art_22')}") { citedBy { id } } }`);
    expect(answer.citing.map((c) => c.id)).toEqual(cited.data?.provision.citedBy.map((c) => c.id));
    expect(answer.citing.length).toBeGreaterThan(0);
    for (const c of answer.citing) expect(c.target?.id.startsWith(provision('art_22'))).toBe(true);
    const text = await searchFor('медиация');
    expect([text.references, text.citing]).toEqual([[], []]);
  });

  it('reads ordinal words in a reference as numbers', async () => {
    const ordinal = await searchFor('22-баптың екінші бөлігі');
    expect(ordinal.hits[0]?.provision.id).toBe(provision('art_22__para_2'));
    expect(ordinal.references.map((r) => r.id)).toEqual([provision('art_22__para_2')]);
  });
});
