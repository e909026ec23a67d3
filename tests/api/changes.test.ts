/**
 * Query.changes, Provision.diff and Document.reconciliation through `yoga.fetch`, over a store holding the timeline of
 * the code's three versions (the exports of 2022-12-30 and 2024-01-01, the seed's PDF text of 2026-01-01).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { testGraphStore } from '../contract/corpus-fixture.ts';
import { codeTimeline } from '../ingest/versions/code-versions.ts';
import { graphql } from './graphql-client.ts';

interface ChangesPage {
  changes: {
    fromVersion: string;
    toVersion: string;
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ eId: string; kind: string; rendering: string; acts: Array<{ number: string }>; provision: { id: string } | null }>;
  };
}

describe('changes, diffs and reconciliation in the API', () => {
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let yoga: ZangraphYoga;
  const query = <T = Record<string, unknown>>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);
  const CHANGES = `query ($from: Date!, $to: Date!, $first: Int, $after: String, $order: ChangeOrder) {
    changes(document: "ӘРПК", from: $from, to: $to, first: $first, after: $after, order: $order) {
      fromVersion toVersion totalCount pageInfo { hasNextPage endCursor }
      nodes { eId kind rendering acts { number } provision { id } }
    }
  }`;

  beforeAll(async () => {
    stored = await testGraphStore([await codeTimeline()]);
    yoga = await createServer({ graph: stored.store }, { graphiql: false });
  }, 120_000);
  afterAll(() => stored.remove());

  it('lists the changes of 2023 in the document’s order, paged, each with its act', async () => {
    const first = await query<ChangesPage>(CHANGES, { from: '2023', to: '2024-01-01', first: 3, order: 'DOCUMENT' });
    expect(first.errors).toBeUndefined();
    const page = first.data!.changes;
    expect([page.fromVersion, page.toVersion, page.totalCount, page.pageInfo.hasNextPage]).toEqual(['2022-12-30', '2024-01-01', 26, true]);
    expect(page.nodes.map((n) => [n.eId, n.kind, n.acts.map((a) => a.number)])).toEqual([
      ['art_1__para_4', 'AMENDED', ['157-VII']],
      // The export's one note on article 3 names three laws for the whole article, newest first
      ['art_3__para_3__point_4', 'AMENDED', ['23-VIII', '223-VII', '157-VII']],
      ['art_3__para_3__point_5', 'AMENDED', ['23-VIII', '223-VII', '157-VII']],
    ]);
    const rest = await query<ChangesPage>(CHANGES, {
      from: '2023',
      to: '2024-01-01',
      first: 100,
      after: page.pageInfo.endCursor,
      order: 'DOCUMENT',
    });
    expect(rest.data?.changes.nodes).toHaveLength(23);
    expect(rest.data?.changes.nodes[0]?.eId).toBe('art_3__para_4__point_2');
    expect(rest.data?.changes.nodes.find((n) => n.eId === 'chp_26')?.rendering).toContain(
      '[-ЖЕРГІЛІКТІ АТҚАРУШЫ-]{+ӘКІМШІЛІК+} ОРГАНДАРДЫҢ',
    );
  });

  it('lists the newest changes first by default', async () => {
    const { data } = await query<ChangesPage>(CHANGES, { from: '2024-01-01', to: '2026-01-01', first: 1 });
    expect(data?.changes.nodes[0]?.acts.map((a) => a.number)).toEqual(['241-VIII']);
    // The 311 changes of the versions ingested apart (tests/ingest/versions/reconcile.test.ts): the store gives the older
    // version whole, the units the newest no longer holds included.
    expect(data?.changes.totalCount).toBe(311);
  });

  it('gives a provision’s diff with its runs, and null where it did not change', async () => {
    const { data, errors } = await query<{
      provision: {
        before: { kind: string; before: string; after: string; runs: Array<{ kind: string; text: string }> } | null;
        after: null;
      };
    }>(`{ provision(id: "ӘРПК/~art_1__para_4") {
      before: diff(from: "2022-12-30", to: "2024-01-01") { kind before after runs { kind text } }
      after: diff(from: "2024-01-01", to: "2026-01-01") { kind }
    } }`);
    expect(errors).toBeUndefined();
    expect(data?.provision.before?.runs.filter((r) => r.kind !== 'EQUAL')).toEqual([
      { kind: 'DELETED', text: 'Кеңесінің' },
      { kind: 'INSERTED', text: 'Сотының' },
    ]);
    expect(data?.provision.before?.before).toContain('Конституциялық Кеңесінің және');
    expect(data?.provision.before?.after).toContain('Конституциялық Сотының және');
    expect(data?.provision.after).toBeNull();
  });

  it('gives the document’s reconciliation with its cases and their notes', async () => {
    const { data, errors } = await query<{
      document: {
        reconciliation: Array<{
          from: string;
          confirmed: number;
          unexplained: number;
          cases: Array<{ eId: string; cause: string; line: number; amendment: { id: string } | null }>;
        }>;
      };
    }>(
      `{ document(id: "350-VI") { reconciliation { from confirmed unexplained cases(outcome: UNEXPLAINED_CHANGE) { eId cause line amendment { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    const [first, second] = data!.document.reconciliation;
    expect([first?.from, first?.confirmed, first?.unexplained, second?.from, second?.confirmed, second?.unexplained]).toEqual([
      '2022-12-30',
      46,
      0,
      '2024-01-01',
      144,
      29,
    ]);
    // The README's 29, by cause.
    const causes = new Map<string, number>();
    for (const c of second?.cases ?? []) causes.set(c.cause, (causes.get(c.cause) ?? 0) + 1);
    expect([...causes].sort()).toEqual([
      ['EXTRACTION_ARTEFACT', 4],
      ['NOTE_MISSING', 5],
      ['PARSER_ERROR', 18],
      ['PUBLISHER_TEXT', 2],
    ]);
    expect(second?.cases.find((c) => c.eId === 'art_52')).toEqual({
      eId: 'art_52',
      cause: 'EXTRACTION_ARTEFACT',
      line: 3724,
      amendment: null,
    });
  });

  it('refuses dates in the wrong order and an unknown document', async () => {
    const reversed = await query(CHANGES, { from: '2026', to: '2024' });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    const unknown = await query(`{ changes(document: "999-IX", from: "2024", to: "2026") { totalCount } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
