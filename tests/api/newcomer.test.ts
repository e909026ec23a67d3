/**
 * What a newcomer tripped over in the API (issue 13): partial dates in ranges, human references
 * wherever a document or provision is expected, stable error messages, the journal article kind,
 * amending acts' titles and field suggestions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { CODE_ID, ingestedCorpus, provision, testGraphStore } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';

interface Count {
  amendments: { totalCount: number };
}

describe('the API as a newcomer uses it', () => {
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let yoga: ZangraphYoga;
  const query = <T = Record<string, unknown>>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);
  const count = async (filter: string): Promise<number | undefined> =>
    (await query<Count>(`{ amendments(filter: ${filter}) { totalCount } }`)).data?.amendments.totalCount;

  beforeAll(async () => {
    stored = await testGraphStore(await ingestedCorpus());
    yoga = await createServer({ graph: stored.store }, { graphiql: false });
  });
  afterAll(async () => {
    await stored.remove();
  });

  it('reads a partial `from` as its first day and a partial `to` as its last day', async () => {
    const fullYear = await count('{ effectiveFrom: { from: "2025-01-01", to: "2025-12-31" } }');
    expect(fullYear).toBeGreaterThan(0);
    expect(await count('{ effectiveFrom: { from: "2025", to: "2025" } }')).toBe(fullYear);
    expect(await count('{ effectiveFrom: { to: "2025" } }')).toBe(await count('{ effectiveFrom: { to: "2025-12-31" } }'));
    expect(await count('{ effectiveFrom: { from: "2025-02", to: "2025-02" } }')).toBe(
      await count('{ effectiveFrom: { from: "2025-02-01", to: "2025-02-28" } }'),
    );
  });

  it('finds a document by short name and by number with a Cyrillic І', async () => {
    const byName = await query<{ document: { id: string } | null }>(`{ document(id: "ӘРПК") { id } }`);
    const byNumber = await query<{ document: { id: string } | null }>(`{ document(id: "350-VІ") { id } }`);
    expect(byName.data?.document?.id).toBe(CODE_ID);
    expect(byNumber.data?.document?.id).toBe(CODE_ID);
  });

  it('accepts `ӘРПК/~art_22` wherever a provision is expected', async () => {
    const art22 = provision('art_22');
    const direct = await query<{ provision: { id: string } | null }>(`{ provision(id: "ӘРПК/~art_22") { id } }`);
    expect(direct.data?.provision?.id).toBe(art22);
    const graph = await query<{ citationGraph: { nodes: { id: string }[] } }>(
      `{ citationGraph(from: "ӘРПК/~art_23", direction: OUT) { nodes { id } } }`,
    );
    expect(graph.errors).toBeUndefined();
    expect(graph.data?.citationGraph.nodes.map((n) => n.id)).toContain(provision('art_23'));
    const path = await query<{ citationPath: { id: string }[] | null }>(
      `{ citationPath(from: "350-VI/~art_23", to: "ӘРПК/~art_22") { id } }`,
    );
    expect(path.errors).toBeUndefined();
    const filtered = await count('{ target: "ӘРПК/~art_4" }');
    expect(filtered).toBe(await count(`{ target: "${provision('art_4')}" }`));
    expect(filtered).toBeGreaterThan(0);
  });

  it('accepts `{document, eId}` wherever a provision id is, the document by short name or number', async () => {
    const art22 = provision('art_22');
    const byRef = await query<{ provision: { id: string } | null }>(`{ provision(ref: { document: "ӘРПК", eId: "art_22" }) { id } }`);
    expect(byRef.data?.provision?.id).toBe(art22);
    const graph = await query<{ citationGraph: { nodes: { id: string }[] } }>(
      `{ citationGraph(fromRef: { document: "350-VІ", eId: "art_23" }) { nodes { id } } }`,
    );
    expect(graph.data?.citationGraph.nodes[0]?.id).toBe(provision('art_23'));
    const path = await query<{ citationPath: { id: string }[] | null }>(
      `{ citationPath(fromRef: { document: "ӘРПК", eId: "art_23" }, toRef: { document: "${CODE_ID}", eId: "art_22" }) { id } }`,
    );
    const chain = path.data?.citationPath ?? [];
    expect(chain[0]?.id).toBe(provision('art_23'));
    expect(chain.at(-1)?.id.startsWith(art22)).toBe(true);
    expect(await count('{ targetRef: { document: "ӘРПК", eId: "art_4" } }')).toBe(await count(`{ target: "${provision('art_4')}" }`));
  });

  it('refuses both or neither of a provision id and a `{document, eId}`, naming the arguments', async () => {
    const both = await query(`{ provision(id: "ӘРПК/~art_22", ref: { document: "ӘРПК", eId: "art_22" }) { id } }`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(both.errors?.[0]?.message).toBe('Invalid argument "id": give either id or ref, not both');
    const neither = await query(`{ citationGraph { nodes { id } } }`);
    expect(neither.errors?.[0]?.message).toBe('Invalid argument "from": give either from or fromRef, not neither');
    const unknown = await query(`{ citationGraph(fromRef: { document: "ӘРПК", eId: "art_99999" }) { nodes { id } } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
  });

  it('reads `350-VІ` with a Cyrillic І wherever a document is expected', async () => {
    const { data, errors } = await query<{
      article: { id: string } | null;
      mostAmended: { provision: { id: string } }[];
      amendments: { totalCount: number };
    }>(`{ article(document: "350-VІ", number: "22") { id }
         mostAmended(document: "350-VІ", first: 1) { provision { id } }
         amendments(filter: { document: "350-VІ" }) { totalCount } }`);
    expect(errors).toBeUndefined();
    expect(data?.article?.id).toBe(provision('art_22'));
    expect(data?.mostAmended[0]?.provision.id.startsWith(`${CODE_ID}/~`)).toBe(true);
    expect(data?.amendments.totalCount).toBe(await count(`{ document: "${CODE_ID}" }`));
  });

  it('gives the same error for a bad date variable however often it is sent', async () => {
    const text = 'query($f: AmendmentFilter){ amendments(filter:$f){ totalCount } }';
    const variables = { f: { effectiveFrom: { from: '2025-13-01' } } };
    const first = await query(text, variables);
    const second = await query(text, variables);
    const third = await query(text, variables);
    expect(first.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(second.errors?.map((e) => e.message)).toEqual(first.errors?.map((e) => e.message));
    expect(third.errors?.map((e) => e.message)).toEqual(first.errors?.map((e) => e.message));
  });

  it('names the journal article kind JOURNAL_ARTICLE and still accepts the deprecated ARTICLE', async () => {
    const { data } = await query<{ documents: { kind: string }[] }>(`{ documents { kind } }`);
    const kinds = (data?.documents ?? []).map((d) => d.kind);
    expect(kinds).toContain('JOURNAL_ARTICLE');
    expect(kinds).not.toContain('ARTICLE');
    const intro = await query<{ __type: { enumValues: { name: string; isDeprecated: boolean }[] } }>(
      `{ __type(name: "DocumentKind") { enumValues(includeDeprecated: true) { name isDeprecated } } }`,
    );
    expect(intro.data?.__type.enumValues).toContainEqual({ name: 'ARTICLE', isDeprecated: true });
  });

  it("says in the schema that an act's null title means unknown", async () => {
    const { data } = await query<{ __type: { fields: { name: string; description: string }[] } }>(
      `{ __type(name: "Act") { fields { name description } } }`,
    );
    expect(data?.__type.fields.find((f) => f.name === 'title')?.description).toMatch(/null.*unknown/i);
  });

  it('suggests the field meant for a misspelt one, as introspection would tell anyway', async () => {
    const { errors } = await query(`{ documnets { id } }`);
    expect(errors?.[0]?.message).toBe('Cannot query field "documnets" on type "Query". Did you mean "documents" or "document"?');
  });

  it("lists an act's amendments of one date in the document's order, not by target id as a string", async () => {
    const { data } = await query<{
      act: { amendments: { effectiveFrom: string | null; source: { startOffset: number }; target: { id: string } | null }[] };
    }>(`{ act(id: "241-VIII") { amendments { effectiveFrom source { startOffset } target { id } } } }`);
    const list = data?.act.amendments ?? [];
    expect(list.length).toBeGreaterThan(100);
    for (let i = 1; i < list.length; i++) {
      const [before, after] = [list[i - 1]!, list[i]!];
      if (before.effectiveFrom === after.effectiveFrom) expect(after.source.startOffset).toBeGreaterThanOrEqual(before.source.startOffset);
    }
    const targets = list.map((a) => a.target?.id);
    // By string, art_169__para_7 sorts before art_17; in the code article 17 comes first.
    const art17 = targets.findIndex((id) => id?.startsWith(provision('art_17__')) || id === provision('art_17'));
    expect(art17).toBeGreaterThanOrEqual(0);
    expect(art17).toBeLessThan(targets.indexOf(provision('art_169__para_7')));
  });

  it('pages amendments newest first, undated ones last, the pages joining up to the whole reversed date order', async () => {
    type Node = { id: string; effectiveFrom: string | null; act: { date: string } };
    type Answer = { amendments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Node[] } };
    const all: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: { data?: Answer | null; errors?: unknown } = await query<Answer>(
        `query($after: String) { amendments(order: NEWEST_FIRST, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id effectiveFrom act { date } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      all.push(...(data?.amendments.nodes ?? []));
      if (!data?.amendments.pageInfo.hasNextPage) break;
      after = data.amendments.pageInfo.endCursor;
    }
    const oldest = await query<{ amendments: { totalCount: number } }>(`{ amendments { totalCount } }`);
    expect(all).toHaveLength(oldest.data?.amendments.totalCount ?? -1);
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    const key = (n: Node) => `${n.act.date} ${n.effectiveFrom ?? ''}`;
    const dated = all.filter((n) => n.effectiveFrom !== null);
    const firstUndatedInDate = (date: string) => all.findIndex((n) => n.act.date === date && n.effectiveFrom === null);
    for (let i = 1; i < dated.length; i++) expect(key(dated[i]!) <= key(dated[i - 1]!)).toBe(true);
    expect(all[0]!.act.date >= all.at(-1)!.act.date).toBe(true);
    // Within one act date, an amendment without an effective date follows those with one.
    const undated = all.find((n) => n.effectiveFrom === null);
    if (undated) expect(all.findIndex((n) => n.act.date === undated.act.date)).toBeLessThanOrEqual(firstUndatedInDate(undated.act.date));
  });
});
