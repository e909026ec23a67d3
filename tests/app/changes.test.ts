/**
 * The versions use cases over a real store: the timeline of the code's three versions (the exports of 2022-12-30 and
 * 2024-01-01, the seed's PDF text of 2026-01-01) written, then read back through the port to compare and reconcile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesBetween, provisionDiff, storedReconciliation, type ChangeSet, type ChangeWithActs } from '../../app/index.ts';
import type { GraphStore } from '../../graph/port.ts';
import { reconcileWork, type PeriodReconciliation, type ReconciliationCase } from '../../ingest/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { CODE_ID, provision, testGraphStore } from '../contract/corpus-fixture.ts';
import { codeTimeline } from '../ingest/versions/code-versions.ts';

const LAW = (date: string, number: string) => `/akn/kz/act/law/${date}/${number}`;

/** A period with its cases in one order, whatever order its notes came in. */
function byCase(period: PeriodReconciliation): PeriodReconciliation {
  const key = (c: ReconciliationCase) => JSON.stringify([c.outcome, c.eId, c.amendmentId, c.changed]);
  return { ...period, cases: [...period.cases].sort((a, b) => key(a).localeCompare(key(b))) };
}

describe('changes between versions read from a graph store', () => {
  let store: GraphStore;
  let remove: () => Promise<void>;
  let since2024: ChangeSet;
  let timeline: IngestedDocument;
  beforeAll(async () => {
    timeline = await codeTimeline();
    ({ store, remove } = await testGraphStore([timeline]));
    since2024 = (await changesBetween(store, CODE_ID, '2024-06-30', '2026-03-01')) as ChangeSet;
  }, 120_000);
  afterAll(() => remove());

  it('compares the versions in force on the two dates', () => {
    expect([since2024.fromVersion, since2024.toVersion]).toEqual(['2024-01-01', '2026-01-01']);
    // As the ingested versions (tests/ingest/versions/reconcile.test.ts): the store gives the older version whole, the 41
    // units the newest version no longer holds (абзацы of the database export the PDF text does not split) included.
    expect(since2024.changes).toHaveLength(311);
  });

  it('lists the changes newest first by their notes, the 29 no note explains last', () => {
    const newest = (c: ChangeWithActs) => {
      const [note] = c.amendments;
      return note ? (note.effectiveFrom ?? c.acts.find((a) => a.id === note.actId)?.date ?? '') : null;
    };
    expect(since2024.changes[0]?.amendments[0]?.actId).toBe(LAW('2025-12-17', '241-VIII'));
    const dates = since2024.changes.map(newest);
    const explained = dates.filter((d) => d !== null);
    expect(explained).toEqual([...explained].sort().reverse());
    expect(dates.slice(0, 311 - 29).every((d) => d !== null)).toBe(true);
    expect(dates.slice(311 - 29).every((d) => d === null)).toBe(true);
  });

  it('gives subparagraph 31-1) of article 4, inserted by law 31-VIII, with its whole text inserted', () => {
    const change = since2024.changes.find((c) => c.change.eId === 'art_4__para_1__point_31-1');
    expect(change?.change.kind).toBe('inserted');
    expect(change?.acts.map((a) => a.id)).toEqual([LAW('2023-10-02', '31-VIII')]);
    expect(change?.change.diff.runs.map((r) => r.kind)).toEqual(['inserted']);
    expect(change?.provisionId).toBe(provision('art_4__para_1__point_31-1'));
  });

  it('answers one provision’s diff, and null where it reads the same', async () => {
    const diff = await provisionDiff(store, provision('art_1__para_4'), '2023-01-01', '2024-01-01');
    expect(diff?.change.diff.rendering).toContain('Конституциялық [-Кеңесінің-] {+Сотының+} және');
    expect(diff?.acts.map((a) => a.id)).toEqual([LAW('2022-11-05', '157-VII')]);
    expect(await provisionDiff(store, provision('art_1__para_4'), '2024-01-01', '2026-01-01')).toBeNull();
    expect(await provisionDiff(store, provision('art_2'), '2022-12-30', '2026-01-01')).toBeNull();
  });

  it('compares nothing within one version, or before the first', async () => {
    expect((await changesBetween(store, CODE_ID, '2024-02-01', '2025-12-31'))?.changes).toEqual([]);
    const early = await changesBetween(store, CODE_ID, '2019-01-01', '2021-01-01');
    expect([early?.fromVersion, early?.toVersion, early?.changes]).toEqual([null, null, []]);
    expect(await changesBetween(store, '/akn/kz/act/code/1999-01-01/0', '2022-01-01', '2026-01-01')).toBeNull();
  });

  it('reconciles the stored versions with the notes of all three, as the ingest reconciles its timeline', async () => {
    const periods = await storedReconciliation(store, CODE_ID);
    // The timeline merges the notes of the three versions: 46 dated in 2023 (the export of 2024-01-01 prints 19), all
    // borne out. The 2024–2025 figures are the ingested versions' (tests/ingest/versions/report.test.ts): 311 changes,
    // 144 notes confirmed, 29 changes no note explains.
    expect(periods?.map((p) => [p.from, p.to, p.notes, p.changes, p.confirmed, p.unexplained, p.unconfirmed])).toEqual([
      ['2022-12-30', '2024-01-01', 46, 26, 46, 0, 0],
      ['2024-01-01', '2026-01-01', 144, 311, 144, 29, 0],
    ]);
    // Case by case, not only in its counts: the same cases (the store lists the notes oldest first, the ingest in text
    // order, and the cases follow the notes).
    expect(periods?.map(byCase)).toEqual(reconcileWork(timeline).map(byCase));
    const spelling = periods?.[1]?.cases.filter((c) => c.detail?.startsWith('spelling corrected')).map((c) => c.eId);
    expect(spelling).toEqual(['art_57__para_1__point_6', 'art_57__para_2__point_5', 'art_62__para_1', 'art_82__para_1', 'art_110__para_1']);
  });
});
