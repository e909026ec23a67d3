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
});
