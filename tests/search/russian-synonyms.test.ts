/**
 * General-language Russian synonyms (search/analyzer/russian-synonyms.ts), searched at query time only: through
 * GraphQL on the animals law imported with its Russian text, which says `вакцинация` (vaccination) and never
 * `прививка` (inoculation), the word an analyst may type; a synonym the texts use far more than the word is left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../app/index.ts';
import { analyzeRussian, contentTerms, russianAnalyzer, stemRussian } from '../../search/analyzer/index.ts';
import { planQuery, termReadings } from '../../search/query-plan.ts';
import { graphql } from '../api/graphql-client.ts';
import { adiletPath } from '../shared-dir.ts';
import { serveImportedAct, type ServedStores } from './served-stores.ts';

interface Hits {
  search: { language: string; hits: { provision: { id: string } }[] };
}
type Words = { analyzeWords: { word: string; expansion: string[]; expansionKind: string | null }[] };

describe('general-language Russian synonyms', () => {
  let served: ServedStores & { report: ImportReport };

  beforeAll(async () => {
    served = await serveImportedAct('zangraph-russian-synonyms-', adiletPath('law-2021-animals'));
  }, 60_000);

  afterAll(() => served.close());

  it('gives a word its synonyms for the query, and indexes none of them', () => {
    const [inoculation] = analyzeRussian('прививка');
    expect(inoculation?.synonyms).toContain(stemRussian('вакцинация'));
    expect(contentTerms(analyzeRussian('прививка'))).toEqual([stemRussian('прививка')]);
  });

  it('finds the provisions that say вакцинация for a query that says прививка, and says so in analyzeWords', async () => {
    const vaccination = (served.report.document?.wordings ?? []).filter((w) => w.language === 'ru' && /вакцинац/iu.test(w.text));
    // The premise: the Russian text says вакцинация, never прививка
    expect(vaccination.length).toBeGreaterThanOrEqual(3);
    expect((served.report.document?.wordings ?? []).some((w) => /прививк/iu.test(w.text))).toBe(false);
    const { data, errors } = await graphql<Hits>(
      served.yoga.fetch,
      `query ($q: String!) { search(query: $q, language: RU, first: 10) { language hits { provision { id } } } }`,
      { q: 'прививка бездомных животных' },
    );
    expect(errors).toBeUndefined();
    expect(vaccination.map((w) => w.provisionId)).toContain(data?.search.hits[0]?.provision.id);
    const words = await graphql<Words>(served.yoga.fetch, `{ analyzeWords(text: "прививка животных") { word expansion expansionKind } }`);
    expect(words.data?.analyzeWords[0]).toMatchObject({ word: 'прививка', expansionKind: 'SYNONYM' });
    expect(words.data?.analyzeWords[0]?.expansion).toContain(stemRussian('вакцинация'));
  });

  it('searches a quoted phrase in its own words: "прививка животных" finds nothing through вакцинация, and analyzeWords claims no synonym', async () => {
    const ask = (q: string) =>
      graphql<Hits & Words>(
        served.yoga.fetch,
        `query ($q: String!) { search(query: $q, language: RU, first: 10) { language hits { provision { id } } }
          analyzeWords(text: $q) { word expansion expansionKind } }`,
        { q },
      );
    const vaccination = new Set(
      (served.report.document?.wordings ?? []).filter((w) => w.language === 'ru' && /вакцинац/iu.test(w.text)).map((w) => w.provisionId),
    );
    const unquoted = (await ask('прививка животных')).data;
    expect(unquoted?.search.hits.some((h) => vaccination.has(h.provision.id))).toBe(true);
    expect(unquoted?.analyzeWords[0]?.expansionKind).toBe('SYNONYM');
    const quoted = (await ask('"прививка животных"')).data;
    expect(quoted?.search.hits).toEqual([]);
    expect(quoted?.analyzeWords.map((w) => [w.word, w.expansionKind])).toEqual([
      ['прививка', null],
      ['животных', null],
    ]);
    expect(planQuery(russianAnalyzer, '"прививка животных"')).toMatchObject({
      terms: contentTerms(analyzeRussian('прививка животных')),
      synonyms: new Map(),
    });
  });

  it('finds a quoted single word where the text says it, its synonyms not asked to follow it', async () => {
    // владелец (owner) has synonyms (собственник, хозяин …); the law names the owner of an animal throughout
    expect(analyzeRussian('владелец')[0]?.synonyms?.length).toBeGreaterThan(0);
    const { data } = await graphql<{ search: { total: number; hits: { snippet: string }[] } }>(
      served.yoga.fetch,
      `query ($q: String!) { search(query: $q, language: RU, first: 10) { total hits { snippet } } }`,
      { q: '"владелец"' },
    );
    expect(data?.search.total).toBeGreaterThan(0);
    for (const hit of data?.search.hits ?? []) expect(hit.snippet).toMatch(/владел/iu);
  });

  it('leaves out a synonym the texts use far more often than the word: another sense of it', async () => {
    // `адрес` (address) has `обращение` (an address, an appeal) among its synonyms; the law never says адрес and says
    // обращение in 70 lines, in its sense of treatment (ответственное обращение с животными)
    expect(analyzeRussian('адрес')[0]?.synonyms).toContain(stemRussian('обращение'));
    for (const text of ['адрес владельца', 'владельцу животного адрес']) {
      const words = await graphql<Words>(served.yoga.fetch, `query ($text: String!) { analyzeWords(text: $text) { word expansion } }`, {
        text,
      });
      const address = words.data?.analyzeWords.find((w) => w.word === 'адрес');
      expect(address?.expansion, text).not.toContain(stemRussian('обращение'));
    }
  });

  it('names a defined term by the words typed, not by their synonyms', async () => {
    // `приют` (shelter) has synonyms (`убежище` …), searched beside it; the query still names the term приют для животных
    const plan = planQuery(russianAnalyzer, 'что такое приют для животных');
    expect(plan.synonyms.size).toBeGreaterThan(0);
    expect(termReadings(plan)).toEqual([contentTerms(analyzeRussian('приют для животных'))]);
    const { data } = await graphql<Hits>(
      served.yoga.fetch,
      `{ search(query: "что такое приют для животных", first: 1) { language hits { provision { id } } } }`,
    );
    // rus.md line 27: `8) приют для животных – …`
    expect(data?.search.hits[0]?.provision.id).toBe('/akn/kz/act/law/2021-12-30/97-VII/~art_1__point_8');
  });

  it('reads a Russian word of a Kazakh query that neither text holds through its synonym in the Russian text', async () => {
    // kaz.md line 485, 23-бап 1 7): `қаңғыбас жануарларды … вакциналау` (vaccinating stray animals), rus.md `вакцинации
    // бродячих животных`; the analyst types the Russian прививка, which neither text says.
    const { data } = await graphql<Hits & Words>(
      served.yoga.fetch,
      `query ($q: String!) { search(query: $q, first: 1) { language hits { provision { id } } } analyzeWords(text: $q) { word expansion expansionKind } }`,
      { q: 'қаңғыбас жануарларға прививка' },
    );
    expect(data?.search.language).toBe('KK');
    expect(data?.search.hits[0]?.provision.id).toBe('/akn/kz/act/law/2021-12-30/97-VII/~art_23__para_1__point_7');
    expect(data?.analyzeWords[2]).toEqual({ word: 'прививка', expansion: [stemRussian('вакцинация')], expansionKind: 'OTHER_LANGUAGE' });
  });

  it('explains a query in the language it searched it in, where the query`s letters leave the language open', async () => {
    // `владелец собаки` (a dog's owner) has no letter only Russian or only Kazakh has; the Russian text holds its words
    const { data } = await graphql<{ search: { language: string }; analyzeWords: { word: string; term: string }[] }>(
      served.yoga.fetch,
      `query ($q: String!) { search(query: $q, first: 1) { language } analyzeWords(text: $q) { word term } }`,
      { q: 'владелец собаки' },
    );
    expect(data?.search.language).toBe('RU');
    expect(data?.analyzeWords.map((w) => w.term)).toEqual([stemRussian('владелец'), stemRussian('собаки')]);
  });
});
