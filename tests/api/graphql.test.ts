import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import type { GraphStore } from '../../graph/port.ts';
import { expectConnectedWithoutDuplicates } from '../contract/graph-store.contract.ts';
import { CODE_ID, CORPUS_DIR, ingestedCorpus, LAW_241_ID, provision, temporaryStore, testGraphStore } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';

const POINT_12 = provision('art_4__para_1__point_12');
/** The code's text, whitespace folded (notes wrap over lines), to count what it prints. */
const codeText = readFileSync(join(CORPUS_DIR, 'code-appc-2020-consolidated-2026-01-01.txt'), 'utf8').replace(/\s+/g, ' ');

interface AmendmentPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; effectiveFrom: string } }[];
}

interface GraphAnswer {
  nodes: { id: string }[];
  edges: { from: { id: string }; to: { id: string }; citation: { id: string } }[];
}

describe('GraphQL API over the ingested corpus', () => {
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let store: GraphStore;
  let yoga: ZangraphYoga;
  const query = <T = Record<string, unknown>>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);

  beforeAll(async () => {
    stored = await testGraphStore(await ingestedCorpus());
    store = stored.store;
    yoga = await createServer({ graph: store }, { graphiql: false });
  });
  afterAll(async () => {
    await stored.remove();
  });

  it('looks an article up by document short name and number', async () => {
    const { data } = await query<{ article: unknown }>(
      `{ article(document: "ӘРПК", number: "4") { id type number heading document { id } source { startLine } } }`,
    );
    expect(data?.article).toMatchObject({
      id: provision('art_4'),
      type: 'ARTICLE',
      number: '4',
      document: { id: CODE_ID },
      source: { startLine: 866 }, // L866 "4-бап. Осы Кодексте пайдаланылатын негізгі ұғымдар"
    });
  });

  it("lists the repeal of subparagraph 12 by law 241-VIII effective 2026-01-01 in article 4's amendments", async () => {
    const { data } = await query<{ article: { amendments: unknown[] } }>(`{
      article(document: "${CODE_ID}", number: "4") {
        amendments { action effectiveFrom act { id number date } target { id status } }
      }
    }`);
    expect(data?.article?.amendments).toContainEqual({
      action: 'REPEALED',
      effectiveFrom: '2026-01-01',
      act: { id: LAW_241_ID, number: '241-VIII', date: '2025-12-17' },
      target: { id: POINT_12, status: 'REPEALED' },
    });
  });

  it("includes article 23's reference among article 22's citedBy", async () => {
    const { data } = await query<{ article: { citedBy: { raw: string; source: { id: string } }[] } }>(
      `{ article(document: "350-VI", number: "22") { citedBy { raw source { id } target { id } } } }`,
    );
    const citedBy = data?.article.citedBy ?? [];
    const fromArt23 = citedBy.filter((c) => c.source.id.startsWith(provision('art_23')));
    expect(fromArt23.map((c) => c.raw).join(' ')).toMatch(/22-баб/); // L1810 "осы Кодекстің 22-бабы …"
  });

  it('answers "everything law 241-VIII changed" in one query, by act number', async () => {
    const { data } = await query<{ act: { id: string; amendments: unknown[] } }>(
      `{ act(id: "241-VIIІ") { id amendments { action effectiveFrom target { id } } } }`,
    );
    expect(data?.act?.id).toBe(LAW_241_ID);
    expect(data?.act?.amendments).toContainEqual({ action: 'REPEALED', effectiveFrom: '2026-01-01', target: { id: POINT_12 } });
  });

  it('pages amendments in force from a date range with opaque cursors', async () => {
    // The code's notes say "(2025 ж. 29 желтоқсаннан бастап қолданысқа енгізілді)" ("in force from 29 December 2025")
    // 97 times and "(2026 ж. 1 қаңтардан …)" (1 January 2026) 4 times, each after the one change it dates; no other
    // note dates a change within the range. 101 amendments: eleven pages of 10.
    const text = `query ($after: String) {
      amendments(filter: { effectiveFrom: { from: "2025-12-29", to: "2026-01-31" } }, first: 10, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id effectiveFrom } }
      }
    }`;
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 50; guard++) {
      const { data, errors } = await query<{ amendments: AmendmentPage }>(text, { after });
      expect(errors).toBeUndefined();
      const page = data?.amendments as AmendmentPage;
      total = page.totalCount;
      for (const edge of page.edges) {
        expect(edge.node.effectiveFrom >= '2025-12-29' && edge.node.effectiveFrom <= '2026-01-31').toBe(true);
        expect(edge.cursor).not.toContain(edge.node.id);
        ids.push(edge.node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const printed = (date: string) => codeText.split(`(${date} бастап қолданысқа енгізілді)`).length - 1;
    expect([printed('2025 ж. 29 желтоқсаннан'), printed('2026 ж. 1 қаңтардан')]).toEqual([97, 4]);
    expect(total).toBe(97 + 4);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toContain((await store.amendmentsOfProvisions([POINT_12]))[0]?.[0]?.id);
  });

  it('gives the amendment timeline of one article oldest first', async () => {
    const { data } = await query<{ amendments: { nodes: { act: { date: string } }[] } }>(
      `{ amendments(filter: { target: "${provision('art_4')}" }, first: 100) { nodes { act { date } } } }`,
    );
    const dates = (data?.amendments.nodes ?? []).map((n) => n.act.date);
    // article 4 (L866–L1198) holds eleven notes, from `2021.02.01. № 399-VI` (L970) to `2025.17.12. № 241-VIIІ` (L887 …)
    expect(dates).toHaveLength(11);
    expect([dates[0], dates.at(-1)]).toEqual(['2021-01-02', '2025-12-17']);
    expect(dates).toEqual([...dates].sort());
  });

  it('counts the amendments of a filter by year and by act, agreeing with the list it counts', async () => {
    type Counts = { total: number; byYear: { year: string | null; count: number }[]; byAct: { count: number; act: { number: string } }[] };
    type Listed = { effectiveFrom: string | null; act: { number: string } };
    const filter = `{ document: "ӘРПК", effectiveFrom: { from: "2025", to: "2026" } }`;
    const counts = (
      await query<{ amendmentCounts: Counts }>(
        `{ amendmentCounts(filter: ${filter}) { total byYear { year count } byAct(first: 100) { count act { number } } } }`,
      )
    ).data?.amendmentCounts as Counts;
    const nodes: Listed[] = [];
    let after: string | null = null;
    do {
      const page: { data?: null | { amendments: { nodes: Listed[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } =
        await query(
          `query ($after: String) { amendments(filter: ${filter}, first: 100, after: $after) { nodes { effectiveFrom act { number } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
      nodes.push(...(page.data?.amendments.nodes ?? []));
      after = page.data?.amendments.pageInfo.hasNextPage ? page.data.amendments.pageInfo.endCursor : null;
    } while (after);
    expect(counts.total).toBe(nodes.length);
    expect(counts.byYear.map((y) => y.year)).toEqual(['2025', '2026']);
    for (const { year, count } of counts.byYear) expect(nodes.filter((n) => n.effectiveFrom?.startsWith(year ?? '')).length).toBe(count);
    for (const { act, count } of counts.byAct) expect(nodes.filter((n) => n.act.number === act.number).length).toBe(count);
    // Law 241-VIII made the most changes effective 2025–2026 (97 from 29 December 2025 and 4 from 1 January 2026 among them).
    expect(counts.byAct[0]?.act.number).toBe('241-VIII');
  });

  it('answers amendmentCounts.byAct a page at a time and refuses a page above 100', async () => {
    const { data } = await query<{ amendmentCounts: { byAct: unknown[] } }>(`{ amendmentCounts { byAct(first: 3) { count } } }`);
    expect(data?.amendmentCounts.byAct).toHaveLength(3);
    const { errors } = await query(`{ amendmentCounts { byAct(first: 101) { count } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ranks the most amended articles: article 4 first, ties in document order', async () => {
    const { data } = await query<{ mostAmended: { count: number; provision: { type: string; number: string; amendments: unknown[] } }[] }>(
      `{ mostAmended(document: "ӘРПК", first: 4) { count provision { type number amendments { id } } } }`,
    );
    const top = data?.mostAmended ?? [];
    for (const t of top) {
      expect(t.provision.type).toBe('ARTICLE');
      expect(t.provision.amendments).toHaveLength(t.count);
    }
    // `ҚР Заңымен` (by the Law of the RK), once per change, within each article: 11 in article 4 (L866–L1198),
    // 10 in article 169 (L9495–L9608; the note at L9609 inserts article 169-1), 9 in article 3 (L709–L865) and
    // 9 in article 168 (L9330–L9494), which comes after article 3
    expect(top.map((t) => [t.provision.number, t.count])).toEqual([
      ['4', 11],
      ['169', 10],
      ['3', 9],
      ['168', 9],
    ]);
  });

  it('returns a connected depth-3 citation subgraph without duplicates', async () => {
    const { data } = await query<{ citationGraph: GraphAnswer }>(`{
      citationGraph(from: "${provision('art_23')}", direction: BOTH, depth: 3) {
        nodes { id } edges { from { id } to { id } citation { id } }
      }
    }`);
    const graph = data?.citationGraph as GraphAnswer;
    expect(graph.nodes.length).toBeGreaterThan(1);
    expectConnectedWithoutDuplicates({
      nodes: graph.nodes,
      edges: graph.edges.map((e) => ({ fromId: e.from.id, toId: e.to.id, citation: e.citation })),
    });
  });

  it('finds a shortest citation path: as many hops as a breadth-first search over the corpus citations needs, each hop a citation', async () => {
    // One hop from a provision: to the target of a citation made in its subtree (the port's semantics), computed here from the ingest.
    const documents = await ingestedCorpus();
    const provisions = new Map(documents.flatMap((d) => d.provisions).map((p) => [p.id, p]));
    const hops = new Map<string, Set<string>>();
    for (const c of documents.flatMap((d) => d.citations)) {
      if (c.targetId === null || !provisions.has(c.targetId)) continue;
      for (let p = provisions.get(c.sourceId); p; p = p.parentId === null ? undefined : provisions.get(p.parentId)) {
        hops.set(p.id, (hops.get(p.id) ?? new Set()).add(c.targetId));
      }
    }
    const distances = (from: string) => {
      const distance = new Map([[from, 0]]);
      for (let frontier = [from], d = 1; frontier.length > 0 && d <= 5; d++) {
        frontier = frontier.flatMap((id) => [...(hops.get(id) ?? [])].filter((n) => !distance.has(n)).map((n) => (distance.set(n, d), n)));
      }
      return distance;
    };
    // Of all pairs of the code's articles, the one farthest apart within 5 hops (counted to the article or a provision
    // inside it), the first such in document order: the path with the most room for a longer detour.
    const inArticle = (id: string, articleId: string) => id === articleId || id.startsWith(`${articleId}__`);
    const articles = [...provisions.values()].filter((p) => p.type === 'article' && p.documentId === CODE_ID).map((a) => a.id);
    let [from, far, farthest] = ['', '', 0];
    for (const a of articles) {
      const distance = [...distances(a)];
      for (const b of articles) {
        const d = Math.min(...distance.filter(([id]) => inArticle(id, b)).map(([, n]) => n));
        if (Number.isFinite(d) && d > farthest) [from, far, farthest] = [a, b, d];
      }
    }
    expect(farthest).toBeGreaterThanOrEqual(3);

    const { data } = await query<{ citationPath: { id: string }[] | null }>(
      `{ citationPath(from: "${from}", to: "${far}", maxDepth: 5) { id } }`,
    );
    const path = (data?.citationPath ?? []).map((p) => p.id);
    expect(path).toHaveLength(farthest + 1);
    expect(path[0]).toBe(from);
    expect(inArticle(path.at(-1) ?? '', far)).toBe(true);
    for (let i = 1; i < path.length; i++) expect(hops.get(path[i - 1] ?? '')?.has(path[i] ?? ''), `${path[i - 1]} → ${path[i]}`).toBe(true);
  });

  it('finds a citation path from article 23 to article 22', async () => {
    const { data } = await query<{ citationPath: { id: string }[] | null }>(
      `{ citationPath(from: "${provision('art_23')}", to: "${provision('art_22')}") { id } }`,
    );
    expect(data?.citationPath?.[0]?.id).toBe(provision('art_23'));
    expect(data?.citationPath?.at(-1)?.id.startsWith(provision('art_22'))).toBe(true);
  });

  describe('errors', () => {
    it('answers null for an unknown provision id', async () => {
      const { data, errors } = await query<{ provision: unknown }>(`{ provision(id: "nope") { id } }`);
      expect(errors).toBeUndefined();
      expect(data?.provision).toBeNull();
    });

    it('names the argument of a page size above 100', async () => {
      const { errors } = await query(`{ amendments(first: 101) { totalCount } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    });

    it('names the argument of a traversal depth above 5', async () => {
      const { errors } = await query(`{ citationGraph(from: "${provision('art_23')}", depth: 6) { nodes { id } } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
    });

    it('reports an unknown start of a traversal as NOT_FOUND with the id', async () => {
      const { errors } = await query(`{ citationGraph(from: "${provision('art_9999')}") { nodes { id } } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from', id: provision('art_9999') });
    });

    it('reports an unknown document of an article lookup as NOT_FOUND', async () => {
      const { errors } = await query(`{ article(document: "no such code", number: "1") { id } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'document' });
    });

    it('rejects a cursor that is not one of this list', async () => {
      const { errors } = await query(`{ amendments(after: "garbage") { totalCount } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    });

    it('rejects a malformed date', async () => {
      const { errors } = await query(`{ amendments(filter: { effectiveFrom: { from: "1 Jan 2026" } }) { totalCount } }`);
      expect(errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    });

    it('rejects a query nested deeper than the limit', async () => {
      const { errors } = await query(
        `{ provision(id: "x") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`,
      );
      expect(errors?.[0]?.message).toMatch(/depth/i);
    });

    it('rejects a query with more aliases than the limit', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: stats { documents }`).join(' ');
      const { errors } = await query(`{ ${aliases} }`);
      expect(errors?.[0]?.message).toMatch(/alias/i);
    });

    it('masks an unexpected failure of the store', async () => {
      const closed = await temporaryStore([]);
      const server = await createServer({ graph: closed.store }, { graphiql: false });
      await closed.remove();
      const { errors } = await graphql(server.fetch, `{ stats { documents } }`);
      expect(errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(errors)).not.toContain('graph:embedded');
    });
  });
});
