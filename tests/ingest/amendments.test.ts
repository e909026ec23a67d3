import { describe, expect, it } from 'vitest';
import { type AmendmentAction, type AmendmentScope, actWorkUri, provisionId } from '../../model/index.ts';
import { parseAmendmentNotes, parseHeaderNotes } from '../../ingest/amendments/index.ts';
import type { AmendmentNote } from '../../ingest/stages.ts';
import { CODE_FILE, CODE_ID, amendmentNote, at, headerNote, unit } from './amendments-fixture.ts';

/** The amending laws of the code, dates read from `YYYY.DD.MM.` as printed. */
const law = {
  '20-VII': actWorkUri('law', '2021-03-20', '20-VII'), // 2021.20.03.
  '91-VII': actWorkUri('law', '2021-12-29', '91-VII'), // 2021.29.12.
  '141-VII': actWorkUri('law', '2022-07-14', '141-VII'), // 2022.14.07.
  '157-VII': actWorkUri('law', '2022-11-05', '157-VII'), // 2022.05.11.
  '223-VII': actWorkUri('law', '2023-04-19', '223-VII'), // 2023.19.04.
  '23-VIII': actWorkUri('law', '2023-07-12', '23-VIII'), // 2023.12.07.
  '31-VIII': actWorkUri('law', '2023-10-02', '31-VIII'), // 2023.02.10.
  '107-VIII': actWorkUri('law', '2024-07-01', '107-VIII'), // 2024.01.07.
  '115-VIII': actWorkUri('law', '2024-07-05', '115-VIII'), // 2024.05.07.
  '136-VIII': actWorkUri('law', '2024-11-21', '136-VIII'), // 2024.21.11.
  '157-VIII': actWorkUri('law', '2025-01-13', '157-VIII'), // 2025.13.01.
  '172-VIII': actWorkUri('law', '2025-03-15', '172-VIII'), // 2025.15.03.
  '241-VIII': actWorkUri('law', '2025-12-17', '241-VIII'), // 2025.17.12.
} as const;

type Law = keyof typeof law;
/** Expected event: act, action, target eId, label as printed, effective date; scope is `provision` unless given. */
type Event = [Law, AmendmentAction, string | null, string | null, string | null, AmendmentScope?];
interface Case {
  what: string;
  note: AmendmentNote;
  events: Event[];
}

const cases: Case[] = [
  {
    what: 'a part named `4-бөлік` before part 4 of article 1 (L666)',
    note: amendmentNote(666, 668, at({ article: '1', part: '3' }), unit('part', '4', 'art_1__para_4')),
    events: [['157-VII', 'amended', 'art_1__para_4', '4-бөлік', '2023-01-01']],
  },
  {
    what: 'two acts sharing the target and action written once after the last (L741–L745)',
    note: amendmentNote(741, 745, at({ article: '3', part: '3', subparagraph: '3' }), unit('subparagraph', '4', 'art_3__para_3__point_4')),
    events: [
      ['157-VII', 'amended', 'art_3__para_3__point_4', '4) тармақша', '2023-01-01'],
      ['241-VIII', 'amended', 'art_3__para_3__point_4', '4) тармақша', '2025-12-29'],
    ],
  },
  {
    what: 'a restated subparagraph of the current part (L755)',
    note: amendmentNote(755, 757, at({ article: '3', part: '3', subparagraph: '4' }), unit('subparagraph', '5', 'art_3__para_3__point_5')),
    events: [['223-VII', 'restated', 'art_3__para_3__point_5', '5) тармақша', '2023-05-01']],
  },
  {
    what: 'a first act with no target and no effective date (L779)',
    note: amendmentNote(779, 781, at({ article: '3', part: '4', subparagraph: '1' }), unit('subparagraph', '2', 'art_3__para_4__point_2')),
    events: [
      ['91-VII', 'amended', 'art_3__para_4__point_2', '2) тармақша', null],
      ['157-VII', 'amended', 'art_3__para_4__point_2', '2) тармақша', '2023-01-01'],
    ],
  },
  {
    what: 'an inserted subparagraph in the instrumental `8) тармақшамен` (L822)',
    note: amendmentNote(822, 824, at({ article: '3', part: '4', subparagraph: '7' }), unit('subparagraph', '8', 'art_3__para_4__point_8')),
    events: [['23-VIII', 'inserted', 'art_3__para_4__point_8', '8) тармақшамен', '2023-07-24']],
  },
  {
    what: 'two acts each with its own target and action (L846–L850)',
    note: amendmentNote(846, 850, at({ article: '3', part: '7' }), unit('subparagraph', '1', 'art_3__para_7__point_1')),
    events: [
      ['157-VII', 'amended', 'art_3__para_7__point_1', '1) тармақша', '2023-01-01'],
      ['223-VII', 'restated', 'art_3__para_7__point_1', '1) тармақша', '2023-05-01'],
    ],
  },
  {
    what: 'a repeal note standing in place of subparagraph 12) (L938)',
    note: amendmentNote(
      938,
      940,
      at({ article: '4', part: '1', subparagraph: '11' }),
      unit('subparagraph', '13', 'art_4__para_1__point_13'),
      unit('subparagraph', '12', 'art_4__para_1__point_12'),
    ),
    events: [['241-VIII', 'repealed', 'art_4__para_1__point_12', null, '2026-01-01']],
  },
  {
    what: 'an inserted N-M subparagraph with no effective date (L958)',
    note: amendmentNote(
      958,
      958,
      at({ article: '4', part: '1', subparagraph: '14' }),
      unit('subparagraph', '14-1', 'art_4__para_1__point_14-1'),
    ),
    events: [['141-VII', 'inserted', 'art_4__para_1__point_14-1', '14-1) тармақшамен', null]],
  },
  {
    what: 'a note right after an article heading, on its part 1 (L1199–L1202)',
    note: amendmentNote(1200, 1202, at({ chapter: '1', article: '5' }), unit('part', '1', 'art_5__para_1')),
    events: [
      ['141-VII', 'amended', 'art_5__para_1', '1-бөлік', null],
      ['136-VIII', 'amended', 'art_5__para_1', '1-бөлік', '2024-12-03'],
    ],
  },
  {
    what: 'an inserted article `15-1-баппен` (L1483)',
    note: amendmentNote(1483, 1485, at({ article: '15', part: '2' }), unit('article', '15-1', 'art_15-1')),
    events: [['136-VIII', 'inserted', 'art_15-1', '15-1-баппен', '2024-12-03']],
  },
  {
    what: 'a restated whole article `17-бап` (L1550)',
    note: amendmentNote(1550, 1552, at({ article: '16', part: '3' }), unit('article', '17', 'art_17')),
    events: [['241-VIII', 'restated', 'art_17', '17-бап', '2025-12-29']],
  },
  {
    what: 'a repealed part whose label `2.` stands before the note (L1825)',
    note: amendmentNote(
      1825,
      1827,
      at({ article: '24', part: '1' }),
      unit('part', '3', 'art_24__para_3'),
      unit('part', '2', 'art_24__para_2'),
    ),
    events: [['20-VII', 'repealed', 'art_24__para_2', null, '2021-07-01']],
  },
  {
    what: 'a part named `3-тармақ` (L2990)',
    note: amendmentNote(2990, 2992, at({ article: '41', part: '2' }), unit('part', '3', 'art_41__para_3')),
    events: [['223-VII', 'amended', 'art_41__para_3', '3-тармақ', '2023-05-01']],
  },
  {
    what: 'an effective date earlier than the law, kept as printed (L3008)',
    note: amendmentNote(3008, 3010, at({ article: '41', part: '3' }), unit('article', '41-1', 'art_41-1')),
    events: [['172-VIII', 'inserted', 'art_41-1', '41-1-баппен', '2025-01-01']],
  },
  {
    what: 'an inserted N-M part `2-1-бөлікпен` (L3199)',
    note: amendmentNote(3199, 3201, at({ article: '43-2', part: '2', subparagraph: '3' }), unit('part', '2-1', 'art_43-2__para_2-1')),
    events: [['115-VIII', 'inserted', 'art_43-2__para_2-1', '2-1-бөлікпен', '2024-07-17']],
  },
  {
    what: 'law 157-VIII, not 157-VII (L3325)',
    note: amendmentNote(3325, 3327, at({ article: '45', part: '3' }), unit('part', '4', 'art_45__para_4')),
    events: [['157-VIII', 'amended', 'art_45__para_4', '4-бөлік', '2025-03-16']],
  },
  {
    what: 'a stray `(` after the effective date (L4667–L4669)',
    note: amendmentNote(4667, 4669, at({ article: '67', part: '10' }), unit('part', '11', 'art_67__para_11')),
    events: [['241-VIII', 'inserted', 'art_67__para_11', '11-бөлікпен', '2025-12-29']],
  },
  {
    what: 'the heading of article 74 (L5006)',
    note: amendmentNote(5006, 5008, at({ article: '73', part: '4' }), unit('article', '74', 'art_74')),
    events: [['241-VIII', 'amended', 'art_74', '74-баптың тақырыбы', '2025-12-29', 'heading']],
  },
  {
    what: 'an inserted chapter `12-1-тараумен` (L5689)',
    note: amendmentNote(5689, 5691, at({ chapter: '12', article: '90', part: '4' }), unit('chapter', '12-1', 'chp_12-1')),
    events: [['31-VIII', 'inserted', 'chp_12-1', '12-1-тараумен', '2024-04-04']],
  },
  {
    what: 'a law dated 2024.01.07. = 1 July 2024 (L5863)',
    note: amendmentNote(5863, 5865, at({ article: '90-2', part: '7' }), unit('part', '8', 'art_90-2__para_8')),
    events: [['107-VIII', 'amended', 'art_90-2__para_8', '8-бөлік', '2024-09-01']],
  },
  {
    what: 'an article note between a chapter heading and the article (L6109)',
    note: amendmentNote(6109, 6111, at({ chapter: '13' }), unit('article', '91', 'art_91')),
    events: [['241-VIII', 'amended', 'art_91', '91-бап', '2025-12-29']],
  },
  {
    what: 'the heading of chapter 26 (L9106)',
    note: amendmentNote(9106, 9108, at({ article: '164', part: '5' }), unit('chapter', '26', 'chp_26')),
    events: [['141-VII', 'amended', 'chp_26', '26-тараудың тақырыбы', '2023-07-01', 'heading']],
  },
  {
    what: 'an inserted chapter `26-1-тараумен` (L9196)',
    note: amendmentNote(9196, 9198, at({ article: '167', part: '2' }), unit('chapter', '26-1', 'chp_26-1')),
    events: [['241-VIII', 'inserted', 'chp_26-1', '26-1-тараумен', '2025-12-29']],
  },
  {
    what: 'three acts on one part, the number `136-` / `VІІІ` split over lines (L9418–L9426)',
    note: amendmentNote(9418, 9426, at({ article: '168', part: '6' }), unit('part', '7', 'art_168__para_7')),
    events: [
      ['20-VII', 'restated', 'art_168__para_7', '7-бөлік', '2021-07-01'],
      ['157-VII', 'amended', 'art_168__para_7', '7-бөлік', '2022-11-18'],
      ['136-VIII', 'restated', 'art_168__para_7', '7-бөлік', '2025-07-01'],
    ],
  },
  {
    what: 'a repealed part 3 (L9540)',
    note: amendmentNote(
      9540,
      9542,
      at({ article: '169', part: '2' }),
      unit('part', '3-1', 'art_169__para_3-1'),
      unit('part', '3', 'art_169__para_3'),
    ),
    events: [['136-VIII', 'repealed', 'art_169__para_3', null, '2025-07-01']],
  },
  {
    what: 'a part 3-1 inserted after the repealed part 3 (L9544)',
    note: amendmentNote(9544, 9546, at({ article: '169', part: '3' }), unit('part', '3-1', 'art_169__para_3-1')),
    events: [['241-VIII', 'inserted', 'art_169__para_3-1', '3-1-бөлікпен', '2025-12-29']],
  },
  {
    what: 'a repealed N-M part whose label `2-1.` stands before the note (L9822)',
    note: amendmentNote(
      9822,
      9824,
      at({ article: '175', part: '2' }),
      unit('part', '3', 'art_175__para_3'),
      unit('part', '2-1', 'art_175__para_2-1'),
    ),
    events: [['241-VIII', 'repealed', 'art_175__para_2-1', null, '2026-01-01']],
  },
];

describe('parseAmendmentNotes on real notes of the code', () => {
  it.each(cases)('reads $what', ({ note, events }) => {
    const { amendments, diagnostics } = parseAmendmentNotes([note]);
    const got = amendments.map((a) => [a.actId, a.action, a.targetId, a.targetLabel, a.effectiveFrom, a.scope]);
    const want = events.map(([act, action, eId, label, from, scope]) => [
      law[act],
      action,
      eId && provisionId(CODE_ID, eId),
      label,
      from,
      scope ?? 'provision',
    ]);
    expect(got).toEqual(want);
    expect(diagnostics.filter((d) => d.rule !== 'amendment-effective-before-act')).toEqual([]);
    for (const a of amendments) expect(a.raw).toBe(note.note.text);
  });

  it('warns, with file and line, when the effective date precedes the law (L3008)', () => {
    const { diagnostics } = parseAmendmentNotes([cases.find((c) => c.what.endsWith('(L3008)'))?.note as AmendmentNote]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'amendment-effective-before-act', file: CODE_FILE, line: 3008, fatal: false }),
    ]);
  });

  it('normalizes Cyrillic І in act numbers and keeps one Act per law', () => {
    const { acts } = parseAmendmentNotes(cases.map((c) => c.note));
    expect(acts.map((a) => a.number).sort()).toEqual(Object.keys(law).sort());
    expect(acts.find((a) => a.number === '241-VIII')).toEqual({
      id: law['241-VIII'],
      kind: 'law',
      number: '241-VIII',
      date: '2025-12-17',
      title: null,
      documentId: null,
    });
  });

  it('gives each act of a multi-act note the span of its own clause', () => {
    const { amendments } = parseAmendmentNotes([cases.find((c) => c.what.startsWith('three acts'))?.note as AmendmentNote]);
    expect(amendments.map((a) => [a.source.startLine, a.source.endLine])).toEqual([
      [9418, 9420],
      [9420, 9422],
      [9422, 9426],
    ]);
  });

  it('builds deterministic ids and suffixes a repeated one', () => {
    const note = cases[0]?.note as AmendmentNote;
    const { amendments } = parseAmendmentNotes([note, note]);
    expect(amendments.map((a) => a.id)).toEqual([
      `${CODE_ID}/!amendment_art_1__para_4__157-VII_2022-11-05`,
      `${CODE_ID}/!amendment_art_1__para_4__157-VII_2022-11-05_2`,
    ]);
    expect(parseAmendmentNotes([note]).amendments[0]?.id).toBe(amendments[0]?.id);
  });

  it('puts a subparagraph in the part where the note stands when no unit follows (L755)', () => {
    const note = amendmentNote(755, 757, at({ article: '3', part: '3', subparagraph: '4' }), null);
    expect(parseAmendmentNotes([note]).amendments[0]?.targetId).toBe(provisionId(CODE_ID, 'art_3__para_3__point_5'));
  });

  it('reports a part it cannot place outside any article, naming file and line, without throwing', () => {
    const note = amendmentNote(666, 668, at({}), null);
    const { amendments, diagnostics } = parseAmendmentNotes([note]);
    expect(amendments[0]?.targetId).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'amendment-target-unresolved', file: CODE_FILE, line: 666 })]);
  });

  it('reports a note without an amending act instead of dropping it', () => {
    const note = amendmentNote(670, 670, at({ article: '1' }), null); // L670 is the text of part 4, not a note
    const { amendments, diagnostics } = parseAmendmentNotes([note]);
    expect(amendments).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'amendment-note', line: 670 })]);
  });
});

describe('parseHeaderNotes on the header of the code', () => {
  const header = parseHeaderNotes([headerNote(13, 15), headerNote(19, 21), headerNote(27, 27)]);

  it('reads `… ҚР Заңын қараңыз` (L13) as a pending amendment by law 241-VIII', () => {
    expect(header.relations[0]).toMatchObject({ type: 'pendingAmendment', actId: law['241-VIII'], documentId: CODE_ID });
  });

  it("reads the Prime Minister's order on implementation (L19–L21) as implementedBy order № 128-ө of 24 September 2020", () => {
    const relation = header.relations[1];
    expect(relation?.type).toBe('implementedBy');
    expect(header.acts.find((a) => a.id === relation?.actId)).toMatchObject({ kind: 'order', number: '128-ө', date: '2020-09-24' });
    // the ө of өкім (order) is kept in the ASCII id, transliterated: an order № 128 of that day would be another act
    expect(relation?.actId).toBe('/akn/kz/act/order/2020-09-24/128-o');
  });

  it('reads the deleted table of contents (L27) as a repeal with no provision target and no warning', () => {
    expect(header.amendments).toEqual([
      expect.objectContaining({
        action: 'repealed',
        targetId: null,
        targetLabel: 'Кодекстің мазмұны',
        actId: actWorkUri('law', '2021-12-20', '83-VII'),
      }),
    ]);
    expect(header.diagnostics).toEqual([]);
  });
});

describe('instruments other than a law', () => {
  // The code is amended only by laws; these variants of the real note L666 check the other instrument words.
  const base = amendmentNote(666, 668, at({ article: '1', part: '3' }), unit('part', '4', 'art_1__para_4'));
  const variant = (instrument: string): AmendmentNote => ({
    ...base,
    note: { ...base.note, text: base.note.text.replace('Заңымен', instrument) },
  });

  it.each([
    ['Конституциялық Заңымен', 'constitutionalLaw'],
    ['Жарлығымен', 'decree'],
  ])('reads `%s` as an act of kind %s', (instrument, kind) => {
    const { amendments, acts } = parseAmendmentNotes([variant(instrument)]);
    expect(acts).toEqual([expect.objectContaining({ kind, number: '157-VII', date: '2022-11-05' })]);
    expect(amendments[0]?.actId).toBe(actWorkUri(kind, '2022-11-05', '157-VII'));
  });

  it('reports an impossible act date instead of guessing the order of day and month', () => {
    const note: AmendmentNote = { ...base, note: { ...base.note, text: base.note.text.replace('2022.05.11.', '2022.11.15.') } };
    const { amendments, diagnostics } = parseAmendmentNotes([note]);
    expect(amendments).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'amendment-date', line: 666 })]);
  });

  it('reports an unknown action as `other` with a diagnostic', () => {
    const note: AmendmentNote = { ...base, note: { ...base.note, text: base.note.text.replace('өзгертілді', 'ауыстырылды') } };
    const { amendments, diagnostics } = parseAmendmentNotes([note]);
    expect(amendments[0]?.action).toBe('other');
    expect(diagnostics.map((d) => d.rule)).toContain('amendment-action');
  });
});
