/**
 * The timeline of the code 350-VI over its three versions (2022-12-30 and 2024-01-01 from the national database,
 * 2026-01-01 the seed PDF text). Expected wordings are read off the texts: the line of each version's file is given.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../ingest/versions/index.ts';
import type { Amendment, IngestedDocument, Provision, Wording } from '../../../model/index.ts';
import { CODE_ID } from '../../acts.ts';
import { codeTimeline, codeVersions } from './code-versions.ts';

const id = (eId: string): string => `${CODE_ID}/~${eId}`;

/**
 * Provisions whose wording the 2024-01-01 version changed: a phrase of the 2022-12-30 wording and of the newer one,
 * and the law whose note (in the 2024 export) dates the change between the two versions.
 */
const CHANGED_IN_2023: Array<{ eId: string; before: string; after: string; act: string }> = [
  // 2022 L29 / 2024 L29: the Constitutional Council became the Constitutional Court (law 157-VII, from 2023-01-01)
  { eId: 'art_1__para_4', before: 'Конституциялық Кеңесінің және', after: 'Конституциялық Сотының және', act: '157-VII' },
  { eId: 'art_3__para_4__point_2', before: 'Конституциялық Кеңесі туралы', after: 'Конституциялық Соты туралы', act: '157-VII' },
  { eId: 'art_7__para_3', before: 'Кеңес', after: 'Конституциялық Сот', act: '157-VII' },
  // L61: law 223-VII of 2023-04-19 (from 2023-05-01): the Prime Minister's Office became the Government's Office
  { eId: 'art_3__para_3__point_5', before: 'Премьер-Министрі Кеңсесінің', after: 'Үкіметі Аппаратының', act: '223-VII' },
  {
    eId: 'art_43-1__para_2',
    before: 'Жобалық басқаруды жүзеге асыру қағидаларын Қазақстан Республикасының Үкіметі бекітеді.',
    after: 'Жобалық басқаруды жүзеге асыру қағидаларын жобалық басқару жөніндегі уәкілетті орган бекітеді.',
    act: '223-VII',
  },
  {
    eId: 'art_43-3__para_1',
    before: 'Мемлекеттік органдар цифрлық трансформацияны Қазақстан Республикасының Үкіметі бекіткен',
    after: 'Мемлекеттік органдар цифрлық трансформациялауды жүргізеді.',
    act: '223-VII',
  },
  {
    eId: 'art_4__para_1__point_24',
    before: 'орталық және (немесе) жергілікті атқарушы',
    after: 'мемлекеттік басқару органдарының қызметіне',
    act: '223-VII',
  },
  // L81: law 23-VIII (from 2023-07-24) cut the notaries' clause short
  { eId: 'art_3__para_4__point_7', before: 'заңнамасында реттелетін', after: 'нотариат туралы заңнамасында;', act: '23-VIII' },
  // L3157–L3177: law 141-VII (from 2023-07-01): local executive bodies became administrative bodies in chapter 26
  { eId: 'art_165__para_1', before: 'Жергілікті атқарушы органның шешімімен', after: 'Әкімшілік органның шешімімен', act: '141-VII' },
  { eId: 'art_167__para_2', before: 'тиісті жергілікті атқарушы органға', after: 'тиісті әкімшілік органға', act: '141-VII' },
  // L2661: law 46-VIII, the act that caused the 2024-01-01 version (meta.yaml), added the deferral of state duty
  {
    eId: 'art_131__para_8__point_2',
    before: 'мемлекеттік баждың төленгенін растайтын құжат;',
    after: 'мемлекеттік баж төлеу бойынша кейінге қалдыру',
    act: '46-VIII',
  },
  // L1965: law 216-VII (from 2023-04-08) restated part 5 of article 91
  { eId: 'art_91__para_5', before: 'сотқа жүгінуге жол беріледі.', after: 'сотқа жүгінуге жол беріледі. Еге', act: '216-VII' },
];

describe('the timeline of the code over 2022-12-30, 2024-01-01 and 2026-01-01', () => {
  let versions: IngestedDocument[];
  let timeline: IngestedDocument;
  let provisions: Map<string, Provision>;
  let wordings: Map<string, Wording[]>;

  beforeAll(async () => {
    versions = await codeVersions();
    timeline = await codeTimeline();
    provisions = new Map(timeline.provisions.map((p) => [p.id, p]));
    wordings = new Map();
    for (const w of timeline.wordings) wordings.set(w.provisionId, [...(wordings.get(w.provisionId) ?? []), w]);
  }, 60_000);

  const actOf = (a: Amendment): string => a.actId.split('/').at(-1) ?? '';

  it('keeps the newest version as the document: its file, provisions and text, each provision with the date its wording began', () => {
    const newest = versions.at(-1) as IngestedDocument;
    expect(timeline.document.file).toBe('code-appc-2020-consolidated-2026-01-01.txt');
    expect(timeline.provisions.map((p) => [p.id, p.text, p.parentId])).toEqual(newest.provisions.map((p) => [p.id, p.text, p.parentId]));
    expect(timeline.citations).toEqual(newest.citations);
    expect(timeline.expressions.map((e) => e.id)).toEqual([
      `${CODE_ID}/kaz@2022-12-30`,
      `${CODE_ID}/kaz@2024-01-01`,
      `${CODE_ID}/kaz@2026-01-01`,
    ]);
    expect(timeline.document.sha256).not.toBe(newest.document.sha256);
  });

  it.each(CHANGED_IN_2023)('$eId: worded differently from 2024-01-01, by law $act', ({ eId, before, after, act }) => {
    const [old, ...more] = wordings.get(id(eId)) ?? [];
    expect(old?.validFrom).toBe('2022-12-30');
    expect(old?.validTo).toBe('2024-01-01');
    expect(old?.expressionId).toBe(`${CODE_ID}/kaz@2022-12-30`);
    expect(old?.text).toContain(before);
    const next = more[0] ?? provisions.get(id(eId));
    expect(next?.text).toContain(after);
    expect(next?.text).not.toBe(old?.text);
    // The note explaining the change, dated between the two versions
    const notes = timeline.amendments.filter((a) => a.targetId === id(eId) && actOf(a) === act);
    expect(notes.length).toBeGreaterThan(0);
  });

  it('holds three wordings of article 3 part 3 subparagraph 4, changed by law 157-VII and again by law 241-VIII', () => {
    const history = [...(wordings.get(id('art_3__para_3__point_4')) ?? []), provisions.get(id('art_3__para_3__point_4'))];
    expect(history.map((w) => w?.validFrom)).toEqual(['2022-12-30', '2024-01-01', '2026-01-01']);
    expect(history[0]?.text).toMatch(/^Қазақстан Республикасының Конституциялық Кеңесі,/); // 2022 L59
    expect(history[1]?.text).toMatch(/^Қазақстан Республикасының Конституциялық Соты,.*Жоғарғы Соты аппараттарының/); // 2024 L61
    expect(history[2]?.text).toContain('сот әкімшілігі саласындағы уәкілетті мемлекеттік орган'); // 2026
    expect(timeline.amendments.filter((a) => a.targetId === id('art_3__para_3__point_4')).map((a) => [actOf(a), a.effectiveFrom])).toEqual([
      ['157-VII', '2023-01-01'],
      ['241-VIII', '2025-12-29'],
    ]);
  });

  it('stores a wording unchanged across all three versions once: the provision itself, in force since 2022-12-30', () => {
    for (const eId of ['art_1__para_1', 'art_22']) {
      expect(wordings.get(id(eId))).toBeUndefined();
      expect(provisions.get(id(eId))?.validFrom).toBe('2022-12-30');
    }
    expect(provisions.get(id('art_22'))?.heading).toBe('Арыз иесі');
    // The PDF prints `-` where the export prints `–`: one wording still (art_3 part 3 subparagraph 2, "Тұңғыш Президенті – Елбасы")
    expect(wordings.get(id('art_3__para_3__point_2'))).toBeUndefined();
  });

  it('has no wording before 2024 for subparagraph 8 of article 3 part 4, inserted by then', () => {
    expect(wordings.get(id('art_3__para_4__point_8'))).toBeUndefined();
    expect(provisions.get(id('art_3__para_4__point_8'))?.validFrom).toBe('2024-01-01');
    expect(versions[0]?.provisions.some((p) => p.id === id('art_3__para_4__point_8'))).toBe(false);
  });

  it('keeps subparagraph 12 of article 4 in force until the 2026 version, which repeals it (law 241-VIII)', () => {
    const [inForce, ...more] = wordings.get(id('art_4__para_1__point_12')) ?? [];
    expect(more).toEqual([]);
    expect([inForce?.validFrom, inForce?.validTo, inForce?.status]).toEqual(['2022-12-30', '2026-01-01', 'inForce']);
    expect(inForce?.text).toMatch(/^бейнежолданым/);
    expect(provisions.get(id('art_4__para_1__point_12'))?.status).toBe('repealed');
    expect(
      timeline.amendments.some((a) => a.targetId === id('art_4__para_1__point_12') && a.action === 'repealed' && actOf(a) === '241-VIII'),
    ).toBe(true);
  });

  it('keeps the wordings of a provision the newest version lacks, with its place in its version', () => {
    const gone = timeline.wordings.filter((w) => !provisions.has(w.provisionId));
    expect(gone.length).toBeGreaterThan(0);
    for (const w of gone) {
      const source = versions.find((v) => v.expressions[0]?.id === w.expressionId)?.provisions.find((p) => p.id === w.provisionId);
      expect([w.parentId, w.ordinal, w.type]).toEqual([source?.parentId, source?.ordinal, source?.type]);
    }
  });

  it('counts what changed: 207 wordings stored for 1 642 provisions, none covering a date twice', () => {
    expect(timeline.wordings).toHaveLength(207);
    expect(timeline.provisions).toHaveLength(1642);
    for (const list of wordings.values()) {
      for (let i = 1; i < list.length; i++) expect((list[i - 1] as Wording).validTo! <= (list[i] as Wording).validFrom).toBe(true);
    }
  });

  it('merges the amendment events of every version by id', () => {
    const ids = new Set(versions.flatMap((v) => v.amendments.map((a) => a.id)));
    expect(new Set(timeline.amendments.map((a) => a.id))).toEqual(ids);
  });

  it('reports the provisions whose eIds the export and the PDF text do not share, with file and line', () => {
    const mismatches = timeline.diagnostics.filter((d) => d.rule === 'version-eid-mismatch');
    expect(mismatches.length).toBeGreaterThan(0);
    // Article 96's subparagraphs hang off the article in the 2024 export and off its part 1 in the PDF text.
    expect(mismatches).toContainEqual(
      expect.objectContaining({
        file: 'appc-350-VI/2024-01-01/kaz.md',
        reason: expect.stringMatching(/^art_96__point_1 \(2024-01-01, adilet\) has no counterpart/),
      }),
    );
    expect(mismatches.every((d) => !d.fatal && d.line > 0)).toBe(true);
  });

  it('gives the same timeline whatever order the versions come in, and refuses two versions of one date', () => {
    expect(buildTimeline(versions.toReversed())).toEqual(timeline);
    expect(() => buildTimeline([versions[0] as IngestedDocument, versions[0] as IngestedDocument])).toThrow(
      /both the version of 2022-12-30/,
    );
  });
});
