/**
 * A query word read through the other language's text of the provisions whose own text lacks it
 * (search/embedded/bridge.ts), through GraphQL on the animals law imported with its Russian text: the law's Kazakh
 * text says вакциналау (to vaccinate), its Russian text вакцинация, the word a Kazakh analyst may type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../app/index.ts';
import { graphql } from '../api/graphql-client.ts';
import { adiletPath } from '../shared-dir.ts';
import { serveImportedAct, type ServedStores } from './served-stores.ts';

interface Hits {
  search: { language: string; total: number; hits: { language: string; provision: { id: string } }[] };
}

const SEARCH = `query ($q: String!, $language: SearchLanguage) {
  search(query: $q, language: $language, first: 30) { language total hits { language provision { id } } }
}`;

/** The article a provision id lies in: `…/~art_26__para_5__point_5` → `…/~art_26`. */
const articleOf = (id: string): string => id.replace(/(\/~art_[^_]+)__.*$/u, '$1');

describe('query words read through the other language', () => {
  let served: ServedStores & { report: ImportReport };

  beforeAll(async () => {
    served = await serveImportedAct('zangraph-other-language-', adiletPath('law-2021-animals'));
  }, 60_000);

  afterAll(() => served.close());

  /** The articles whose wordings in `language` match `pattern` */
  const articlesWhere = (language: string, pattern: RegExp): Set<string> =>
    new Set(
      (served.report.document?.wordings ?? [])
        .filter((w) => w.language === language && pattern.test(w.text))
        .map((w) => articleOf(w.provisionId)),
    );

  it('finds, for a Kazakh query, the provisions whose Russian text holds a word the Kazakh text never uses', async () => {
    const russian = articlesWhere('ru', /вакцинац/iu);
    // The premise: the Kazakh text says вакциналау, never вакцинация, in those articles or anywhere
    expect(russian.size).toBeGreaterThanOrEqual(3);
    expect(articlesWhere('kk', /вакцинац/iu)).toEqual(new Set());
    const { data, errors } = await graphql<Hits>(served.yoga.fetch, SEARCH, { q: 'қаңғыбас жануарларды вакцинация' });
    expect(errors).toBeUndefined();
    expect(data?.search.language).toBe('KK');
    const found = new Set(data?.search.hits.map((h) => articleOf(h.provision.id)));
    for (const article of russian) expect(found, article).toContain(article);
    expect(new Set(data?.search.hits.map((h) => h.language))).toEqual(new Set(['KK']));
  });

  it('shows the reading in analyzeWords, and reads a word of the language as typed', async () => {
    const { data } = await graphql<{ analyzeWords: { word: string; expansion: string[]; expansionKind: string | null }[] }>(
      served.yoga.fetch,
      `{ analyzeWords(text: "қаңғыбас жануарларды вакцинация") { word expansion expansionKind } }`,
    );
    expect(data?.analyzeWords).toEqual([
      { word: 'қаңғыбас', expansion: [], expansionKind: null },
      { word: 'жануарларды', expansion: [], expansionKind: null },
      { word: 'вакцинация', expansion: ['вакцинац'], expansionKind: 'OTHER_LANGUAGE' },
    ]);
  });

  it('says so on the search page, in the interface language', async () => {
    const page = async (path: string) => (await served.yoga.fetch(`http://localhost${path}`, { headers: { accept: 'text/html' } })).text();
    const q = encodeURIComponent('қаңғыбас жануарларды вакцинация');
    expect(await page(`/?q=${q}`)).toContain(
      'вакцинация сөзі өз мәтінінде жоқ ережелердің басқа тілдегі мәтінінен де ізделді (төменірек салмақпен): вакцинац',
    );
    expect(await page(`/?lang=ru&q=${q}`)).toContain('слово вакцинация искалось и в тексте на другом языке');
  });

  it('reads a Russian query forced to Kazakh through the Russian text', async () => {
    // отлов бродячих животных (catching stray animals): no word of it is Kazakh, so Kazakh-only search would find nothing
    const { data } = await graphql<Hits>(served.yoga.fetch, SEARCH, { q: 'отлов бродячих животных', language: 'KK' });
    expect(data?.search.language).toBe('KK');
    const catching = articlesWhere('ru', /отлов/iu);
    const russian = new Set([...articlesWhere('ru', /бродяч/iu)].filter((a) => catching.has(a)));
    const top = data?.search.hits.slice(0, 10).map((h) => articleOf(h.provision.id)) ?? [];
    expect(top.length).toBe(10);
    expect(top.filter((a) => russian.has(a)).length).toBeGreaterThanOrEqual(5);
  });
});
