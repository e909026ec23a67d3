/**
 * What a newcomer tripped over in the API's lists (issue 13, items 2, 3 and 8): undated amendments in
 * date filters (`undated`, `dateUsed`, `dateSource`), an order argument on every list where both
 * directions make sense, and rankings (`mostCited`, `mostAmended` by act and period).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { CODE_ID, ingestedCorpus, LAW_241_ID, provision, testGraphStore } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';

interface Dated {
  id: string;
  effectiveFrom: string | null;
  dateUsed: string | null;
  dateSource: 'NOTE' | 'ACT_DATE' | null;
  act: { date: string | null };
}
interface Page {
  amendments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Dated[] };
}

describe("the API's lists as a newcomer uses them", () => {
  let corpus: IngestedDocument[];
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let yoga: ZangraphYoga;
  const query = <T = Record<string, unknown>>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);

  /** Every amendment the filter matches, page by page. */
  async function all(filter: string): Promise<Dated[]> {
    const nodes: Dated[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: { data?: Page | null; errors?: unknown } = await query<Page>(
        `query($after: String) { amendments(filter: ${filter}, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id effectiveFrom dateUsed dateSource act { date } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      nodes.push(...(data?.amendments.nodes ?? []));
      if (!data?.amendments.pageInfo.hasNextPage) return nodes;
      after = data.amendments.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    corpus = await ingestedCorpus();
    stored = await testGraphStore(corpus);
    yoga = await createServer({ graph: stored.store }, { graphiql: false });
  });
  afterAll(async () => {
    await stored.remove();
  });

  describe('undated amendments in a date filter (item 2)', () => {
    const range = 'effectiveFrom: { from: "2021", to: "2022" }';
    const inRange = (date: string | null) => date !== null && date >= '2021-01-01' && date <= '2022-12-31';

    it('leaves them out by default and says each answer is dated by its note', async () => {
      const byDefault = await all(`{ ${range} }`);
      const excluded = await all(`{ ${range}, undated: EXCLUDE }`);
      expect(excluded.map((n) => n.id)).toEqual(byDefault.map((n) => n.id));
      expect(byDefault.length).toBe(corpus.flatMap((d) => d.amendments).filter((a) => inRange(a.effectiveFrom)).length);
      for (const n of byDefault) expect([n.dateSource, n.dateUsed]).toEqual(['NOTE', n.effectiveFrom]);
    });

    it('includes every undated amendment with INCLUDE, dated by its act in the answer', async () => {
      const undated = corpus.flatMap((d) => d.amendments).filter((a) => a.effectiveFrom === null);
      expect(undated.length).toBeGreaterThan(0);
      const included = await all(`{ ${range}, undated: INCLUDE }`);
      const extra = included.filter((n) => n.effectiveFrom === null);
      expect(extra.map((n) => n.id).sort()).toEqual(undated.map((a) => a.id).sort());
      for (const n of extra) expect([n.dateSource, n.dateUsed]).toEqual(['ACT_DATE', n.act.date]);
    });

    it("compares an undated amendment's act date with ACT_DATE, and says so", async () => {
      const byActDate = await all(`{ ${range}, undated: ACT_DATE }`);
      const fallback = byActDate.filter((n) => n.dateSource === 'ACT_DATE');
      expect(fallback.length).toBeGreaterThan(0);
      for (const n of byActDate) expect(inRange(n.dateUsed)).toBe(true);
      for (const n of fallback) expect([n.effectiveFrom, n.dateUsed]).toEqual([null, n.act.date]);
      expect(byActDate.length).toBe((await all(`{ ${range} }`)).length + fallback.length);
    });
  });

  describe('order arguments (item 3)', () => {
    type Listed = { id: string; effectiveFrom: string | null; act: { date: string | null } };

    it("turns an act's amendments round with NEWEST_FIRST: effective dates descending, undated last", async () => {
      const { data } = await query<{ oldest: { amendments: Listed[] }; newest: { amendments: Listed[] } }>(
        `{ oldest: act(id: "241-VIII") { amendments { id effectiveFrom act { date } } }
           newest: act(id: "241-VIII") { amendments(order: NEWEST_FIRST) { id effectiveFrom act { date } } } }`,
      );
      const [oldest, newest] = [data?.oldest.amendments ?? [], data?.newest.amendments ?? []];
      expect(newest.map((a) => a.id).sort()).toEqual(oldest.map((a) => a.id).sort());
      const dates = newest.map((a) => a.effectiveFrom ?? '');
      const dated = dates.filter((d) => d !== '');
      expect(dated).toEqual([...dated].sort().reverse());
      expect(new Set(dated).size).toBeGreaterThan(1);
      expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
      // Ties keep the document's order: the first and last of one date are in the same order both ways.
      const sameDate = (list: Listed[]) => list.filter((a) => a.effectiveFrom === dated[0]).map((a) => a.id);
      expect(sameDate(newest)).toEqual(sameDate(oldest));
    });

    it("turns a provision's amendments round with NEWEST_FIRST: act dates descending", async () => {
      const { data } = await query<{ provision: { amendments: Listed[] } }>(
        `{ provision(id: "${provision('art_4')}") { amendments(order: NEWEST_FIRST) { id effectiveFrom act { date } } } }`,
      );
      const dates = (data?.provision.amendments ?? []).map((a) => a.act.date ?? '');
      expect(dates.length).toBeGreaterThan(5);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('lists documents and acts by date either way, undated ones last', async () => {
      type Item = { id: string; date: string | null };
      const { data } = await query<{ byId: Item[]; newest: Item[]; oldest: Item[]; acts: Item[]; actsById: Item[] }>(
        `{ byId: documents { id date } newest: documents(order: NEWEST_FIRST) { id date } oldest: documents(order: OLDEST_FIRST) { id date }
           acts(order: NEWEST_FIRST) { id date } actsById: acts { id date } }`,
      );
      const byId = data?.byId ?? [];
      expect(byId.map((d) => d.id)).toEqual(byId.map((d) => d.id).sort());
      const check = (list: Item[], sign: 1 | -1) => {
        const dates = list.map((d) => d.date);
        const dated = dates.filter((d): d is string => d !== null);
        expect(dated).toEqual(sign === 1 ? [...dated].sort() : [...dated].sort().reverse());
        expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
      };
      check(data?.newest ?? [], -1);
      check(data?.oldest ?? [], 1);
      check(data?.acts ?? [], -1);
      expect(data?.newest.map((d) => d.id).sort()).toEqual(byId.map((d) => d.id).sort());
      expect(data?.acts.length).toBe(data?.actsById.length);
      expect(data?.acts[0]?.date).not.toBe(data?.actsById[0]?.date);
    });
  });

  describe('rankings (item 8)', () => {
    it('ranks the most cited articles of a document, each count the length of its citedBy', async () => {
      type Ranked = { count: number; provision: { id: string; type: string; citedBy: { id: string }[] } };
      const { data, errors } = await query<{ mostCited: Ranked[] }>(
        `{ mostCited(document: "350-VІ", first: 5) { count provision { id type citedBy { id } } } }`,
      );
      expect(errors).toBeUndefined();
      const top = data?.mostCited ?? [];
      expect(top).toHaveLength(5);
      for (const t of top) {
        expect(t.provision.type).toBe('ARTICLE');
        expect(t.count).toBe(t.provision.citedBy.length);
        expect(t.provision.id.startsWith(`${CODE_ID}/~`)).toBe(true);
      }
      expect(top.map((t) => t.count)).toEqual(top.map((t) => t.count).sort((a, b) => b - a));
      const citedMost = corpus
        .flatMap((d) => d.citations)
        .filter((c) => c.targetId === provision('art_22') || c.targetId?.startsWith(`${provision('art_22')}__`)).length;
      expect(top[0]!.count).toBeGreaterThanOrEqual(citedMost);
    });

    it('ranks the most amended articles by one act or one period when filtered', async () => {
      type Ranked = { count: number; provision: { id: string } };
      const { data, errors } = await query<{ byAct: Ranked[]; byPeriod: Ranked[]; all: Ranked[] }>(
        `{ byAct: mostAmended(document: "ӘРПК", first: 5, filter: { act: "241-VIII" }) { count provision { id } }
           byPeriod: mostAmended(first: 5, filter: { effectiveFrom: { from: "2026", to: "2026" } }) { count provision { id } }
           all: mostAmended(first: 5) { count provision { id } } }`,
      );
      expect(errors).toBeUndefined();
      const check = async (ranked: Ranked[], filter: string) => {
        expect(ranked.length).toBeGreaterThan(0);
        for (const t of ranked) {
          const total = await query<{ amendments: { totalCount: number } }>(
            `{ amendments(filter: { target: "${t.provision.id}", ${filter} }) { totalCount } }`,
          );
          expect(total.data?.amendments.totalCount).toBe(t.count);
        }
      };
      await check(data?.byAct ?? [], `act: "${LAW_241_ID}"`);
      await check(data?.byPeriod ?? [], 'effectiveFrom: { from: "2026-01-01", to: "2026-12-31" }');
      expect(data?.byAct.map((t) => t.count)).not.toEqual(data?.all.map((t) => t.count));
    });

    it('refuses a filter naming another document than `document`', async () => {
      const other = corpus.find((d) => d.document.id !== CODE_ID)!.document.id;
      const { errors } = await query(`{ mostAmended(document: "ӘРПК", filter: { document: "${other}" }) { count } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.document' });
      expect(errors?.[0]?.message).toContain(other);
    });
  });
});
