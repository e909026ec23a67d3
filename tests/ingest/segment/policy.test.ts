/**
 * The two policy papers, against what reading them gives: docs/formats.md P1–P5 and the corpus
 * lines cited in each test.
 */
import { describe, expect, it } from 'vitest';
import { FILES, segmented } from './documents-fixture.ts';

const admin = segmented(FILES.admin);
const judicial = segmented(FILES.judicial);

const texts = (ps: { text: string }[]) => ps.map((p) => p.text);

describe('policy paper 000 (administrative procedures)', () => {
  it('has a title block whose heading is the all-caps title (lines 3-4)', () => {
    const preface = admin.node('preface');
    expect(preface.heading).toContain('АЛЬТЕРНАТИВТІ ҰСЫНЫСТАР. ӘКІМШІЛІК ПРОЦЕДУРАЛАР ЖӘНЕ ӘКІМШІЛІК ПРОЦЕСС');
    expect(preface.source.startLine).toBe(1);
  });

  it('has three Roman-numeral sections printed with Cyrillic І, numbered I, II, III', () => {
    const sections = admin.ofType('section');
    expect(sections.map((s) => [s.eId, s.num, s.source.startLine])).toEqual([
      ['sec_I', 'I', 15],
      ['sec_II', 'II', 194],
      ['sec_III', 'III', 315],
    ]);
    expect(admin.node('sec_I').heading).toBe('2010–2020 ЖЫЛДАРҒА АРНАЛҒАН ҚҰҚЫҚТЫҚ САЯСАТ ТҰЖЫРЫМДАМАСЫНЫҢ ІСКЕ АСЫРЫЛУЫНА ҚЫСҚАША ТАЛДАУ');
  });

  it('counts 12 numbered paragraphs in § І and 6 in § ІІ, and none in § ІІІ', () => {
    const numbered = (sec: string) =>
      admin
        .children(sec)
        .filter((p) => p.type === 'part')
        .map((p) => p.num);
    expect(numbered('sec_I')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(numbered('sec_II')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(numbered('sec_III')).toEqual([]);
  });

  it('finds the 44 bullets, three of them under paragraph 1 of § І (lines 22, 26, 29)', () => {
    expect(admin.ofType('item')).toHaveLength(44);
    expect(
      admin
        .children('sec_I__para_1')
        .filter((p) => p.type === 'item')
        .map((p) => p.source.startLine),
    ).toEqual([22, 26, 29]);
  });

  it('reads a bullet that starts after a page break with a leading blank (line 399)', () => {
    const item = admin.ofType('item').find((p) => p.source.startLine === 399);
    expect(item?.text.startsWith('Орта мерзімді перспективада мемлекеттік басқару')).toBe(true);
  });

  it('continues paragraph 4 after the footnote bodies dropped into it (lines 62-67, 75-77)', () => {
    const para = admin.node('sec_I__para_4');
    expect(para.text).toContain('пайдаланушылар есебінен жіберу; міндетті мүшелік (қатысу) негізінде өзін-өзі реттеуді енгізу');
    expect(para.text).not.toContain('Халыққа қызмет көрсету орталықтары');
  });

  it('puts each of the 6 footnotes under the paragraph holding its glued marker', () => {
    const footnotes = admin.ofType('footnote').map((f) => [f.num, f.eId, f.source.startLine]);
    expect(footnotes).toEqual(
      expect.arrayContaining([
        ['1', 'sec_I__para_5__fnt_1', 68], // қарастырды1. (85)
        ['2', 'sec_I__para_7__fnt_2', 69], // көп)2. (112)
        ['3', 'sec_I__para_7__subpara_2__fnt_3', 72], // (EGDI)3 (116)
        ['4', 'sec_II__para_2__fnt_4', 226], // керек4. (218)
        ['5', 'sec_II__para_3__fnt_5', 229], // комиссиясының5 (223)
        ['6', 'sec_II__para_3__fnt_6', 238], // қорытындыларына6 (242)
      ]),
    );
    expect(footnotes).toHaveLength(6);
    expect(admin.node('sec_II__para_3__fnt_5').text).toContain('CDL-AD (2018)020');
  });

  it('keeps a footnote body that wraps over lines whole, up to its closing URL (69-70)', () => {
    expect(admin.node('sec_I__para_7__fnt_2').text).toBe(
      'Individuals using the Internet (% of population) — Kazakhstan. URL: https://data.worldbank.org/indicator/IT.NET.USER.ZS?locations =KZ.',
    );
  });

  it('turns the URLs repeated on their own lines into link notes (123-126, 233-237, 294-295)', () => {
    const links = admin.result.editorialNotes.filter((n) => n.kind === 'link').map((n) => n.source.startLine);
    expect(links).toEqual([123, 124, 125, 126, 233, 234, 235, 236, 237, 294, 295]);
  });

  it('finds the inline subheads of § ІІ inside paragraph 3, each holding its bullets', () => {
    const heads = admin.children('sec_II__para_3').filter((p) => p.type === 'heading');
    expect(heads.map((h) => h.heading)).toEqual(['Әкімшілік рәсімдерге қатысты:', 'Әкімшілік сот ісін жүргізуге қатысты:']);
    expect(admin.children(heads[0]?.eId ?? '').filter((p) => p.type === 'item')).toHaveLength(7);
    expect(admin.children(heads[1]?.eId ?? '').filter((p) => p.type === 'item')).toHaveLength(4);
  });

  it('finds the subheads of § ІІІ (318-405)', () => {
    const heads = admin
      .ofType('heading')
      .filter((h) => h.source.startLine >= 318)
      .map((h) => h.heading);
    expect(heads).toEqual([
      'ӘКІМШІЛІК РӘСІМДЕР ЖӘНЕ ӘКІМШІЛІК ПРОЦЕСС',
      '2021 жылғы ағымдағы жағдай',
      '2030 мақсаты',
      '2030 мақсатына қол жеткізу шаралары',
      'Тиімді, ашық және болжамды әкімшілік процедуралар',
      'Дамыған әкімшілік сот төрелігі',
    ]);
  });

  it('joins soft line-end hyphens and keeps real ones (9-10, 49-50)', () => {
    expect(texts(admin.ofType('paragraph')).join(' ')).toContain('азаматтық қоғамның қатысуына жәрдемдесу');
    expect(admin.node('sec_I__para_2__item_3').text).toContain('жария-құқықтық сипаттағы қақтығыстарды');
  });

  it('keeps the closing date as the signature (460)', () => {
    expect(admin.node('conclusions').text).toBe('2021 жылдың маусымы');
  });

  it('places numbered paragraphs for relative references: section and paragraph number', () => {
    const site = admin.result.sites.find((s) => s.provisionId.endsWith('~sec_II__para_4'));
    expect(site?.place).toEqual({ section: 'II', chapter: null, article: null, part: '4', subparagraph: null });
  });
});

describe('policy paper 001 (judicial system)', () => {
  it('puts the funding note before the title in its title block (3-13)', () => {
    const preface = judicial.node('preface');
    expect(preface.heading?.startsWith('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҚҰҚЫҚТЫҚ САЯСАТ')).toBe(true);
    expect(preface.text).toContain('Бұл басылым Сорос-Қазақстан Қорының');
  });

  it('has sections I, II, III printed with Latin I (14, 336, 535)', () => {
    expect(judicial.ofType('section').map((s) => [s.num, s.source.startLine])).toEqual([
      ['I', 14],
      ['II', 336],
      ['III', 535],
    ]);
    expect(judicial.node('sec_II').heading).toContain('ТҰЖЫРЫМЫНЫҢ');
  });

  it('counts 14 numbered paragraphs in § I and none in § II', () => {
    expect(judicial.children('sec_I').filter((p) => p.type === 'part')).toHaveLength(14);
    expect(judicial.children('sec_II').filter((p) => p.type === 'part')).toHaveLength(0);
    expect(judicial.children('sec_II').filter((p) => p.type === 'paragraph').length).toBeGreaterThan(5);
  });

  it('finds the 68 bullets', () => {
    expect(judicial.ofType('item')).toHaveLength(68);
  });

  it('has footnotes 1, 2, 4, 5, 6, 8 and reports 3 and 7, marked but without a body', () => {
    expect(
      judicial
        .ofType('footnote')
        .map((f) => f.num)
        .sort(),
    ).toEqual(['1', '2', '4', '5', '6', '8']);
    expect(judicial.node('sec_I__para_10__fnt_1').text).toContain('European judicial systems CEPEJ Evaluation Report');
    const missing = judicial.result.diagnostics
      .filter((d) => d.rule === 'footnoteMissing')
      .map((d) => [d.line, d.reason.match(/footnote (\d+)/)?.[1]]);
    expect(missing).toEqual([
      [283, '3'],
      [332, '7'],
    ]);
  });

  it('keeps the only trace of footnote 3, its URL (291), as a link note', () => {
    expect(judicial.result.editorialNotes.find((n) => n.source.startLine === 291)?.kind).toBe('link');
  });

  it('turns the page number (181) and the chart captions (330, 355) into page artefacts', () => {
    const artefacts = judicial.result.editorialNotes.filter((n) => n.kind === 'pageArtefact').map((n) => [n.source.startLine, n.text]);
    expect(artefacts).toEqual([
      [181, '6'],
      [330, 'Қазақстан, Worldwide Governance Idicators'],
      [355, 'Қазақстан, TI Corruption Perseptions Index'],
    ]);
  });

  it('keeps the § II bullet list whole around the chart caption (349-362)', () => {
    const items = judicial
      .children('sec_II')
      .filter((p) => p.type === 'item')
      .map((p) => p.source.startLine);
    expect(items).toEqual([349, 352, 356, 358, 360, 362]);
  });

  it('finds the 9 subheads of § III, the thematic ones at 605, 648, 683, 702, 743', () => {
    const heads = judicial.ofType('heading').filter((h) => h.source.startLine >= 535);
    expect(heads).toHaveLength(9);
    expect(heads.slice(4).map((h) => [h.source.startLine, h.heading])).toEqual([
      [605, 'Тәуелсіз сот'],
      [648, 'Қоғам алдында есеп беретін сот'],
      [683, 'Кәсіби судья'],
      [702, 'Қолжетімді, әділ және тиімді сот жүйесі'],
      [743, 'Сот саласындағы инновациялар'],
    ]);
  });

  it('tolerates glued words: the text keeps them as printed (258)', () => {
    expect(judicial.result.provisions.some((p) => p.text.includes('аясындаОрталық'))).toBe(true);
  });
});
