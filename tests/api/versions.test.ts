/**
 * Versions end to end: `../shared/adilet/appc-350-VI` imported into a temporary data dir beside the seed corpus (the
 * code's 2026-01-01 PDF text), then asked through `yoga.fetch`. Expected texts are read off the three versions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../api/index.ts';
import { importAct } from '../../app/index.ts';
import { createBackends, type Backends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';
import { provision } from '../contract/corpus-fixture.ts';
import { adiletPath } from '../shared-dir.ts';
import { graphql, type GraphQLResponse } from './graphql-client.ts';

const SEED = fileURLToPath(new URL('../../corpus/', import.meta.url));

interface Version {
  validFrom: string;
  validTo: string | null;
  text: string;
  expression: { versionDate: string; amendingAct: { number: string } | null };
  amendments: { act: { number: string } }[];
}

describe('the API over the three versions of the code', () => {
  let work: string;
  let backends: Backends;
  let ask: <T>(query: string) => Promise<GraphQLResponse<T>>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'zangraph-versions-'));
    const config = loadConfig({ ZANGRAPH_DATA_DIR: join(work, 'data') });
    backends = await createBackends(config);
    await importAct(adiletPath('appc-350-VI'), { ...config.corpus, corpusDir: SEED }, backends);
    const yoga = await createServer({ graph: backends.graph, search: backends.search });
    ask = (query) => graphql(yoga.fetch, query);
  }, 120_000);

  afterAll(async () => {
    await backends.close();
    await rm(work, { recursive: true, force: true });
  });

  it('answers a provision as worded on a date, and as today without one', async () => {
    const { data, errors } = await ask<Record<string, { text: string; validFrom: string; validTo: string | null; asOf: string | null }>>(`{
      old: provision(id: "ӘРПК/~art_43-1__para_2", asOf: "2023-06-01") { text validFrom validTo asOf }
      later: provision(id: "ӘРПК/~art_43-1__para_2", asOf: "2024") { text validFrom validTo asOf }
      today: provision(id: "ӘРПК/~art_43-1__para_2") { text validFrom validTo asOf }
    }`);
    expect(errors).toBeUndefined();
    // 2022-12-30 export L1007, then law 223-VII's wording from the 2024-01-01 version on
    expect(data?.old).toEqual({
      text: 'Жобалық басқаруды жүзеге асыру қағидаларын Қазақстан Республикасының Үкіметі бекітеді.',
      validFrom: '2022-12-30',
      validTo: '2024-01-01',
      asOf: '2023-06-01',
    });
    const newest = 'Жобалық басқаруды жүзеге асыру қағидаларын жобалық басқару жөніндегі уәкілетті орган бекітеді.';
    expect(data?.later).toEqual({ text: newest, validFrom: '2024-01-01', validTo: null, asOf: '2024-01-01' });
    expect(data?.today).toEqual({ text: newest, validFrom: '2024-01-01', validTo: null, asOf: null });
  });

  it('answers null with the reason where the provision had no text on the date', async () => {
    const { data, errors } = await ask<Record<string, unknown>>(`{
      inserted: provision(id: "ӘРПК/~art_3__para_4__point_8", asOf: "2023-01-01") { text }
      early: article(document: "ӘРПК", number: "22", asOf: "2020-01-01") { heading }
      unknown: provision(id: "ӘРПК/~art_999", asOf: "2023-01-01") { text }
    }`);
    expect(data).toEqual({ inserted: null, early: null, unknown: null });
    expect(errors?.map((e) => [e.path, e.extensions?.code, e.message]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      [
        ['early'],
        'NOT_IN_FORCE',
        'no text of /akn/kz/act/code/2020-06-29/350-VI/~art_22 in force (argument "asOf"): 2020-01-01 is before the earliest version held (2022-12-30)',
      ],
      [
        ['inserted'],
        'NOT_IN_FORCE',
        'no text of /akn/kz/act/code/2020-06-29/350-VI/~art_3__para_4__point_8 in force (argument "asOf"): not yet in the text on 2023-01-01: it first appears in the version of 2024-01-01',
      ],
    ]);
  });

  it('lists the versions of the document, each with the act that caused it', async () => {
    const { data } = await ask<{
      document: { versions: { validFrom: string; validTo: string | null; expression: Version['expression'] & { format: string } }[] };
    }>(`{ document(id: "350-VI") { versions { validFrom validTo expression { versionDate format amendingAct { number } } } } }`);
    expect(
      data?.document.versions.map((v) => [v.validFrom, v.validTo, v.expression.format, v.expression.amendingAct?.number ?? null]),
    ).toEqual([
      ['2022-12-30', '2024-01-01', 'adilet', '177-VII'],
      ['2024-01-01', '2026-01-01', 'adilet', '46-VIII'],
      ['2026-01-01', null, 'code', null],
    ]);
  });

  it('gives every wording of a provision with the events that produced it', async () => {
    const { data } = await ask<{ provision: { versions: Version[] } }>(`{
      provision(id: "ӘРПК/~art_3__para_3__point_4") {
        versions { validFrom validTo text expression { versionDate amendingAct { number } } amendments { act { number } } }
      }
    }`);
    const versions = data?.provision.versions ?? [];
    expect(versions.map((v) => [v.validFrom, v.validTo, v.expression.versionDate])).toEqual([
      ['2022-12-30', '2024-01-01', '2022-12-30'],
      ['2024-01-01', '2026-01-01', '2024-01-01'],
      ['2026-01-01', null, '2026-01-01'],
    ]);
    // Law 157-VII (from 2023-01-01) made the 2024 wording, law 241-VIII (from 2025-12-29) the 2026 one.
    expect(versions.map((v) => v.amendments.map((a) => a.act.number))).toEqual([[], ['157-VII'], ['241-VIII']]);
    expect(versions[0]?.text).toMatch(/^Қазақстан Республикасының Конституциялық Кеңесі,/);
    expect(versions[2]?.text).toContain('сот әкімшілігі саласындағы уәкілетті мемлекеттік орган');
  });

  it('shows an amendment’s target just before and just after it', async () => {
    const { data } = await ask<{
      provision: {
        amendments: {
          act: { number: string };
          before: { validFrom: string; text: string } | null;
          after: { validFrom: string; text: string } | null;
        }[];
      };
    }>(
      `{ provision(id: "ӘРПК/~art_3__para_3__point_4") { amendments { act { number } before { validFrom text } after { validFrom text } } } }`,
    );
    const byAct = new Map(data?.provision.amendments.map((a) => [a.act.number, a]));
    expect(byAct.get('241-VIII')?.before?.validFrom).toBe('2024-01-01');
    expect(byAct.get('241-VIII')?.before?.text).toContain('Жоғарғы Соты аппараттарының');
    expect(byAct.get('241-VIII')?.after?.validFrom).toBe('2026-01-01');
    expect(byAct.get('157-VII')?.before?.text).toContain('Конституциялық Кеңесі');
    expect(byAct.get('157-VII')?.after?.text).toContain('Конституциялық Соты');
  });

  it('answers an article and the whole document as in force on a date, tree included', async () => {
    const { data } = await ask<{
      then: { children: { number: string; children: { number: string; status: string; text: string }[] }[] };
      now: { children: { number: string; children: { number: string; status: string }[] }[] };
      code2023: { asOf: string; articles: { number: string }[] };
      code: { asOf: string | null; articles: { number: string }[] };
    }>(`{
      then: article(document: "ӘРПК", number: "4", asOf: "2023-01-01") { children { number children { number status text } } }
      now: article(document: "ӘРПК", number: "4") { children { number children { number status } } }
      code2023: document(id: "ӘРПК", asOf: "2023-01-01") { asOf articles { number } }
      code: document(id: "ӘРПК") { asOf articles { number } }
    }`);
    const point12Then = data?.then.children[0]?.children.find((c) => c.number === '12');
    expect(point12Then?.status).toBe('IN_FORCE');
    expect(point12Then?.text).toMatch(/^бейнежолданым/);
    expect(data?.now.children[0]?.children.find((c) => c.number === '12')?.status).toBe('REPEALED');
    // Article 15-1 came with the 2026 version (law 241-VIII); the 2022 text had none.
    expect(data?.code2023.asOf).toBe('2023-01-01');
    expect(data?.code2023.articles.map((a) => a.number)).not.toContain('15-1');
    expect(data?.code.articles.map((a) => a.number)).toContain('15-1');
    expect(data?.code.asOf).toBeNull();
  });
  it('answers the whole document as in force on a date with the provisions the newest version no longer holds, in their place', async () => {
    interface Unit {
      id: string;
      number: string | null;
      text: string;
      validFrom: string;
      validTo: string | null;
      parent: { id: string } | null;
    }
    const tree = `articles { number children { id text validFrom validTo children { id number } } }`;
    const units = `provisions(type: SUBPARAGRAPH) { id number text validFrom validTo parent { id } }`;
    type Day = {
      articles: { number: string; children: (Omit<Unit, 'parent' | 'number'> & { children: { id: string; number: string | null }[] })[] }[];
      provisions: Unit[];
    };
    // Each day's tree in a request of its own: both in one would exceed the query's cost budget.
    const [treeThen, treeNow, lists, all] = await Promise.all([
      ask<{ day: Day }>(`{ day: document(id: "ӘРПК", asOf: "2024-06-01") { ${tree} } }`),
      ask<{ day: Day }>(`{ day: document(id: "ӘРПК", asOf: "2026-02-01") { ${tree} } }`),
      ask<{ then: Day; now: Day }>(
        `{ then: document(id: "ӘРПК", asOf: "2024-06-01") { ${units} } now: document(id: "ӘРПК", asOf: "2026-02-01") { ${units} } }`,
      ),
      ask<{ then: { provisions: { id: string }[] }; now: { provisions: { id: string }[] } }>(
        `{ then: document(id: "ӘРПК", asOf: "2024-06-01") { provisions { id } } now: document(id: "ӘРПК", asOf: "2026-02-01") { provisions { id } } }`,
      ),
    ]);
    expect([treeThen.errors, treeNow.errors, lists.errors, all.errors]).toEqual([undefined, undefined, undefined, undefined]);
    const part = (day: Day | undefined) =>
      day?.articles.find((a) => a.number === '175')?.children.find((c) => c.id === provision('art_175__para_2-1'));
    // The 2024-01-01 export, article 175 part 2-1 (L3363–3371), in force from the 2022 text to the 2026 one, which has
    // law 241-VIII's repeal of the part and not its two subparagraphs.
    const then = part(treeThen.data?.day);
    expect([then?.text, then?.validFrom, then?.validTo]).toEqual(['2026 жылғы 1 қаңтарға дейін мыналардың:', '2022-12-30', '2026-01-01']);
    expect(then?.children).toEqual([
      { id: provision('art_175__para_2-1__point_1'), number: '1' },
      { id: provision('art_175__para_2-1__point_2'), number: '2' },
    ]);
    const second = lists.data?.then.provisions.find((p) => p.id === provision('art_175__para_2-1__point_2'));
    expect(second).toEqual({
      id: provision('art_175__para_2-1__point_2'),
      number: '2',
      text: 'осы Кодекстің 64-бабының бесінші бөлігінің қолданысы тоқтатыла тұрсын, тоқтатыла тұру кезеңінде осы бөлік мынадай редакцияда қолданылады деп белгіленсін:',
      validFrom: '2022-12-30',
      validTo: '2026-01-01',
      parent: { id: provision('art_175__para_2-1') },
    });
    // In that day's document order: part 2, part 2-1, its subparagraph 1) with its абзац, 2) with its абзац, part 3.
    const ids = all.data?.then.provisions.map((p) => p.id) ?? [];
    const from = ids.indexOf(provision('art_175__para_2'));
    expect(ids.slice(from, from + 7)).toEqual(
      [
        'art_175__para_2',
        'art_175__para_2-1',
        'art_175__para_2-1__point_1',
        'art_175__para_2-1__point_1__subpara_2',
        'art_175__para_2-1__point_2',
        'art_175__para_2-1__point_2__subpara_2',
        'art_175__para_3',
      ].map(provision),
    );

    // On 2026-02-01 the part is repealed and holds nothing.
    expect(part(treeNow.data?.day)?.children).toEqual([]);
    expect(lists.data?.now.provisions.map((p) => p.id)).not.toContain(provision('art_175__para_2-1__point_2'));
    // The 41 units of the 2024 text that the 2026 text no longer has: each in the tree of 2024-06-01, none in 2026's.
    const now = new Set(all.data?.now.provisions.map((p) => p.id));
    expect(ids.filter((id) => !now.has(id))).toHaveLength(41);
  });

  it('holds both the wording before and the wording after for 153 of the code’s 247 amendment events', async () => {
    interface Event {
      id: string;
      target: { id: string } | null;
      dateUsed: string | null;
      before: { validFrom: string } | null;
      after: { validFrom: string } | null;
    }
    const events: Event[] = [];
    for (let after: string | null = null; ;) {
      const cursor: string = after ? `, after: "${after}"` : '';
      const { data, errors } = await ask<{
        amendments: { nodes: Event[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      }>(`{
        amendments(filter: { document: "ӘРПК" }, first: 100${cursor}) {
          nodes { id target { id } dateUsed before { validFrom } after { validFrom } }
          pageInfo { hasNextPage endCursor }
        }
      }`);
      expect(errors).toBeUndefined();
      events.push(...(data?.amendments.nodes ?? []));
      if (!data?.amendments.pageInfo.hasNextPage) break;
      after = data.amendments.pageInfo.endCursor;
    }
    const period = (e: Event) =>
      e.dateUsed === null ? 'undated' : e.dateUsed <= '2022-12-30' ? 'to 2022-12-30' : e.dateUsed <= '2024-01-01' ? '2023' : '2024–2025';
    const tally = new Map<string, number>();
    for (const e of events) {
      const key = `${period(e)}: ${e.before ? 'before' : '-'} ${e.after ? 'after' : '-'}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    // The merged notes of the three versions: 247 events. The 57 dated up to 2022-12-30 have no wording before (no
    // earlier version is held); 55 have the 2022 one after, the other two a target no version holds (one note names
    // none). Of the 46 dated in 2023, 44 have both (the 2022 and the 2024 text), one inserted a unit the 2022 text
    // lacks, one names a unit neither text holds. Of the 144 dated in 2024–2025, 109 have both (the 2024 and the 2026
    // text), 35 inserted a unit the 2024 text lacks. So 44 + 109 = 153 have both.
    expect(events).toHaveLength(247);
    expect(events.filter((e) => e.before !== null && e.after !== null)).toHaveLength(153);
    expect([...tally].sort()).toEqual([
      ['2023: - -', 1],
      ['2023: - after', 1],
      ['2023: before after', 44],
      ['2024–2025: - after', 35],
      ['2024–2025: before after', 109],
      ['to 2022-12-30: - -', 2],
      ['to 2022-12-30: - after', 55],
    ]);
  });
});
