/** The word-level diff, on wordings of the code 350-VI read from its versions of 2022-12-30 and 2024-01-01. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { wordDiff, wordTokens, type DiffRun } from '../../text/index.ts';
import { codeVersions } from '../ingest/versions/versions-fixture.ts';

/** A provision's own text in a version. */
function textOf(version: IngestedDocument, eId: string): string {
  const p = version.provisions.find((x) => x.eId === eId);
  if (!p) throw new Error(`no ${eId} in ${version.document.file}`);
  return p.text;
}

const joined = (runs: readonly DiffRun[], keep: DiffRun['kind']) =>
  runs
    .filter((r) => r.kind === 'equal' || r.kind === keep)
    .map((r) => r.text)
    .join(' ');

describe('word-level diff', () => {
  let v2022: IngestedDocument;
  let v2024: IngestedDocument;
  beforeAll(async () => {
    [v2022, v2024] = (await codeVersions()) as [IngestedDocument, IngestedDocument];
  });

  it('keeps a Kazakh word with its hyphenated number and ending whole, and each mark apart', () => {
    // The note of article 43-1 in the export of 2024-01-01 (appc-350-VI/2024-01-01/kaz.md:1021)
    expect(wordTokens('Кодекс 43-1-баппен толықтырылды - ҚР 02.01.2021 № 399-VI (01.01.2021 бастап) Заңымен;')).toEqual([
      'Кодекс',
      '43-1-баппен',
      'толықтырылды',
      '-',
      'ҚР',
      '02',
      '.',
      '01',
      '.',
      '2021',
      '№',
      '399-VI',
      '(',
      '01',
      '.',
      '01',
      '.',
      '2021',
      'бастап',
      ')',
      'Заңымен',
      ';',
    ]);
    expect(wordTokens('«электрондық үкіметтің» әкімшілік-процестік')).toEqual([
      '«',
      'электрондық',
      'үкіметтің',
      '»',
      'әкімшілік-процестік',
    ]);
  });

  it('shows the Constitutional Council become the Constitutional Court in article 1 part 4 (law 157-VII)', () => {
    const diff = wordDiff(textOf(v2022, 'art_1__para_4'), textOf(v2024, 'art_1__para_4'));
    expect(diff.runs.filter((r) => r.kind !== 'equal')).toEqual([
      { kind: 'deleted', text: 'Кеңесінің' },
      { kind: 'inserted', text: 'Сотының' },
    ]);
    expect(diff.rendering).toBe(
      'Қазақстан Республикасының халықаралық шарттық және өзге де міндеттемелері, сондай-ақ Қазақстан Республикасы Конституциялық [-Кеңесінің-] {+Сотының+} және Жоғарғы Сотының нормативтік қаулылары әкімшілік және әкімшілік-процестік құқықтың құрамдас бөлігі болып табылады.',
    );
    expect([diff.inserted, diff.deleted]).toEqual([1, 1]);
  });

  it('counts a closing mark replaced by a longer ending as words and marks (article 3 part 4 subparagraph 7)', () => {
    const diff = wordDiff(textOf(v2022, 'art_3__para_4__point_7'), textOf(v2024, 'art_3__para_4__point_7'));
    expect(diff.rendering.endsWith('нотариат туралы заңнамасында [-реттелетін қатынастарға қолданылмайды.-]{+;+}')).toBe(true);
    expect([diff.inserted, diff.deleted]).toEqual([1, 4]);
  });

  it('equates tokens the caller says are one (an en dash and a hyphen)', () => {
    expect(wordDiff('уәкілетті орган – мемлекеттік', 'уәкілетті орган - мемлекеттік').inserted).toBe(1);
    expect(wordDiff('уәкілетті орган – мемлекеттік', 'уәкілетті орган - мемлекеттік', (a, b) => a.replace('–', '-') === b).runs).toEqual([
      { kind: 'equal', text: 'уәкілетті орган - мемлекеттік' },
    ]);
  });

  it('renders a provision inserted or removed whole', () => {
    expect(wordDiff('', 'атқарушылық іс жүргізу;').rendering).toBe('{+атқарушылық іс жүргізу;+}');
    expect(wordDiff('атқарушылық іс жүргізу;', '').rendering).toBe('[-атқарушылық іс жүргізу;-]');
  });

  it('rebuilds both wordings from the runs, whatever the words', () => {
    // Words of the real article 1 part 4 shuffled into two texts.
    const words = wordTokens(textOf(v2024, 'art_1__para_4'));
    const text = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, text, (older, newer) => {
        const { runs } = wordDiff(older, newer);
        expect(wordTokens(joined(runs, 'deleted'))).toEqual(wordTokens(older));
        expect(wordTokens(joined(runs, 'inserted'))).toEqual(wordTokens(newer));
      }),
    );
  });
});
