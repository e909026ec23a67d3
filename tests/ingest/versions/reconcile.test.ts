/**
 * The reconciliation of the code 350-VI across its three versions (exports of 2022-12-30 and 2024-01-01, the PDF text
 * of 2026-01-01) with the amendment notes dated between them. Every expectation below was read in the texts: the
 * note's line, the provision's wording in both versions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions, reconcileVersions, type PeriodReconciliation, type ReconciliationCase } from '../../../ingest/index.ts';
import type { IngestedDocument } from '../../../model/index.ts';
import { codeVersions } from './versions-fixture.ts';

const LAW = (date: string, number: string) => `/akn/kz/act/law/${date}/${number}`;

describe('reconciliation of the code 350-VI across 2022-12-30, 2024-01-01 and 2026-01-01', () => {
  let versions: IngestedDocument[];
  let first: PeriodReconciliation;
  let second: PeriodReconciliation;
  const find = (p: PeriodReconciliation, outcome: ReconciliationCase['outcome'], eId: string) =>
    p.cases.filter((c) => c.outcome === outcome && (c.eId === eId || (outcome === 'unexplainedChange' && c.changed.includes(eId))));

  beforeAll(async () => {
    versions = await codeVersions();
    [first, second] = reconcileVersions(versions) as [PeriodReconciliation, PeriodReconciliation];
  });

  it('reconciles each pair of consecutive versions, by their version dates', () => {
    expect(versions.map((v) => v.document.consolidatedAsOf)).toEqual(['2022-12-30', '2024-01-01', '2026-01-01']);
    expect([first, second].map((p) => [p.from, p.to])).toEqual([
      ['2022-12-30', '2024-01-01'],
      ['2024-01-01', '2026-01-01'],
    ]);
    expect(second.toExpressionId).toBe('/akn/kz/act/code/2020-06-29/350-VI/kaz@2026-01-01');
  });

  it('finds every note of 2023 borne out by the export of 2024-01-01, and every change there explained', () => {
    expect({
      notes: first.notes,
      changes: first.changes,
      explained: first.explainedChanges,
      confirmed: first.confirmed,
      unexplained: first.unexplained,
      unconfirmed: first.unconfirmed,
    }).toEqual({ notes: 19, changes: 26, explained: 26, confirmed: 19, unexplained: 0, unconfirmed: 0 });
  });

  it('finds every note of 2024–2025 borne out by the PDF text of 2026-01-01, and 29 changes no note explains', () => {
    expect({
      notes: second.notes,
      changes: second.changes,
      explained: second.explainedChanges,
      confirmed: second.confirmed,
      unexplained: second.unexplained,
      unconfirmed: second.unconfirmed,
      folded: second.artefactsFolded.length,
    }).toEqual({ notes: 144, changes: 311, explained: 282, confirmed: 144, unexplained: 29, unconfirmed: 0, folded: 64 });
    const causes: Record<string, number> = {};
    for (const c of second.cases.filter((c) => c.outcome === 'unexplainedChange')) causes[c.cause ?? ''] = (causes[c.cause ?? ''] ?? 0) + 1;
    expect(causes).toEqual({ publisherText: 2, parserError: 18, extractionArtefact: 4, noteMissing: 5 });
  });

  it('confirms the renaming of chapter 26 (law 141-VII, export L3179) by its heading and the articles under it', () => {
    const [chapter] = find(first, 'confirmed', 'chp_26');
    expect(chapter?.actId).toBe(LAW('2022-07-14', '141-VII'));
    expect(chapter?.changed).toEqual([
      'chp_26',
      'art_165__para_1',
      'art_165__para_2',
      'art_165__para_3',
      'art_166__para_2',
      'art_167__para_1',
      'art_167__para_2',
    ]);
    expect([chapter?.file, chapter?.line]).toEqual(['appc-350-VI/2024-01-01/kaz.md', 3179]);
  });

  it('confirms the three laws of the note of article 3 (export L99) by the six subparagraphs they changed', () => {
    const notes = find(first, 'confirmed', 'art_3');
    expect(notes.map((c) => c.actId)).toEqual([LAW('2022-11-05', '157-VII'), LAW('2023-04-19', '223-VII'), LAW('2023-07-12', '23-VIII')]);
    for (const note of notes)
      expect(note.changed).toEqual([
        'art_3__para_3__point_4',
        'art_3__para_3__point_5',
        'art_3__para_4__point_2',
        'art_3__para_4__point_7',
        'art_3__para_4__point_8',
        'art_3__para_7__point_1',
      ]);
  });

  it('confirms subparagraph 12) of article 4 repealed and 31-1) and 34-1) inserted by the notes of the PDF text', () => {
    const cases = (eId: string) => find(second, 'confirmed', eId).map((c) => [c.actId, c.line]);
    expect(cases('art_4__para_1__point_12')).toEqual([[LAW('2025-12-17', '241-VIII'), 938]]);
    expect(cases('art_4__para_1__point_31-1')).toEqual([[LAW('2023-10-02', '31-VIII'), 1103]]);
    expect(cases('art_4__para_1__point_34-1')).toEqual([[LAW('2024-07-05', '115-VIII'), 1128]]);
    const kinds = new Map(compareVersions(versions[1]!, versions[2]!).changes.map((c) => [c.eId, c.kind]));
    expect(['art_4__para_1__point_12', 'art_4__para_1__point_31-1', 'art_4__para_1__point_34-1'].map((e) => kinds.get(e))).toEqual([
      'repealed',
      'inserted',
      'inserted',
    ]);
  });

  it('credits the insertion of 5) in article 131 part 1 with the closing mark of 4) turned from `.` to `;`', () => {
    const [note] = find(second, 'confirmed', 'art_131__para_1__point_5');
    expect(note?.actId).toBe(LAW('2025-12-17', '241-VIII'));
    expect(note?.changed).toEqual(['art_131__para_1__point_4', 'art_131__para_1__point_5']);
    const change = compareVersions(versions[1]!, versions[2]!).changes.find((c) => c.eId === 'art_131__para_1__point_4');
    expect(change?.diff.rendering).toBe('тану туралы талап қою[-.-]{+;+}');
  });

  it('finds a note of each kind of action borne out by a change of that kind', () => {
    const comparisons = [compareVersions(versions[0]!, versions[1]!), compareVersions(versions[1]!, versions[2]!)];
    [first, second].forEach((period, i) => {
      const kinds = new Map(comparisons[i]!.changes.map((c) => [c.eId, c.kind]));
      const actions = new Map(versions[i + 1]!.amendments.map((a) => [a.id, a.action]));
      for (const c of period.cases.filter((c) => c.outcome === 'confirmed' && c.changed.includes(c.eId ?? ''))) {
        const action = actions.get(c.amendmentId ?? '');
        if (action === 'inserted') expect(kinds.get(c.eId ?? ''), c.amendmentId ?? '').toBe('inserted');
        if (action === 'repealed') expect(['repealed', 'removed'], c.amendmentId ?? '').toContain(kinds.get(c.eId ?? ''));
      }
    });
  });

  it('tells the spelling the PDF text corrects without a note (the export misspells 5 words)', () => {
    const spelled = second.cases.filter((c) => c.outcome === 'unexplainedChange' && c.cause === 'noteMissing');
    expect(spelled.map((c) => [c.eId, c.line, c.detail])).toEqual([
      ['art_57__para_1__point_6', 4063, 'spelling corrected: миниторинг → мониторинг'],
      ['art_57__para_2__point_5', 4111, 'spelling corrected: миниторинг → мониторинг'],
      ['art_62__para_1', 4318, 'spelling corrected: козғау → қозғау'],
      ['art_82__para_1', 5337, 'spelling corrected: катысушының → қатысушының'],
      ['art_110__para_1', 6936, 'spelling corrected: қөруге → көруге'],
    ]);
  });

  it('tells the PDF extraction’s artefacts: a word split, a stray `»;`, a lost `«`', () => {
    const artefacts = second.cases.filter((c) => c.cause === 'extractionArtefact');
    expect(artefacts.map((c) => [c.eId, c.line])).toEqual([
      ['art_50', 3696],
      ['art_52', 3724],
      ['art_66__para_2', 4553],
      ['art_113__para_1', 7042],
    ]);
    expect(artefacts[1]?.detail).toContain('([-қатысуға-]{+қаты суға+})');
    expect(artefacts[0]?.detail).toContain('асырылады.{+»;+}');
  });

  it('tells an абзац the PDF text attaches to a part where the export attaches it to the part’s last subparagraph', () => {
    const cases = find(second, 'unexplainedChange', 'art_31__para_3__point_2').concat(find(second, 'unexplainedChange', 'art_31__para_3'));
    expect(cases.map((c) => [c.eId, c.cause, c.line])).toEqual([
      ['art_31__para_3__point_2', 'parserError', 2230],
      ['art_31__para_3', 'parserError', 2224],
    ]);
    expect(cases[0]?.detail).toContain('Осы бөліктің 2) тармақшасында көзделген жағдайларда');
  });

  it('sets the title and signature blocks apart as the publisher’s', () => {
    expect(second.cases.filter((c) => c.cause === 'publisherText').map((c) => c.eId)).toEqual(['preface', 'conclusions']);
  });

  it('folds typesetting only: article 4’s definitions differ by their dashes and are not changes', () => {
    const [older, newer] = [versions[1]!, versions[2]!].map((v) => v.provisions.find((p) => p.eId === 'art_4__para_1__point_1')?.text);
    expect(older).not.toBe(newer);
    expect(older?.replace(/–/g, '-')).toBe(newer?.replace(/–/g, '-'));
    expect(second.artefactsFolded).toContain('art_4__para_1__point_1');
    expect(second.cases.some((c) => c.changed.includes('art_4__para_1__point_1'))).toBe(false);
  });

  it('compares a version with itself as unchanged', () => {
    expect(compareVersions(versions[2]!, versions[2]!)).toEqual({ changes: [], artefactOnly: [] });
  });
});
