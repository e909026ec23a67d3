/** The ingest report of a work held in several versions: the reconciliation of each pair, as data and as text. */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReport, reconcileVersions, summarizeDocuments, type PeriodReconciliation } from '../../../ingest/index.ts';
import type { IngestedDocument } from '../../../model/index.ts';
import { codeVersions } from './versions-fixture.ts';

describe('the ingest report with the reconciliation of the code’s versions', () => {
  let current: IngestedDocument;
  let reconciliations: Map<string, PeriodReconciliation[]>;
  beforeAll(async () => {
    const versions = await codeVersions();
    current = versions.at(-1)!;
    reconciliations = new Map([[current.document.id, reconcileVersions(versions)]]);
  });

  it('puts each period’s figures and cases in the document’s summary, which survives JSON', () => {
    const [summary] = JSON.parse(JSON.stringify(summarizeDocuments([current], reconciliations))) as ReturnType<typeof summarizeDocuments>;
    expect(summary?.reconciliation.map((p) => [p.from, p.to, p.notes, p.changes, p.confirmed, p.unexplained, p.unconfirmed])).toEqual([
      ['2022-12-30', '2024-01-01', 19, 26, 19, 0, 0],
      ['2024-01-01', '2026-01-01', 144, 311, 144, 29, 0],
    ]);
    expect(summary?.reconciliation[1]?.cases).toHaveLength(144 + 29);
  });

  it('has no reconciliation for a work held in one version', () => {
    expect(summarizeDocuments([current])[0]?.reconciliation).toEqual([]);
  });

  it('prints each period’s line, then the unexplained changes by cause with their file and line', () => {
    const text = formatReport([current], reconciliations);
    expect(text).toContain(
      'versions 2024-01-01 → 2026-01-01: notes 144, changed provisions 311 (explained 282); confirmed 144, unexplained changes 29, unconfirmed notes 0; typesetting differences folded: 64',
    );
    expect(text).toContain('[unexplainedChange noteMissing] ×5');
    expect(text).toContain(
      'code-appc-2020-consolidated-2026-01-01.txt:4063 art_57__para_1__point_6: spelling corrected: миниторинг → мониторинг',
    );
    expect(text).toContain('[unexplainedChange parserError] ×18');
    expect(text).toContain('… and 10 more');
  });
});
