/** Amendment notes of the database export: each real note's events, read off the text by hand. */
import { describe, expect, it } from 'vitest';
import type { AmendmentAction, AmendmentScope } from '../../../model/index.ts';
import { parseAmendmentNotes } from '../../../ingest/amendments/index.ts';
import { actWorkUri, provisionId } from '../../../model/index.ts';
import type { AmendmentNote } from '../../../ingest/stages.ts';
import { APPC_ID, CINEMA_ID, at, exportNote, syntheticNote, unit } from './notes-fixture.ts';

const APPC = 'appc-350-VI/2024-01-01/kaz.md';
const CINEMA = 'law-2019-cinema/2024-08-20/kaz.md';

/** Expected event: act number, act date (read DD.MM.YYYY), action, target eId, label as printed, effective date, scope. */
type Event = [string, string, AmendmentAction, string | null, string | null, string | null, AmendmentScope?];
interface Case {
  what: string;
  note: AmendmentNote;
  events: Event[];
}

const cases: Case[] = [
  {
    what: 'an article `1-бапқа` changed by one law, in force from a stated date (APPC L31)',
    note: exportNote(APPC_ID, APPC, 31, at({ chapter: '1', article: '1', part: '5' }), { previous: unit('part', '5', 'art_1__para_5') }),
    events: [['157-VII', '2022-11-05', 'amended', 'art_1', '1-бапқа', '2023-01-01']],
  },
  {
    what: 'four laws sharing one action, one of them repeating `ҚР` (APPC L99)',
    note: exportNote(APPC_ID, APPC, 99, at({ chapter: '1', article: '3', part: '7' })),
    events: [
      ['91-VII', '2021-12-29', 'amended', 'art_3', '3-бапқа', null],
      ['157-VII', '2022-11-05', 'amended', 'art_3', '3-бапқа', '2023-01-01'],
      ['223-VII', '2023-04-19', 'amended', 'art_3', '3-бапқа', null],
      ['23-VIII', '2023-07-12', 'amended', 'art_3', '3-бапқа', null],
    ],
  },
  {
    what: 'an inserted article, then changed by a second law with its own action (APPC L1021)',
    note: exportNote(APPC_ID, APPC, 1021, at({ chapter: '5', article: '43-1', part: '3' }), {
      previous: unit('part', '3', 'art_43-1__para_3'),
    }),
    events: [
      ['399-VI', '2021-01-02', 'inserted', 'art_43-1', 'Кодекс 43-1-баппен', null],
      ['223-VII', '2023-04-19', 'amended', 'art_43-1', 'Кодекс 43-1-баппен', null],
    ],
  },
  {
    what: 'a repealed part printed in place of part 2 of article 24 (APPC L477)',
    note: exportNote(APPC_ID, APPC, 477, at({ article: '24', part: '2' }), { replaces: unit('part', '2', 'art_24__para_2') }),
    events: [['20-VII', '2021-03-20', 'repealed', 'art_24__para_2', null, '2021-07-01']],
  },
  {
    what: 'the title of article 138, restated, right after its heading (APPC L2769)',
    note: exportNote(APPC_ID, APPC, 2769, at({ article: '138' }), { previous: unit('article', '138', 'art_138') }),
    events: [['83-VII', '2021-12-20', 'restated', 'art_138', '138-баптың тақырыбы', null, 'heading']],
  },
  {
    what: 'the title of chapter 26 in the dative `тақырыбына` (APPC L3179)',
    note: exportNote(APPC_ID, APPC, 3179, at({ section: '2', chapter: '26' }), { previous: unit('chapter', '26', 'chp_26') }),
    events: [['141-VII', '2022-07-14', 'amended', 'chp_26', '26-тараудың тақырыбына', '2023-07-01', 'heading']],
  },
  {
    what: 'a repealed subparagraph with a doubled dash `- -` (CINEMA L111)',
    note: exportNote(CINEMA_ID, CINEMA, 111, at({ article: '4', subparagraph: '1' }), {
      replaces: unit('subparagraph', '1', 'art_4__point_1'),
    }),
    events: [['223-VII', '2023-04-19', 'repealed', 'art_4__point_1', null, null]],
  },
  {
    what: 'a law supplemented with an article, `Заң 13-1-баппен` (CINEMA L435)',
    note: exportNote(CINEMA_ID, CINEMA, 435, at({ article: '13-1' }), { previous: unit('article', '13-1', 'art_13-1') }),
    events: [['143-VII', '2022-09-29', 'inserted', 'art_13-1', 'Заң 13-1-баппен', null]],
  },
  {
    what: 'three laws in the lower-case plural `заңдарымен` (CINEMA L295)',
    note: exportNote(CINEMA_ID, CINEMA, 295, at({ article: '9', part: '4' })),
    events: [
      ['94-VII', '2021-12-29', 'amended', 'art_9', '9-бапқа', null],
      ['143-VII', '2022-09-29', 'amended', 'art_9', '9-бапқа', null],
      ['94-VIII', '2024-06-19', 'amended', 'art_9', '9-бапқа', null],
    ],
  },
];

function actual(note: AmendmentNote) {
  return parseAmendmentNotes([note]);
}

describe('amendment notes of the database export', () => {
  for (const c of cases) {
    it(`reads ${c.what}`, () => {
      const { amendments, diagnostics } = actual(c.note);
      expect(diagnostics).toEqual([]);
      expect(amendments.map((a) => [a.actId, a.action, a.targetId, a.targetLabel, a.effectiveFrom, a.scope])).toEqual(
        c.events.map(([num, date, action, eId, label, eff, scope]) => [
          actWorkUri('law', date, num),
          action,
          eId === null ? null : provisionId(c.note.documentId, eId),
          label,
          eff,
          scope ?? 'provision',
        ]),
      );
      for (const a of amendments) expect(a.source.startLine).toBe(c.note.note.source.startLine);
    });
  }

  it('reads a note by the act’s own article (`осы Заңның 18–бабымен`) as no amendment and no problem (CINEMA L147)', () => {
    const { amendments, diagnostics } = actual(exportNote(CINEMA_ID, CINEMA, 147, at({ article: '5', subparagraph: '10' })));
    expect(amendments).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('reads the older `Қазақстан Республикасының YYYY.MM.DD. N 13` form with two laws, year first and month before day', () => {
    const note = syntheticNote(
      '> *Ескерту. 5-бапқа өзгерістер енгізілді - Қазақстан Республикасының 2006.07.05. № 176, 2007.01.12. N 222 Заңдарымен.*'.replace(
        /^> \*|\*$/g,
        '',
      ),
      at({ article: '5' }),
      unit('article', '5', 'art_5'),
    );
    const { amendments, diagnostics } = actual(note);
    expect(diagnostics).toEqual([]);
    expect(amendments.map((a) => a.actId)).toEqual([actWorkUri('law', '2006-07-05', '176'), actWorkUri('law', '2007-01-12', '222')]);
  });

  it('reports a date impossible in the export’s order instead of reading it in another', () => {
    const note = syntheticNote(
      'Ескерту. 5-бапқа өзгеріс енгізілді - ҚР 12.25.2021 № 91-VII Заңымен.',
      at({ article: '5' }),
      unit('article', '5', 'art_5'),
    );
    const { amendments, diagnostics } = actual(note);
    expect(diagnostics.map((d) => [d.rule, d.reason])).toEqual([['amendment-date', 'act date `12.25.2021` is impossible as DD.MM.YYYY']]);
    expect(amendments).toHaveLength(1);
    expect(amendments[0]?.actId).toMatch(/^\/akn\/kz\/act\/unknown\//);
  });

  it('keeps a mistyped Roman numeral as printed and says so (APPC L2697, `46-VIIII`)', () => {
    const { amendments, diagnostics } = actual(
      exportNote(APPC_ID, APPC, 2697, at({ article: '131' }), { previous: unit('article', '131', 'art_131') }),
    );
    expect(amendments.map((a) => [a.actId, a.effectiveFrom])).toEqual([[actWorkUri('law', '2023-12-12', '46-VIIII'), '2024-01-01']]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['amendment-act-number']);
  });
});
