/** GraphQL `search` over the code with its Russian text: the language detected or chosen, and the aligned text of each hit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZangraphYoga } from '../../api/server.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { graphql } from '../api/graphql-client.ts';
import { serveInEmbeddedStores, type ServedStores } from './served-stores.ts';
import { ingestedCodeWithRussian, provision } from '../contract/corpus-fixture.ts';

interface Answer {
  search: {
    language: string;
    hits: {
      language: string;
      provision: { id: string; heading: string | null };
      aligned: { language: string; heading: string; text: string } | null;
    }[];
  };
}

const SEARCH = `query ($q: String!, $language: SearchLanguage) {
  search(query: $q, language: $language, first: 5) {
    language
    hits { language provision { id heading } aligned { language heading text } }
  }
}`;

describe('GraphQL search in both languages', () => {
  let served: ServedStores;
  let yoga: ZangraphYoga;
  let code: IngestedDocument;
  const ask = (variables: Record<string, unknown>) => graphql<Answer>(yoga.fetch, SEARCH, variables);

  beforeAll(async () => {
    code = await ingestedCodeWithRussian();
    served = await serveInEmbeddedStores('zangraph-search-ru-', code);
    yoga = served.yoga;
  });
  afterAll(() => served.close());

  it('answers a Russian query with the Kazakh provision, the hit in Russian and the Kazakh text aligned', async () => {
    // Статья 22. Заявитель (rus.md line 425) is 22-бап. Арыз иесі (line 1734)
    const { data, errors } = await ask({ q: 'статья 22' });
    expect(errors).toBeUndefined();
    expect(data?.search.language).toBe('RU');
    const top = data?.search.hits[0];
    expect(top?.provision.id).toBe(provision('art_22'));
    expect(top?.provision.heading).toBe('Арыз иесі');
    expect(top?.language).toBe('RU');
    expect(top?.aligned?.language).toBe('KK');
    expect(top?.aligned?.heading).toBe('Арыз иесі');
  });

  it('gives a Kazakh hit the Russian text of its provision', async () => {
    const { data } = await ask({ q: '22-бап' });
    expect(data?.search.language).toBe('KK');
    const top = data?.search.hits[0];
    expect(top?.language).toBe('KK');
    expect(top?.aligned?.language).toBe('RU');
    expect(top?.aligned?.heading).toBe('Заявитель');
  });

  it('searches the language given in `language:`', async () => {
    const { data } = await ask({ q: '22-бап', language: 'RU' });
    expect(data?.search.language).toBe('RU');
    expect(data?.search.hits[0]?.language).toBe('RU');
  });

  it('rejects a language it does not know', async () => {
    const { errors } = await ask({ q: '22-бап', language: 'EN' });
    expect(errors?.[0]?.message).toMatch(/SearchLanguage/);
  });
});
