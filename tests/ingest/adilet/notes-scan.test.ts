/**
 * Every note of every shared export, found by a scan of the raw file independent of the segmenter, yields one event
 * per amending act it prints (`№ N` or `N N` after a date), with a known action, and no problem but the one typo.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAmendmentNotes } from '../../../ingest/amendments/index.ts';
import { adiletPath } from '../../shared-dir.ts';
import { exported } from '../segment/adilet/segment-fixture.ts';

/** Lines holding a note or a repealed unit (`Ескерту.` "Note.", `алып тасталды -` "removed by"), and the acts each prints. */
function actsPrinted(version: string): number {
  return readFileSync(adiletPath(version, 'kaz.md'), 'utf8')
    .split('\n')
    .filter((l) => /Ескерту\.|[Аа]лып тасталды\s+[-–]/u.test(l))
    .reduce((n, l) => n + (l.match(/\d{1,4}\.\d{2}\.\d{2,4}\.?\s*(?:№|N)\s*\d/gu) ?? []).length, 0);
}

describe.each([
  ['appc-350-VI/2022-12-30', 32],
  ['appc-350-VI/2024-01-01', 50],
  ['law-2019-cinema/2024-08-20', 24],
  ['law-2021-animals/2025-01-01', 3],
])('every note of %s', (version, acts) => {
  const { amendments, diagnostics } = parseAmendmentNotes(exported(version).result.notes);

  it(`yields one event per amending act printed (${acts})`, () => {
    expect(actsPrinted(version)).toBe(acts);
    expect(amendments).toHaveLength(acts);
  });

  it('reads every action, resolves every target, and reports only the mistyped act number', () => {
    // The one event without an action word: `Екінші абзац 01.01.2023 бастап қолданысқа енгізіледі - ҚР … № 157-VII Заңымен` (2022-12-30 L83).
    expect(amendments.filter((a) => a.action === 'other').map((a) => a.source.startLine)).toEqual(
      version === 'appc-350-VI/2022-12-30' ? [83] : [],
    );
    expect(amendments.filter((a) => a.targetId === null).map((a) => a.targetLabel)).toEqual(version.startsWith('appc') ? ['Мазмұны'] : []);
    expect(diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(
      version === 'appc-350-VI/2024-01-01' ? ['2697 amendment-act-number'] : [],
    );
  });
});
