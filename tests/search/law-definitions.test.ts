/**
 * A law's definitions article, searched as a code's is: each subparagraph a search document headed by the term it
 * defines, in both texts, so a query naming a term the law uses everywhere finds its definition first. Through GraphQL
 * on the cinema law imported with its Russian text (../shared/adilet/law-2019-cinema: 1-бап, `16) фильм – …`,
 * `14) уәкiлеттi орган – …`; статья 1 `16) фильм – …`), and the short form a definition introduces (`18) фильмге
 * прокаттау куәлігі (бұдан әрі – прокаттау куәлігі) – …`, "the film's distribution certificate (hereinafter:
 * distribution certificate)"; `18) прокатное удостоверение на фильм (далее – прокатное удостоверение) – …`). And the terms
 * running text defines outside that article: a short form introduced in passing (kaz.md / rus.md line 503, 15-бап,
 * `… келісім (бұдан әрі – келісім) …`, `… (далее – соглашение) …`, "hereinafter: agreement") and a Russian `… является …`
 * sentence (rus.md line 383, `Государственный центр поддержки национального кино является некоммерческой
 * организацией`, "the State Centre for the Support of National Cinema is a non-profit organisation"; line 507, the term
 * put first: `Соглашением является договор, …`, "an agreement is a contract …").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../app/index.ts';
import { kazakhAnalyzer, russianAnalyzer } from '../../search/analyzer/index.ts';
import { buildSearchDocuments } from '../../search/documents.ts';
import { planQuery } from '../../search/query-plan.ts';
import { graphql } from '../api/graphql-client.ts';
import { adiletPath } from '../shared-dir.ts';
import { serveImportedAct, type ServedStores } from './served-stores.ts';

const CINEMA = '/akn/kz/act/law/2019-01-03/212-VI';
const FILM = `${CINEMA}/~art_1__point_16`;
const AUTHORITY = `${CINEMA}/~art_1__point_14`;
const CERTIFICATE = `${CINEMA}/~art_1__point_18`;
const AGREEMENT = `${CINEMA}/~art_15__subpara_1`;
/** rus.md line 507: `Соглашением является договор, …` (an agreement is a contract …), the term put first */
const AGREEMENT_SAID = `${CINEMA}/~art_15__subpara_3`;
const CENTRE = `${CINEMA}/~art_13__para_1`;
const ANIMATED = `${CINEMA}/~art_14-1__para_1`;
const FAMILY = `${CINEMA}/~art_14-1__para_2`;

describe('the definitions of a law', () => {
  let served: ServedStores & { report: ImportReport };

  beforeAll(async () => {
    served = await serveImportedAct('zangraph-law-definitions-', adiletPath('law-2019-cinema'));
  }, 60_000);

  afterAll(() => served.close());

  it('makes each subparagraph of the definitions article a search document headed by its term, in each language', () => {
    if (!served.report.document) throw new Error('the cinema law was not imported');
    const film = buildSearchDocuments(served.report.document).filter((d) => d.id === FILM);
    expect(film.map((d) => [d.language, d.heading, d.definition])).toEqual([
      ['kk', 'фильм', true],
      ['ru', 'фильм', true],
    ]);
  });

  const first = async (q: string) =>
    (
      await graphql<{ search: { hits: { provision: { id: string } }[] } }>(
        served.yoga.fetch,
        `query ($q: String!) { search(query: $q, first: 1) { hits { provision { id } } } }`,
        { q },
      )
    ).data?.search.hits[0]?.provision.id;

  it('ranks the definition of a term the law uses everywhere first, asked either way', async () => {
    expect(await first('фильм деген не')).toBe(FILM);
    expect(await first('что такое фильм')).toBe(FILM);
    expect(await first('уәкілетті орган анықтамасы')).toBe(AUTHORITY);
  });

  it('ranks first the definition that introduces the short form a query names, in each language', async () => {
    expect(await first('прокаттау куәлігі деген не')).toBe(CERTIFICATE);
    expect(await first('что такое прокатное удостоверение')).toBe(CERTIFICATE);
  });

  it('ranks first the provision of running text that introduces the short form or says what its subject is', async () => {
    expect(await first('келісім деген не')).toBe(AGREEMENT);
    // The Russian text also says what an agreement is, the term put first: of the article's parts, that one answers
    expect(await first('что такое соглашение')).toBe(AGREEMENT_SAID);
    expect(await first('что такое государственный центр поддержки национального кино')).toBe(CENTRE);
  });

  it('leaves the definition of a term a question names with more words below a text holding all its words together', async () => {
    // `фильм` (film) is defined (1-бап 16); rus.md line 461, 14-1-бап 1: `Детским анимационным фильмом является фильм
    // для детей …` (a children's animated film is a film for children …) says what the question asks
    expect(await first('что такое фильм для детей')).toBe(ANIMATED);
  });

  it('reads what a definition question asks about next to its cue: after it in Russian, before it in Kazakh', () => {
    expect(planQuery(russianAnalyzer, 'что такое соглашение о субсидии').askedAbout).toEqual(['соглаш']);
    expect(planQuery(kazakhAnalyzer, 'келісім деген не субсидия беру кезінде').askedAbout).toEqual(['келісім']);
    expect(planQuery(kazakhAnalyzer, 'фильмді прокаттау куәлігі деген не').askedAbout).toEqual(['куәлік']);
    expect(planQuery(russianAnalyzer, 'прокат фильма').askedAbout).toEqual([]);
  });

  it('ranks next, for a definition question, the text that opens by saying what its subject is', async () => {
    // rus.md lines 461 and 463, 14-1-бап: `Детским анимационным фильмом является фильм для детей …`, `Фильмом для
    // семейного просмотра является игровой фильм …` (a children's animated film / a film for family viewing is …): no
    // definition names them, and the article's heading names both
    expect(await first('что такое детский анимационный фильм')).toBe(ANIMATED);
    expect(await first('что такое фильм для семейного просмотра')).toBe(FAMILY);
  });

  it('knows a definition question by its words in either language, and not a quoted phrase or a plain query', () => {
    for (const q of ['ұлттық фильм деген не', 'ұлттық фильм анықтамасы', 'фильм ұғымы', 'что такое фильм', 'понятие фильма'])
      expect(planQuery(/[әіңғүұқөһ]/u.test(q) ? kazakhAnalyzer : russianAnalyzer, q).asksDefinition, q).toBe(true);
    for (const q of ['ұлттық фильмді прокаттау', 'прокат фильма', '"что такое фильм"'])
      expect(planQuery(/[әіңғүұқөһ]/u.test(q) ? kazakhAnalyzer : russianAnalyzer, q).asksDefinition, q).toBe(false);
  });
});
