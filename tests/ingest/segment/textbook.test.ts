/** The lecture course (seed 004), against what reading it gives (docs/formats.md T1–T5, corpus lines cited). */
import { describe, expect, it } from 'vitest';
import { FILES, segmented } from './documents-fixture.ts';

const book = segmented(FILES.textbook);

describe('textbook 004', () => {
  it('starts with the foreword (АЛҒЫ СӨЗ, 1-75)', () => {
    const preface = book.node('preface');
    expect([preface.heading, preface.source.startLine, preface.source.endLine]).toEqual(['АЛҒЫ СӨЗ', 1, 75]);
  });

  it('has 11 topics at their start lines, topic 11 printed without a space (`№11`)', () => {
    const topics = book.ofType('topic');
    expect(topics.map((t) => [t.eId, t.source.startLine])).toEqual([
      ['chp_1', 76],
      ['chp_2', 1246],
      ['chp_3', 2686],
      ['chp_4', 3981],
      ['chp_5', 5174],
      ['chp_6', 6426],
      ['chp_7', 7817],
      ['chp_8', 9750],
      ['chp_9', 11139],
      ['chp_10', 12502],
      ['chp_11', 14330],
    ]);
  });

  it('titles each topic, joining titles wrapped over lines (76-78, 5174-5176)', () => {
    expect(book.node('chp_1').heading).toBe('Ішкі істер органдары әкімшілік қызметінің мәні, міндеттері, құрылымы және негізгі бағыттары');
    expect(book.node('chp_5').heading).toBe('ІІО әкімшілік қызметіндегі заңдылықты қамтамасыз ету.');
    expect(book.node('chp_6').heading).toBe('Әкімшілік қадағалау');
    expect(book.node('chp_7').heading).toBe('«Ішкі істер органдарындағы мәжбүрлеуді қолдану»');
    expect(book.node('chp_11').heading?.startsWith('Әкімшілік сыбайлас жемқорлық құқық бұзушылықтардың')).toBe(true);
  });

  it('gives topic 1 its plan: Кіріспе, three questions and Қорытынды (82-94)', () => {
    const entries = book.children('chp_1__plan');
    expect(entries.map((e) => [e.eId, e.num])).toEqual([
      ['chp_1__plan__item_1', null],
      ['chp_1__plan__item_2', '1'],
      ['chp_1__plan__item_3', '2'],
      ['chp_1__plan__item_4', '3'],
      ['chp_1__plan__item_5', null],
    ]);
    expect(entries[3]?.text).toBe('Заң шығарушы (өкілді) және атқарушы билік органдарының ішкі істер саласындағы құзыреті.');
  });

  it('orders each topic: plan, introduction, numbered sections, conclusion (topic 1)', () => {
    expect(book.children('chp_1').map((c) => c.eId)).toEqual([
      'chp_1__plan',
      'chp_1__intro',
      'chp_1__sec_1',
      'chp_1__sec_2',
      'chp_1__sec_3',
      'chp_1__conclusion',
    ]);
    expect(book.node('chp_1__sec_1').source.startLine).toBe(157);
  });

  it('finds a body heading whose wording differs from its plan entry (plan 2702, body 3536)', () => {
    const sec = book.node('chp_3__sec_3');
    expect([sec.source.startLine, sec.heading]).toEqual([
      3536,
      'Жедел жағдай туралы ақпаратты жинау, өңдеу және ІІО басшылығына баяндау тәртібі',
    ]);
  });

  it('does not take a numbered list in a section for a section heading (1569-1895 in topic 2)', () => {
    expect(
      book
        .children('chp_2')
        .filter((c) => c.type === 'section')
        .map((c) => c.source.startLine),
    ).toEqual([1318, 1911]);
  });

  it('reports plan questions no body heading repeats (topic 6: 3 and 4; topic 9: 2 and 3)', () => {
    const unmatched = book.result.diagnostics.filter((d) => d.rule === 'planEntryUnmatched').map((d) => d.line);
    expect(unmatched).toEqual([6442, 6446, 11151, 11155]);
  });

  it('has bibliographies only in topics 2 (10 entries, 2615) and 10 (4 entries, 14299)', () => {
    const bibliographies = book.result.provisions.filter((p) => p.eId.endsWith('__bibliography'));
    expect(bibliographies.map((b) => [b.eId, b.source.startLine, book.children(b.eId).length])).toEqual([
      ['chp_2__bibliography', 2615, 10],
      ['chp_10__bibliography', 14299, 4],
    ]);
    expect(book.node('chp_2__bibliography__item_1').text).toBe(
      'Мемлекеттік қызмет туралы Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 416 Заңы',
    );
    expect(book.node('chp_10__bibliography__item_4').text.startsWith('О социальной защите граждан, пострадавших вследствие')).toBe(true);
  });

  it('reports the bibliographies announced in the plans of topics 6, 7, 8, 9 and 11 but not printed', () => {
    const missing = book.result.diagnostics.filter((d) => d.rule === 'bibliographyMissing').map((d) => d.line);
    expect(missing).toEqual([6426, 7817, 9750, 11139, 14330]);
  });

  it('turns the 9 surviving page numbers into page artefacts (e.g. 196 at 15563)', () => {
    const pages = book.result.editorialNotes.filter((n) => n.kind === 'pageArtefact');
    expect(pages).toHaveLength(9);
    expect(pages.find((n) => n.source.startLine === 15563)?.text).toBe('196');
  });

  it('keeps a quoted code heading as text of its passage, not as a structural heading (8896)', () => {
    const passage = book.result.provisions.find((p) => p.text.includes('792-бап. Көлiк құралдарын'.replace('i', 'і')));
    expect(passage?.type).toBe('paragraph');
    expect(passage?.eId.startsWith('chp_7__sec_2__subpara_')).toBe(true);
  });

  it('places passages in their topic and section for relative references', () => {
    const site = book.result.sites.find((s) => s.provisionId.includes('~chp_5__sec_2__subpara_'));
    expect(site?.place).toEqual({ section: '2', chapter: '5', article: null, part: null, subparagraph: null });
  });
});
