/**
 * Expectations read from the code's text (line numbers are raw lines of the corpus file;
 * see docs/formats.md C1–C20).
 */
import { describe, expect, it } from 'vitest';
import { segmentCode } from '../../../ingest/segment/code/index.ts';
import { childrenOf, CODE_FILE, ctx, lines, node, result } from '../code-fixture.ts';

const { provisions } = result;
const ofType = (type: string) => provisions.filter((p) => p.type === type);
const eIdsUnder = (eId: string) => childrenOf(eId).map((p) => p.eId.slice(eId.length + 2));
const noteAt = (line: number) => result.notes.find((n) => n.note.source.startLine === line);

describe('code structure', () => {
  it('finds 4 sections, 31 chapters and 195 articles, 20 of them numbered N-M', () => {
    expect(ofType('section').map((p) => p.num)).toEqual(['1', '2', '3', '4']);
    expect(ofType('chapter')).toHaveLength(31);
    expect(ofType('article')).toHaveLength(195);
    expect(ofType('article').filter((p) => p.num?.includes('-'))).toHaveLength(20);
    expect(ofType('chapter').map((p) => p.num)).toEqual(expect.arrayContaining(['12-1', '26-1']));
  });

  it('finds 29 articles without numbered parts', () => {
    const withParts = new Set(ofType('part').map((p) => p.parentId));
    expect(ofType('article').filter((a) => !withParts.has(a.id))).toHaveLength(29);
    expect(childrenOf('art_51').map((p) => p.type)).toEqual(['paragraph']);
  });

  it('puts the 45 subparagraphs of article 4 in its part 1, with 14-1 after 14 and 12 repealed by a note standing in its place', () => {
    expect(eIdsUnder('art_4')).toEqual(['para_1', 'para_2']);
    const points = childrenOf('art_4__para_1').filter((p) => p.type === 'subparagraph');
    expect(points).toHaveLength(45);
    expect(points.map((p) => p.num).slice(13, 17)).toEqual(['14', '14-1', '14-2', '15']);
    expect(node('art_4__para_1__point_12')).toMatchObject({ status: 'repealed', text: '' });
    expect(node('art_4__para_1__point_12').source.startLine).toBe(938);
    expect(noteAt(938)).toMatchObject({ replaces: { eId: 'art_4__para_1__point_12' }, next: { eId: 'art_4__para_1__point_13' } });
    expect(noteAt(938)?.note.text).toMatch(/^2025\.17\.12\. № 241-VIII ҚР Заңымен алып тасталды/);
  });

  it('keeps the unnumbered list items of subparagraph 25) of article 4 inside it', () => {
    expect(eIdsUnder('art_4__para_1__point_25')).toEqual(['subpara_2', 'subpara_3', 'subpara_4']);
    expect(node('art_4__para_1__point_25__subpara_3').text).toBe('әлеуметтік маңызы бар қоғамдық қатынастарды басқару және реттеу;');
  });

  it('finds part 2-1 of article 175 repealed, between parts 2 and 3', () => {
    expect(eIdsUnder('art_175')).toEqual(['para_1', 'para_2', 'para_2-1', 'para_3', 'para_4', 'para_5', 'para_6']);
    expect(node('art_175__para_2-1')).toMatchObject({ status: 'repealed', text: '', num: '2-1' });
  });

  it('reads article 15-1 with its heading, after the note that inserted it', () => {
    expect(node('art_15-1').heading).toBe('Әкімшілік рәсімдер мен әкімшілік актілердің біркелкілігі');
    expect(noteAt(1483)).toMatchObject({ next: { eId: 'art_15-1' }, place: { chapter: '2', article: null } });
  });

  it('puts the 13 subparagraphs of article 56 directly under the article, after its introductory paragraph', () => {
    const children = childrenOf('art_56');
    expect(children[0]).toMatchObject({
      eId: 'art_56__subpara_1',
      text: 'Мемлекеттік басқару жүйесін дамыту саласындағы уәкілетті орган:',
    });
    expect(children.slice(1).map((p) => p.eId)).toEqual(Array.from({ length: 13 }, (_, i) => `art_56__point_${i + 1}`));
  });

  it('keeps the unnumbered paragraph L789 of article 3 part 4 between subparagraphs 2) and 3), as абзац 2', () => {
    expect(eIdsUnder('art_3__para_4').slice(0, 4)).toEqual(['point_1', 'point_2', 'subpara_2', 'point_3']);
    expect(node('art_3__para_4__subpara_2').source.startLine).toBe(789);
    expect(node('art_3__para_4__subpara_2').text).toMatch(/^Осы Кодексте белгіленген .* қызметіне қолданылмайды\.$/);
  });

  it('holds both subparagraph lists of article 90-5 part 2, the second under the paragraph that introduces it', () => {
    expect(eIdsUnder('art_90-5__para_2')).toEqual(['point_1', 'point_2', 'point_3', 'point_4', 'point_5', 'subpara_2']);
    expect(node('art_90-5__para_2__subpara_2').text).toMatch(/^Петицияны қарау кезінде жергілікті .*органдар:$/);
    expect(eIdsUnder('art_90-5__para_2__subpara_2')).toEqual(['point_1', 'point_2', 'point_3']);
  });

  it('parses article 61 although three blank lines follow its heading', () => {
    expect(node('art_61').heading).toBe('Комиссияның қызметі мен функциялары');
    expect(eIdsUnder('art_61').filter((e) => e.startsWith('para_'))).toEqual(['para_1', 'para_2', 'para_3']);
  });

  it('joins wrapped headings and stops an article heading at the glued body line or at a note', () => {
    expect(node('art_1').heading).toBe(
      'Қазақстан Республикасының әкімшілік рәсімдер туралы заңнамасы және Қазақстан Республикасының әкімшілік сот ісін жүргізу туралы заңнамасы',
    );
    expect(node('art_5').heading).toBe('Әкімшілік рәсімдердің және әкімшілік сот ісін жүргізудің міндеттері');
    expect(noteAt(1200)?.next?.eId).toBe('art_5__para_1');
    expect(node('chp_12-1').heading).toBe('Петиция');
    expect(node('chp_1').heading).toBe(
      'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ӘКІМШІЛІК РӘСІМДЕР ТУРАЛЫ ЗАҢНАМАСЫ ЖӘНЕ ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ӘКІМШІЛІК СОТ ІСІН ЖҮРГІЗУ ТУРАЛЫ ЗАҢНАМАСЫ',
    );
  });

  it('does not start nodes at wrapped references that look like labels or headings', () => {
    for (const line of [6464, 6579, 8006, 8656]) expect(provisions.filter((p) => p.source.startLine === line)).toEqual([]);
    expect(node('art_96__para_2').text).toContain('осы баптың бірінші бөлігінің 1) және 3) тармақшаларында көзделген');
    expect(node('art_100__para_2').text).toContain('осы баптың бірінші бөлігінің 1), 2) немесе 3) тармақшаларында');
    expect(node('art_135__para_1').text).toContain('134-баптарына сәйкес');
    expect(node('art_150__subpara_1').text).toContain('24-тарауында белгіленген');
  });

  it('reads `Ескертпе.` (Note) paragraphs as law text', () => {
    expect(node('art_91__para_3__subpara_3').text).toMatch(/^Ескертпе\. Осы бөліктің екінші абзацының күші/);
  });

  it('splits the two paragraphs after the last subparagraph of article 143 part 1', () => {
    expect(eIdsUnder('art_143__para_1').slice(-3)).toEqual(['point_6', 'subpara_2', 'subpara_3']);
    expect(node('art_143__para_1__subpara_3').source.startLine).toBe(8447);
  });

  it('keeps the items of `2) егер:` (if:) in article 64 part 7 under that subparagraph', () => {
    expect(eIdsUnder('art_64__para_7__point_2')).toEqual(['subpara_2', 'subpara_3']);
    expect(eIdsUnder('art_64').slice(6, 10)).toEqual(['para_7', 'para_7-1', 'para_7-2', 'para_8']);
  });
});

describe('notes and the text around the body', () => {
  it('places a subparagraph note at the part it stands in, and a chapter-level note before the article it concerns', () => {
    expect(noteAt(755)).toMatchObject({ next: { eId: 'art_3__para_3__point_5' }, place: { article: '3', part: '3' }, replaces: null });
    expect(noteAt(6109)).toMatchObject({ next: { eId: 'art_91' }, place: { chapter: '13', article: null } });
    expect(noteAt(5689)?.next?.eId).toBe('chp_12-1');
    expect(noteAt(9418)?.note.source.endLine).toBe(9426);
  });

  it('finds a note for every dated `ҚР Заңымен` block of the body: 192 blocks', () => {
    expect(result.notes).toHaveLength(192);
    expect(result.notes.filter((n) => n.replaces).map((n) => n.replaces?.eId)).toEqual([
      'art_4__para_1__point_12',
      'art_24__para_2',
      'art_169__para_3',
      'art_169__para_6',
      'art_175__para_2-1',
    ]);
  });

  it('takes the title block as the preface and the header notes apart from it', () => {
    expect(node('preface').text).toBe(
      'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОДЕКСІ ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ӘКІМШІЛІК РӘСІМДІК-ПРОЦЕСТІК КОДЕКСІ (2026.01.01. берілген өзгерістер мен толықтыруларымен)',
    );
    expect(result.headerNotes.map((n) => [n.note.source.startLine, n.note.source.endLine])).toEqual([
      [13, 15],
      [19, 21],
      [27, 27],
    ]);
    expect(result.headerNotes[0]?.note.text).toMatch(/^2025\.17\.12\. № 241-VIII ҚР Заңын қараңыз/);
    expect(result.editorialNotes[0]).toMatchObject({ kind: 'other', text: 'Осы Кодекске өзгерістер енгізу туралы:', provisionId: null });
    expect(result.headerNotes[1]?.note.text).toContain('Премьер-Министрінің 2020 жылғы 24 қыркүйектегі № 128-ө өкімін қараңыз');
  });

  it('reads the signature block after article 175 as a signature node', () => {
    expect(node('conclusions')).toMatchObject({
      type: 'signature',
      parentId: null,
      text: 'Қазақстан Республикасының Президенті Қ. ТОҚАЕВ Нұр-Сұлтан, Ақорда, 2020 жылғы 29 маусым',
      source: { startLine: 9887, endLine: 9896 },
    });
  });

  it('keeps URL runs and "see" notes as editorial notes, and lets the interrupted part go on after them', () => {
    const see = result.editorialNotes.filter((n) => n.kind === 'see');
    expect(see.map((n) => n.source.startLine)).toEqual([6702, 7498, 7634, 9378, 9746]);
    expect(see[3]?.provisionId?.endsWith('~art_168__para_4')).toBe(true);
    expect(node('art_168__para_4__subpara_2').text).toMatch(/^Апелляциялық өтінішхат келтіру құқығы/);
    const links = result.editorialNotes.filter((n) => n.kind === 'link');
    expect(links.map((n) => [n.source.startLine, n.source.endLine])).toEqual(
      expect.arrayContaining([
        [3562, 3567],
        [4473, 4482],
      ]),
    );
    // the sentence cut by the URLs of L3562–L3567 is whole again
    expect(node('art_47__para_8').text).toContain('конституциялық құрылысты');
  });

  it('reports an article the table of contents lists but the body lacks, at its TOC line', () => {
    const r = segmentCode(
      lines.filter((l) => l.line !== 1487),
      ctx,
    );
    expect(r.diagnostics.filter((d) => d.rule === 'toc-mismatch')).toEqual([
      {
        reason: 'article 15-1 is listed in the table of contents but not found in the body',
        file: CODE_FILE,
        line: 79,
        rule: 'toc-mismatch',
        fatal: false,
      },
    ]);
  });

  it('lists the same articles, chapters and sections in the table of contents as in the body', () => {
    expect(result.toc?.source).toMatchObject({ startLine: 31, endLine: 608 });
    expect(result.toc?.articles).toHaveLength(195);
    expect(result.toc?.articles).toContain('23');
    expect(result.toc?.chapters).toContain('7');
    expect(result.diagnostics.filter((d) => d.rule === 'toc-mismatch')).toEqual([]);
  });
});
