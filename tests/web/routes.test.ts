/**
 * The web interface's routes over HTTP (yoga.fetch on the real server over the ingested seed
 * corpus): status, content types, the JSON variant, the feeds and downloads, GraphiQL's page.
 * Expected values are read from the graph store and the GraphQL API, never written here.
 */
import { parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../api/server.ts';
import { stemRussian } from '../../search/analyzer/index.ts';
import { planQueryIn } from '../../search/query-plan.ts';
import { readmeExamples } from '../../web/graphiql.ts';
import { escapeHtml } from '../../web/html.ts';
import { csvField } from '../../web/routes/downloads.ts';
import { CODE_ID } from '../acts.ts';
import { graphql } from '../api/graphql-client.ts';
import { LAW_241_ID } from '../contract/corpus-fixture.ts';
import { PENDING_WORK_ID, writePendingAct } from '../pending-act.ts';
import { serveImportedAct, type ServedStores } from '../search/served-stores.ts';
import { pathWith, serveWeb, type WebServer } from './fixture.ts';

const ARTICLE_22 = `${CODE_ID}/~art_22`;
const QUERY = 'сотқа шағым';

let web: WebServer;
beforeAll(async () => {
  web = await serveWeb();
});
afterAll(() => web.close());

const text = async (response: Response) => response.text();
const api = <T>(query: string, variables: Record<string, unknown> = {}) => graphql<T>((u, i) => web.yoga.fetch(u, i), query, variables);

describe('the search page', () => {
  it('answers / with a page listing every document of the store, in Kazakh, under a content security policy', async () => {
    const response = await web.get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const body = await text(response);
    expect(body).toContain('<html lang="kk">');
    for (const doc of await web.graph.listDocuments()) expect(body).toContain(`href="${doc.id}"`);
  });

  it('shows the hits of a filtered search with the facet values named, not given as ids', async () => {
    const { data } = await api<{ search: { total: number; hits: { provision: { id: string } }[] } }>(
      `query($q: String!, $d: ID!) { search(query: $q, filter: { document: $d }, first: 10) { total hits { provision { id } } } }`,
      { q: QUERY, d: CODE_ID },
    );
    const body = await text(await web.get(pathWith('/', { q: QUERY, document: CODE_ID })));
    expect(body).toContain(`${data?.search.total} нәтиже`);
    for (const hit of data?.search.hits ?? []) expect(body).toContain(`href="${hit.provision.id}"`);
    const [code] = await web.graph.getDocuments([CODE_ID]);
    // the document facet by title, the chapter facet by number and heading
    expect(body).toContain(`ӘРПК — ${code?.title}`);
    const { data: facets } = await api<{ search: { facets: { chapter: { value: string }[] } } }>(
      `query($q: String!, $d: ID!) { search(query: $q, filter: { document: $d }) { facets { chapter { value } } } }`,
      { q: QUERY, d: CODE_ID },
    );
    const chapters = (await web.graph.provisionsOfDocuments([CODE_ID], 'chapter'))[0] ?? [];
    const values = facets?.search.facets.chapter ?? [];
    expect(values.length).toBeGreaterThan(1);
    for (const { value } of values) {
      const heading = chapters.find((c) => c.num === value)?.heading;
      expect(body).toContain(`>${value}-тарау. ${escapeHtml(heading ?? '')}</a>`);
    }
  });

  it('offers the years of last amendment as a facet, newest first, and narrows the hits to one', async () => {
    const { data } = await api<{ search: { facets: { lastAmended: { value: string; count: number }[] } } }>(
      `query($q: String!) { search(query: $q) { facets { lastAmended { value count } } } }`,
      { q: QUERY },
    );
    const years = data?.search.facets.lastAmended ?? [];
    expect(years.length).toBeGreaterThan(1);
    const body = await text(await web.get(pathWith('/', { q: QUERY })));
    const facet = body.slice(body.indexOf('<h2>Соңғы өзгеріс жылы</h2>'));
    const shown = [...facet.matchAll(/lastAmended=(\d{4})"[^>]*>\d{4}<\/a> <span class="count">(\d+)<\/span>/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(shown).toEqual(
      [...years]
        .sort((a, b) => b.value.localeCompare(a.value))
        .slice(0, 8)
        .map((y) => [y.value, y.count]),
    );
    const [year, count] = shown[0] as [string, number];
    const narrowed = await text(await web.get(pathWith('/', { q: QUERY, lastAmended: year })));
    expect(narrowed).toContain(`${count} нәтиже`);
    const dates = [...narrowed.matchAll(/Соңғы өзгеріс: (\d{4})-\d{2}-\d{2}/g)].map((m) => m[1]);
    expect(dates.length).toBe(Math.min(count, 10));
    for (const d of dates) expect(d).toBe(year);
    expect((await web.get(pathWith('/', { q: QUERY, lastAmended: 'last year' }))).status).toBe(400);
  });

  it('keeps the highlights of the API’s snippets and no other markup', async () => {
    const body = await text(await web.get(pathWith('/', { q: QUERY })));
    const snippets = [...body.matchAll(/<p class="snippet">([\s\S]*?)<\/p>/g)].map((m) => m[1] as string);
    expect(snippets).toHaveLength(10);
    for (const snippet of snippets) {
      expect(snippet).toContain('<mark>');
      expect(snippet.replace(/<\/?mark>/g, '')).not.toContain('<');
    }
  });

  it('pages with the API cursor and numbers the second page from 11', async () => {
    const first = await text(await web.get(pathWith('/', { q: QUERY })));
    const next = /href="([^"]+)" rel="next"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toContain('after=');
    const second = await text(await web.get(next as string));
    expect(second).toContain('<ol class="hits" start="11">');
    const firstHit = (page: string) => /class="hit-title" href="([^"]+)"/.exec(page)?.[1];
    expect(firstHit(second)).not.toBe(firstHit(first));
  });

  it('explains a reference query and marks the provision it names', async () => {
    const body = await text(await web.get(pathWith('/', { q: 'ӘРПК 22-бап' })));
    expect(body).toContain('сілтеме: 22-бап');
    expect(body).toMatch(new RegExp(`href="${ARTICLE_22}">22-бап\\.[^<]*</a>[\\s\\S]*?Сұраныстағы сілтеме бойынша`));
  });

  it('explains a loanword the thesaurus searched as the code`s term', async () => {
    // эксперт (expert): the code says сарапшы (33-бап. Сарапшы)
    const body = await text(await web.get(pathWith('/', { q: 'сот эксперті' })));
    expect(body).toContain('эксперт сөзі үшін заңдық термин де ізделді (тезаурус, төменірек салмақпен): сарапшы');
  });

  /** The stems the page says it searched: the `<code>` items of its "words searched" line. */
  const searchedWords = (body: string): string[] =>
    [...(/<li>ізделетін сөздер \(түбірлер\): (.*?)<\/li>/.exec(body)?.[1] ?? '').matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1] ?? '');

  it('lists the Russian stems a Russian query searched, not a Kazakh reading of its words', async () => {
    // The code's Russian text of 2024 is held (the fixture imports it); на (on) is a Russian stop word.
    const query = 'жалоба на административный акт';
    const { data } = await api<{ search: { language: string } }>(`query($q: String!) { search(query: $q) { language } }`, { q: query });
    expect(data?.search.language).toBe('RU');
    const body = await text(await web.get(pathWith('/', { q: query })));
    expect(searchedWords(body)).toEqual(['жалоба', 'административный', 'акт'].map(stemRussian));
  });

  it('lists of a Russian word`s synonyms only those the index searched', async () => {
    // ответ (answer): its wordnet synonym решение (decision) is another sense of it in the code, left out of the search.
    const query = 'ответ на обращение';
    const { data } = await api<{ analyzeWords: { expansion: string[]; expansionKind: string | null }[] }>(
      `query($q: String!) { analyzeWords(text: $q) { expansion expansionKind } }`,
      { q: query },
    );
    const synonyms = (data?.analyzeWords ?? []).flatMap((w) => (w.expansionKind === 'SYNONYM' ? w.expansion : []));
    expect(synonyms.length).toBeGreaterThan(0);
    expect([...planQueryIn('ru', query).synonyms.keys()]).toContain(stemRussian('решение'));
    const words = searchedWords(await text(await web.get(pathWith('/', { q: query }))));
    expect(words).toEqual(expect.arrayContaining([stemRussian('ответ'), stemRussian('обращение'), ...synonyms]));
    expect(words).toHaveLength(2 + synonyms.length);
    expect(words).not.toContain(stemRussian('решение'));
  });

  it('explains a quoted phrase as its own words, the thesaurus term left out', async () => {
    const body = await text(await web.get(pathWith('/', { q: '"сот эксперті"' })));
    expect(searchedWords(body)).toEqual(['сот', 'эксперт']);
    expect(body).not.toContain('заңдық термин де ізделді');
    expect(body).toContain('<li>тек осы тіркес</li>');
  });

  it('escapes markup in the query wherever the page repeats it', async () => {
    const body = await text(await web.get(pathWith('/', { q: '<script>alert(1)</script> сот' })));
    expect(body).not.toContain('<script>alert(1)');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; сот');
  });

  it('answers a filter value the API refuses with 400 and the API’s reason', async () => {
    const response = await web.get(pathWith('/', { q: QUERY, document: CODE_ID, chapter: '999' }));
    expect(response.status).toBe(400);
    expect(await text(response)).toContain('no chapter is numbered 999');
  });

  it('speaks Russian when asked by ?lang=ru or by the browser’s first language, and keeps the locale in links', async () => {
    const asked = await text(await web.get('/?lang=ru'));
    expect(asked).toContain('<html lang="ru">');
    expect(asked).toContain('href="/amendments?lang=ru"');
    const negotiated = await text(await web.get('/', { 'accept-language': 'ru-RU,ru;q=0.9,kk;q=0.8' }));
    expect(negotiated).toContain('<html lang="ru">');
  });

  it('downloads the result list as CSV and JSON, every hit once', async () => {
    const { data } = await api<{ search: { total: number } }>(
      `query($q: String!) { search(query: $q, filter: { kind: POLICY }) { total } }`,
      { q: QUERY },
    );
    const csv = await web.get(pathWith('/search.csv', { q: QUERY, kind: 'POLICY' }));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const lines = (await csv.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('rank,id,document,place,unit,heading,status,score,matched,url');
    expect(lines).toHaveLength((data?.search.total ?? 0) + 1);
    const json = (await (await web.get(pathWith('/search.json', { q: QUERY, kind: 'POLICY' }))).json()) as {
      total: number;
      hits: { id: string }[];
    };
    expect(json.total).toBe(data?.search.total);
    expect(new Set(json.hits.map((h) => h.id)).size).toBe(json.hits.length);
  });

  it('neutralises CSV fields a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-2')).toBe(`"'-2"`);
    expect(csvField('22-бап')).toBe('"22-бап"');
  });
});

describe('a page for every provision, document and act', () => {
  it('shows an article with its parts, subparagraphs, timeline and cited-by, as the store holds them', async () => {
    const response = await web.get(ARTICLE_22);
    expect(response.status).toBe(200);
    const body = await text(response);
    const [article] = await web.graph.getProvisions([ARTICLE_22]);
    expect(body).toContain(`<h1>22-бап. <span lang="kk">${article?.heading}</span></h1>`);
    const [children] = await web.graph.childrenOf([ARTICLE_22]);
    for (const part of children ?? []) expect(body).toContain(`id="${part.eId}"`);
    const [amendments] = await web.graph.amendmentsOfProvisions([ARTICLE_22]);
    expect(amendments?.length).toBeGreaterThan(0);
    for (const a of amendments ?? []) expect(body).toContain(`href="${a.actId}"`);
    const [citedBy] = await web.graph.citationsTo([ARTICLE_22]);
    for (const c of citedBy ?? []) expect(body).toContain(`href="${c.sourceId}"`);
    expect(body).toContain('id="graph-data"');
  });

  it('answers the same path with JSON when asked for application/json', async () => {
    const response = await web.get(ARTICLE_22, { accept: 'application/json' });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('vary')).toContain('accept');
    const data = (await response.json()) as {
      provision: { id: string; amendments: unknown[] };
      citationGraph: { nodes: { id: string }[] };
    };
    expect(data.provision.id).toBe(ARTICLE_22);
    expect(data.citationGraph.nodes[0]?.id).toBe(ARTICLE_22);
    const [amendments] = await web.graph.amendmentsOfProvisions([ARTICLE_22]);
    expect(data.provision.amendments).toHaveLength(amendments?.length ?? -1);
  });

  it('shows repealed parts as repealed on their article’s page and on their own', async () => {
    const repealed = (await web.graph.provisionsOfDocuments([CODE_ID]))[0]?.filter((p) => p.status === 'repealed') ?? [];
    expect(repealed.length).toBeGreaterThan(0);
    for (const unit of repealed) {
      const article = unit.id.replace(/__.*$/, '');
      const body = await text(await web.get(article));
      expect(body).toMatch(new RegExp(`<li class="unit unit-${unit.type} repealed" id="${unit.eId}">`));
      expect(await text(await web.get(unit.id))).toContain('<span class="badge repealed">');
    }
  });

  it('shows a document with its contents and a link to its amendments and feed', async () => {
    const body = await text(await web.get(CODE_ID));
    const [doc] = await web.graph.getDocuments([CODE_ID]);
    expect(body).toContain(doc?.title);
    const [sections] = await web.graph.provisionsOfDocuments([CODE_ID], 'section');
    for (const s of sections ?? []) expect(body).toContain(`href="${s.id}"`);
    expect(body).toContain(`href="/amendments.atom?document=${encodeURIComponent(CODE_ID)}"`);
  });

  it('names a document by its Russian title too when the interface is Russian', async () => {
    // appc-350-VI/2024-01-01/meta.yaml title.rus
    const title = '<p class="meta" lang="ru">АДМИНИСТРАТИВНЫЙ ПРОЦЕДУРНО-ПРОЦЕССУАЛЬНЫЙ КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН</p>';
    expect(await text(await web.get(`${CODE_ID}?lang=ru`))).toContain(title);
    expect(await text(await web.get(CODE_ID))).not.toContain(title);
  });

  it('shows an amending act as the explorer of its amendments', async () => {
    const [amendments] = await web.graph.amendmentsOfActs([LAW_241_ID]);
    const response = await web.get(LAW_241_ID, { accept: 'application/json' });
    const data = (await response.json()) as { amendments: { totalCount: number }; act: { id: string } };
    expect(data.act.id).toBe(LAW_241_ID);
    expect(data.amendments.totalCount).toBe(amendments?.length);
    expect(await text(await web.get(LAW_241_ID))).toContain('241-VIII');
  });

  it('answers an unknown id with 404, as a page or as JSON', async () => {
    const missing = `${CODE_ID}/~art_9999`;
    const page = await web.get(missing);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Бет табылмады');
    const json = await web.get(missing, { accept: 'application/json' });
    expect(json.status).toBe(404);
    expect(((await json.json()) as { error: { message: string } }).error.message).toContain(missing);
    expect((await web.get('/akn/kz/act/law/1900-01-01/0-I')).status).toBe(404);
    expect((await web.get('/no/such/page')).status).toBe(404);
    expect((await web.get('/akn/kz/%E0')).status).toBe(400);
  });
});

describe('a unit an amending act put in from a later day (tests/pending-act.ts, imported as an export folder)', () => {
  let dir: string;
  let served: ServedStores;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zangraph-web-pending-act-'));
    served = await serveImportedAct('zangraph-web-pending-', await writePendingAct(dir));
  });
  afterAll(async () => {
    await served.close();
    await rm(dir, { recursive: true, force: true });
  });

  const page = async (path: string) => text(await served.yoga.fetch(`http://localhost${path}`, { headers: { accept: 'text/html' } }));
  /** The unit's status and its commencement note, as the API gives them */
  const unit = async (eId: string) => {
    const { data } = await graphql<{
      provision: {
        id: string;
        status: string;
        text: string;
        amendments: { effectiveFrom: string | null; raw: string; act: { id: string } }[];
      };
    }>(
      (u, i) => served.yoga.fetch(u, i),
      `query($id: ID!) { provision(id: $id) { id status text amendments { effectiveFrom raw act { id } } } }`,
      {
        id: `${PENDING_WORK_ID}/~${eId}`,
      },
    );
    const provision = data?.provision;
    expect(provision).toMatchObject({ status: 'PENDING', text: '' });
    expect(provision?.amendments).toHaveLength(1);
    return { id: provision?.id ?? '', note: provision?.amendments[0] };
  };
  /** What the page shows in place of the text */
  const notice = (body: string) => /<div class="notice pending" role="note">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? '';

  it('says on its page that it is not yet in force, from the date its note gives, and by which act, in Kazakh or Russian', async () => {
    // 1-2-бап: `01.01.2027 бастап қолданысқа енгізіледі - ҚР 30.12.2025 № 248-VIII Заңымен.`
    const { id, note } = await unit('art_1-2');
    expect(note?.effectiveFrom).toBe('2027-01-01');
    const kazakh = await page(id);
    expect(kazakh).toMatch(/<h1>[^\n]*<span class="badge pending">Әлі қолданысқа енгізілмеген<\/span><\/h1>/);
    expect(notice(kazakh)).toContain(`Бұл норма әлі қолданысқа енгізілмеген: ол ${note?.effectiveFrom} бастап қолданысқа енгізіледі.`);
    expect(notice(kazakh)).toMatch(new RegExp(`Қолданысқа енгізетін акт: <a href="${note?.act.id}">№ 248-VIII, 2025-12-30</a>`));
    const russian = await page(`${id}?lang=ru`);
    expect(russian).toMatch(/<h1>[^\n]*<span class="badge pending">Еще не введена в действие<\/span><\/h1>/);
    expect(notice(russian)).toContain(`Норма еще не введена в действие: она вводится в действие с ${note?.effectiveFrom}.`);
    expect(notice(russian)).toContain(`Акт, вводящий в действие: <a href="${note?.act.id}?lang=ru">`);
  });

  it('quotes the note of a unit whose commencement counts from the act`s publication, which gives no date', async () => {
    // 1-бап 7-2): `алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі - ҚР 09.01.2026 № 256-VIII Заңымен;`
    const { id, note } = await unit('art_1__point_7-2');
    expect(note?.effectiveFrom).toBeNull();
    const shown = notice(await page(id));
    expect(shown).toContain('оның қолданысқа енгізілетін күні актінің ресми жарияланған күнінен бастап есептеледі');
    expect(shown).toContain(
      `<blockquote class="note" lang="kk" aria-label="Ескертпе (жарияланғандай)">${escapeHtml(note?.raw ?? '')}</blockquote>`,
    );
    expect(shown).toContain(`<a href="${note?.act.id}">№ 256-VIII, 2026-01-09</a>`);
  });

  it('says inside its article, where its text would stand, that it is not yet in force and by which act', async () => {
    // 1-бап 7-2) on the page of 1-бап: the act, and no date (its note counts from the publication)
    const { note } = await unit('art_1__point_7-2');
    const body = await page(`${PENDING_WORK_ID}/~art_1`);
    expect(body).toMatch(new RegExp(`<em>әлі қолданысқа енгізілмеген</em> \\(<a href="${note?.act.id}">№ 256-VIII, 2026-01-09</a>\\)`));
    const russian = await page(`${PENDING_WORK_ID}/~art_1?lang=ru`);
    expect(russian).toContain(`<em>еще не введена в действие</em> (<a href="${note?.act.id}?lang=ru">`);
  });

  it('shows no such notice on a unit in force', async () => {
    const body = await page(`${PENDING_WORK_ID}/~art_1__point_7-1`);
    expect(body).toContain('қоғамдық маңызы бар ақпарат');
    expect(notice(body)).toBe('');
  });
});

describe('a provision’s versions and languages', () => {
  // Article 3, part 3, subparagraph 4: law 157-VII put the Constitutional Court (Конституциялық Соты) for the
  // Council (Конституциялық Кеңесі) from 1 January 2023, between the exports of 2022-12-30 and 2024-01-01.
  const POINT_4 = `${CODE_ID}/~art_3__para_3__point_4`;

  it('lists the document’s versions and shows the wording in force on a date', async () => {
    const today = await text(await web.get(POINT_4));
    for (const date of ['2022-12-30', '2024-01-01']) expect(today).toContain(`asOf=${date}`);
    expect(today).toContain('<span aria-current="true" class="current">2026-01-01 бастап</span>');
    expect(today).toContain('Конституциялық Соты');
    const earlier = await text(await web.get(pathWith(POINT_4, { asOf: '2023-06-01' })));
    expect(earlier).toContain('2023-06-01 күнгі редакция көрсетілген.');
    const { data } = await api<{ provision: { text: string } }>(`{ provision(id: "${POINT_4}", asOf: "2023-06-01") { text } }`);
    expect(data?.provision.text).toContain('Конституциялық Кеңесі');
    expect(earlier).toContain(escapeHtml(data?.provision.text ?? '-'));
    expect((await web.get(pathWith(POINT_4, { asOf: '2020-01-01' }))).status).toBe(404);
  });

  it('shows the Russian text beside the Kazakh where the version holds it', async () => {
    const { data } = await api<{ provision: { ru: string | null; kk: string } }>(
      `{ provision(id: "${POINT_4}", asOf: "2024-06-01") { ru: text(language: RU) kk: text } }`,
    );
    expect(data?.provision.ru).toBeTruthy();
    const both = await text(await web.get(pathWith(POINT_4, { asOf: '2024-06-01', text: 'both' })));
    expect(both).toContain('<div class="bilingual">');
    expect(both).toContain(`<section class="text" lang="ru"`);
    expect(both).toContain(escapeHtml(data?.provision.ru ?? '-'));
    expect(both).toContain(escapeHtml(data?.provision.kk ?? '-'));
    const russianOnly = await text(await web.get(pathWith(POINT_4, { asOf: '2024-06-01', text: 'ru' })));
    expect(russianOnly).not.toContain('<section class="text" lang="kk"');
    // Today's text (2026) is held in Kazakh only: the page says so.
    expect(await text(await web.get(pathWith(POINT_4, { text: 'ru' })))).toContain('Бұл редакцияның орысша мәтіні жоқ.');
  });

  it('compares two versions word by word, inserted and deleted words marked and named', async () => {
    const page = await text(await web.get(pathWith(POINT_4, { from: '2022-12-30', to: '2024-01-01' })));
    // Words apart as printed: `Конституциялық Кеңесі` became `Конституциялық Соты`, the comma after it kept close.
    expect(page).toContain(
      'Конституциялық <del><span class="visually-hidden">[алынды: </span>Кеңесі<span class="visually-hidden">]</span></del> <ins><span class="visually-hidden">[қосылды: </span>Соты<span class="visually-hidden">]</span></ins>, Қазақстан',
    );
    expect(page).toMatch(/<ol class="changes">[\s\S]*?href="\/akn\/kz\/act\/law\/2022-11-05\/157-VII"/);
  });

  it('gives each change of the timeline the wording before and after it', async () => {
    const { data } = await api<{
      provision: { amendments: { act: { number: string }; before: { text: string } | null; after: { text: string } | null }[] };
    }>(`{ provision(id: "${POINT_4}") { amendments { act { number } before { text } after { text } } } }`);
    const change = data?.provision.amendments.find((a) => a.act.number === '157-VII');
    expect(change?.after?.text).toContain('Соты');
    const page = await text(await web.get(POINT_4));
    const details = [...page.matchAll(/<details class="wording">([\s\S]*?)<\/details>/g)].map((m) => m[1] as string);
    expect(details.length).toBe(data?.provision.amendments.filter((a) => a.before || a.after).length);
    expect(details.some((d) => d.includes(escapeHtml(change?.after?.text ?? '-')))).toBe(true);
  });
});

describe('the amendments explorer and its feeds', () => {
  it('lists a document’s amendments newest or oldest first, page after page, and counts them by year and act', async () => {
    type Explorer = {
      amendments: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; act: { date: string | null } }[];
      };
      amendmentCounts: { byYear: { year: string | null; count: number }[]; byAct: { count: number }[] };
    };
    const all = async (order: string) => {
      const pages: Explorer[] = [];
      let after: string | null = null;
      do {
        const page = (await (
          await web.get(pathWith('/amendments', { document: CODE_ID, order, ...(after ? { after } : {}) }), { accept: 'application/json' })
        ).json()) as Explorer;
        pages.push(page);
        after = page.amendments.pageInfo.hasNextPage ? page.amendments.pageInfo.endCursor : null;
      } while (after);
      return { first: pages[0] as Explorer, nodes: pages.flatMap((p) => p.amendments.nodes), pages: pages.length };
    };
    const [oldest, newest] = await Promise.all([all('oldest'), all('newest')]);
    const { data } = await api<{ amendments: { totalCount: number } }>(
      `query($d: ID!) { amendments(filter: { document: $d }) { totalCount } }`,
      { d: CODE_ID },
    );
    const total = data?.amendments.totalCount ?? -1;
    expect(total).toBeGreaterThan(100);
    expect(oldest.first.amendments.totalCount).toBe(total);
    // Pages of 50 join up to every amendment once, either way round.
    expect(oldest.pages).toBe(Math.ceil(total / 50));
    expect(new Set(oldest.nodes.map((a) => a.id)).size).toBe(total);
    expect(new Set(newest.nodes.map((a) => a.id))).toEqual(new Set(oldest.nodes.map((a) => a.id)));
    const dates = (nodes: { act: { date: string | null } }[]) => nodes.map((a) => a.act.date ?? '').filter(Boolean);
    expect(dates(oldest.nodes)).toEqual([...dates(oldest.nodes)].sort());
    expect(dates(newest.nodes)).toEqual([...dates(oldest.nodes)].sort().reverse());
    // The counts cover the whole filter, not the page shown.
    const counts = oldest.first.amendmentCounts;
    expect(counts.byYear.reduce((sum, y) => sum + y.count, 0)).toBe(total);
    const page = await text(await web.get(pathWith('/amendments', { document: CODE_ID })));
    const yearChart = page.slice(page.indexOf('<figure class="chart">'), page.indexOf('</figure>'));
    const bars = [...yearChart.matchAll(/<span class="bar-count">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(bars).toEqual(counts.byYear.map((y) => y.count));
    expect(page).toContain('rel="next"');
    const firstYear = counts.byYear[0]?.year as string;
    expect(yearChart).toContain(`from=${firstYear}-01-01&amp;to=${firstYear}-12-31`);
  });

  it('refuses a cursor that names no amendment with 400', async () => {
    expect((await web.get(pathWith('/amendments', { after: 'not-a-cursor' }))).status).toBe(400);
  });

  it('narrows by effective date range', async () => {
    const from = '2026-01-01';
    const data = (await (await web.get(pathWith('/amendments', { from }), { accept: 'application/json' })).json()) as {
      amendments: { nodes: { effectiveFrom: string }[] };
      amendmentCounts: { byYear: { year: string }[] };
    };
    expect(data.amendments.nodes.length).toBeGreaterThan(0);
    for (const a of data.amendments.nodes) expect(a.effectiveFrom >= from).toBe(true);
    for (const y of data.amendmentCounts.byYear) expect(Number(y.year)).toBeGreaterThanOrEqual(2026);
  });

  it('serves an Atom feed per document and per amending act, newest first', async () => {
    for (const params of [{ document: CODE_ID }, { act: LAW_241_ID }] as Record<string, string>[]) {
      const response = await web.get(pathWith('/amendments.atom', params), { accept: 'application/atom+xml' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const feed = await response.text();
      expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1] as string);
      expect(updated.length).toBeGreaterThan(0);
      expect(updated).toEqual([...updated].sort().reverse());
    }
  });
});

describe('GraphiQL and static files', () => {
  it('serves GraphiQL from this server only, opening with the README’s example queries as tabs', async () => {
    const response = await web.get('/graphql');
    expect(response.status).toBe(200);
    const page = await response.text();
    const urls = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url).toMatch(/^\/assets\//);
    expect(page).not.toMatch(/https?:\/\//);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const examples = readmeExamples(readme);
    const blocks =
      readme
        .split(/^## /m)
        .find((s) => s.startsWith('API'))
        ?.match(/```graphql/g) ?? [];
    expect(examples).toHaveLength(blocks.length);
    for (const tab of examples) expect(page).toContain(JSON.stringify(tab.query).slice(1, 40).replace(/</g, '\\u003c'));
  });

  it('offers README examples that are valid against the schema', async () => {
    const schema = await loadSchema();
    for (const { query } of readmeExamples()) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('serves assets compressed, cacheable for good, and 404 for unknown ones', async () => {
    const css = await web.get('/assets/site.css?v=x', { 'accept-encoding': 'br, gzip' });
    expect(css.status).toBe(200);
    expect(css.headers.get('content-encoding')).toBe('br');
    expect(css.headers.get('cache-control')).toContain('immutable');
    const bundle = await web.get('/assets/graphiql/graphiql.js', { 'accept-encoding': 'gzip' });
    expect(bundle.headers.get('content-encoding')).toBe('gzip');
    expect((await web.get('/assets/nothing.js')).status).toBe(404);
  });

  it('leaves the GraphQL endpoint as it was', async () => {
    const { data, errors } = await api<{ document: { id: string } }>(`{ document(id: "${CODE_ID}") { id } }`);
    expect(errors).toBeUndefined();
    expect(data?.document.id).toBe(CODE_ID);
    expect((await web.yoga.fetch('http://localhost/', { method: 'POST' })).status).toBe(404);
  });
});
