/** The export segmenter on the shared exports: expectations read off the texts (line numbers given). */
import { describe, expect, it } from 'vitest';
import { parseAmendmentNotes } from '../../../../ingest/amendments/index.ts';
import { PENDING_KAZAKH, PENDING_RUSSIAN, PENDING_WORK_ID } from '../../../pending-act.ts';
import { bare, exported, segmentText } from './segment-fixture.ts';

const ANIMALS = 'law-2021-animals/2025-01-01';
const CINEMA = 'law-2019-cinema/2024-08-20';
const APPC = 'appc-350-VI/2024-01-01';

describe('export segmenter: a law with chapters, `##` chapter and `**` article headings (animals)', () => {
  const s = exported(ANIMALS);

  it('finds 7 chapters and 31 articles, numbered in order, with no diagnostic', () => {
    expect(s.ofType('chapter').map((c) => c.num)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(s.ofType('article').map((a) => a.num)).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1)));
    expect(s.result.diagnostics).toEqual([]);
  });

  it('keeps each heading to its one line (L5, L9, L95, L153)', () => {
    expect(s.node('chp_1').heading).toBe('ЖАЛПЫ ЕРЕЖЕЛЕР');
    expect(s.node('art_1').heading).toBe('Осы Заңда пайдаланылатын негізгі ұғымдар');
    expect(s.node('art_4').heading).toBe('Жануарларды қатыгездікпен қараудан қорғау');
    expect(s.node('chp_2').heading).toBe('ЖАНУАРЛАРҒА ЖАУАПКЕРШІЛІКПЕН ҚАРАУ САЛАСЫНДАҒЫ МЕМЛЕКЕТТІК РЕТТЕУ ЖӘНЕ БАСҚАРУ');
    // The paragraph after the heading (L11) is the article's first paragraph, not the heading's tail.
    expect(s.childrenOf('art_1')[0]).toMatchObject({ eId: 'art_1__subpara_1', text: 'Осы Заңда мынадай негізгі ұғымдар пайдаланылады:' });
  });

  it('reads points (тармақ) as parts and their subparagraphs (article 4, L95–L137)', () => {
    expect(s.childrenOf('art_4').map((p) => p.eId)).toEqual(['art_4__para_1', 'art_4__para_2', 'art_4__para_3', 'art_4__para_4']);
    expect(s.childrenOf('art_4__para_2').map((p) => p.num)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(s.childrenOf('art_4__para_3').map((p) => [p.eId, p.type])).toEqual([['art_4__para_3__subpara_2', 'paragraph']]);
    expect(s.childrenOf('art_4__para_4').map((p) => p.num)).toEqual(['1', '2', '3', '4', '5']);
    expect(s.node('art_4__para_4__point_2').text).toBe('дератизациялау;');
  });

  it('keeps the database anchor of every article (`<a id="st5"></a>`, L139)', () => {
    expect(s.ofType('article').every((a) => a.sourceAnchor === `st${a.num}`)).toBe(true);
    expect(s.node('art_4__para_1').sourceAnchor).toBeUndefined();
  });

  it('takes the note after article 5 (L151) out of its text and reads it on article 5', () => {
    expect(s.node('art_5__para_3').text).not.toMatch(/Ескерту/);
    const { amendments } = parseAmendmentNotes(s.result.notes);
    expect(amendments.filter((a) => a.targetId?.endsWith('/~art_5')).map((a) => [a.action, a.actId, a.effectiveFrom])).toEqual([
      ['amended', '/akn/kz/act/law/2024-06-19/94-VIII', null],
    ]);
  });

  it('makes the title the preface, the preamble a paragraph and the last two lines the signature (L1, L3, L617–L619)', () => {
    expect(s.node('preface').text).toBe('Жануарларға жауапкершілікпен қарау туралы');
    expect(s.node('subpara_1').text).toMatch(/^Осы Заң жануарларды қорғау/);
    expect(s.node('conclusions').text).toBe('Қазақстан Республикасының Президенті Қ. ТОҚАЕВ');
  });
});

describe('export segmenter: a law with `**` and `##` article headings and repealed subparagraphs (cinema)', () => {
  const s = exported(CINEMA);

  it('finds 20 articles, the inserted 13-1 and 14-1 among them (L431, L459)', () => {
    expect(s.ofType('article').map((a) => a.num)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '13-1',
      '14',
      '14-1',
      '15',
      '16',
      '17',
      '18',
    ]);
    expect(s.node('art_13-1').heading).toBe('Ұлттық фильмдердің сахналық-қойылымдық құралдары');
  });

  it('keeps repealed subparagraphs 1) and 3) of article 4 as repealed nodes with their repeal as the event (L111–L115)', () => {
    expect(
      s
        .childrenOf('art_4')
        .filter((p) => p.type === 'subparagraph')
        .map((p) => [p.num, p.status]),
    ).toEqual([
      ['1', 'repealed'],
      ['2', 'inForce'],
      ['3', 'repealed'],
    ]);
    expect(s.node('art_4__point_1').text).toBe('');
    const { amendments } = parseAmendmentNotes(s.result.notes);
    expect(amendments.filter((a) => a.action === 'repealed').map((a) => a.targetId?.split('/~')[1])).toEqual([
      'art_4__point_1',
      'art_4__point_3',
    ]);
  });
});

describe('export segmenter: a code with sections, `####` and `**` articles and the court’s notes (APPC 2024-01-01)', () => {
  const s = exported(APPC);

  it('finds 4 sections, 29 chapters and 178 articles with no diagnostic (L9, L839, L1439, L2161)', () => {
    expect(s.ofType('section').map((x) => [x.num, x.heading])).toEqual([
      ['1', 'ЖАЛПЫ ЕРЕЖЕЛЕР'],
      ['2', 'МЕМЛЕКЕТТІК ОРГАНДАРДЫҢ ІШКІ ӘКІМШІЛІК РӘСІМДЕРІ'],
      ['3', 'ӘКІМШІЛІК РӘСІМ'],
      ['4', 'ӘКІМШІЛІК СОТ ІСІН ЖҮРГІЗУ'],
    ]);
    expect(s.ofType('chapter')).toHaveLength(29);
    expect(s.ofType('article')).toHaveLength(178);
    expect(s.result.diagnostics).toEqual([]);
  });

  it('reads the bold article heading among `####` ones (L1013) and puts articles under their chapter (L841)', () => {
    expect(s.node('art_43-1').heading).toBe('Жобалық басқару');
    expect(s.node('art_43-1').parentId).toBe(s.node('chp_7').id);
    expect(s.node('chp_1').parentId).toBe(s.node('sec_1').id);
  });

  it('keeps part 2 of article 24 as repealed (L477)', () => {
    expect(s.node('art_24__para_2')).toMatchObject({ status: 'repealed', text: '' });
  });

  it('sets the Constitutional Court’s note apart as an editorial note of article 102 part 1 (L2173–L2175)', () => {
    const note = s.result.editorialNotes.find((n) => n.source.startLine === 2173);
    expect(note).toMatchObject({
      kind: 'see',
      provisionId: s.node('art_102__para_1__subpara_2').id,
      source: { startLine: 2173, endLine: 2175 },
    });
    expect(note?.text).toBe('Ескертпе! ҚР Конституциялық Сотының 23.05.2023 № 16-НҚ нормативтік қаулысын қараңыз.');
    expect(s.childrenOf('art_102').map((p) => p.eId)).toEqual(['art_102__para_1', 'art_102__para_2', 'art_102__para_3']);
  });

  it('reads the removed table of contents (L1–L3) as no table and its note as a header amendment', () => {
    expect(s.result.toc).toBeNull();
    expect(s.result.editorialNotes[0]).toMatchObject({ text: 'МАЗМҰНЫ', source: { startLine: 1 } });
    const { amendments, diagnostics } = parseAmendmentNotes(s.result.notes.slice(0, 2));
    expect(amendments.map((a) => [a.action, a.targetLabel, a.targetId])).toEqual([['repealed', 'Мазмұны', null]]);
    expect(diagnostics).toEqual([]);
  });
});

describe('export segmenter: the same text pasted without markup', () => {
  it('finds the same units, headings and texts in the bare animals law as in its markdown', () => {
    const md = exported(ANIMALS);
    const plain = segmentText(bare(md.raw), 'bare.txt');
    const shape = (x: typeof md) => x.result.provisions.map((p) => [p.eId, p.heading, p.text, p.status]);
    expect(shape(plain)).toEqual(shape(md));
    expect(plain.result.notes.map((n) => n.note.text)).toEqual(md.result.notes.map((n) => n.note.text));
  });
});

describe('export segmenter: a table of contents', () => {
  const text = [
    '# Сынақ туралы',
    '',
    'Мазмұны',
    '',
    '1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР',
    '1-бап . Негізгі ұғымдар',
    '2-бап . Қолданылу саласы',
    '',
    '## 1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР',
    '',
    '**1-бап. Негізгі ұғымдар**',
    '',
    'Осы Заңда ұғымдар пайдаланылады.',
    '',
    '**Қазақстан Республикасының Президенті**',
  ].join('\n');

  it('keeps the table out of the provisions and reports an article it lists that the body lacks', () => {
    const s = segmentText(text, 'toc.md');
    expect(s.result.toc).toMatchObject({ chapters: ['1'], articles: ['1', '2'], source: { startLine: 3, endLine: 7 } });
    expect(s.ofType('article').map((a) => [a.num, a.heading])).toEqual([['1', 'Негізгі ұғымдар']]);
    expect(s.result.diagnostics.map((d) => [d.rule, d.line, d.reason])).toEqual([
      ['toc-mismatch', 7, 'article 2 is listed in the table of contents but not found in the body'],
    ]);
  });
});

describe('export segmenter: a table of contents printed before the title', () => {
  // The database prints some laws so: the list, then the title and the preamble, then the body.
  const text = [
    '1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР',
    '',
    '1-бап. Негізгі ұғымдар',
    '',
    '# Сынақ туралы',
    '',
    'Осы Заң сынақтарды реттейді.',
    '',
    '## 1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР',
    '',
    '### 1-бап. Негізгі ұғымдар',
    '',
    'Осы Заңда ұғымдар пайдаланылады.',
    '',
    '**Қазақстан Республикасының Президенті**',
  ].join('\n');

  it('ends the table at the title, so the title and the preamble stay text', () => {
    const s = segmentText(text, 'toc-first.md');
    expect(s.result.toc).toMatchObject({ chapters: ['1'], articles: ['1'], source: { startLine: 1, endLine: 3 } });
    expect(s.result.provisions.find((p) => p.type === 'preface')).toMatchObject({ text: 'Сынақ туралы', source: { startLine: 5 } });
    expect(s.result.provisions.map((p) => p.text)).toContain('Осы Заң сынақтарды реттейді.');
    expect(s.ofType('article').map((a) => [a.num, a.heading])).toEqual([['1', 'Негізгі ұғымдар']]);
    expect(s.result.diagnostics).toEqual([]);
  });
});

describe('export segmenter: the publisher’s notes', () => {
  const text = [
    '# Сынақ туралы',
    '',
    '**1-бап. Негізгі ұғымдар <*>**',
    '',
    '1. Бірінші тармақ.',
    '',
    '*РҚАО-ның ескертуі!*',
    '',
    '*Бап мәтіні ресми жарияланымға сәйкес келтірілген.*',
    '',
    '2. Екінші тармақ. <*>',
    '',
    '**Қазақстан Республикасының Президенті**',
  ].join('\n');

  it('sets a `<*>` marker and the publisher’s note apart as editorial notes, never provision text', () => {
    const s = segmentText(text, 'notes.md');
    expect(s.node('art_1').heading).toBe('Негізгі ұғымдар');
    expect(s.node('art_1__para_1').text).toBe('Бірінші тармақ.');
    expect(s.node('art_1__para_2').text).toBe('Екінші тармақ.');
    expect(s.result.editorialNotes.map((n) => [n.text, n.provisionId?.split('/~')[1], n.source.startLine])).toEqual([
      ['<*>', 'art_1', 3],
      ['РҚАО-ның ескертуі! Бап мәтіні ресми жарияланымға сәйкес келтірілген.', 'art_1__para_1', 7],
      ['<*>', 'art_1__para_2', 11],
    ]);
    expect(s.result.diagnostics).toEqual([]);
  });
});

describe('export segmenter: the publisher’s note that a change is to come', () => {
  // As the justice bodies law 304 prints it in its version of 2012-01-18 (kaz.md lines 477–483, rus.md 487–493, 21-1-бап):
  // the publisher's marker, then a plain line that opens with the number of the unit it speaks of
  const article = (heading: string, marker: string, note: string) =>
    ['# Сынақ туралы', '', `### ${heading}`, '', '1\\) бірінші.', '', marker, '', note, '', '2\\) екінші.', '', '3\\) үшінші.'].join('\n');

  it('keeps the note out of the units, so the unit it names keeps its number', () => {
    const kazakh = segmentText(
      article(
        '21-1-бап. Функциялары',
        'РҚАО-ның ескертпесі!',
        '2\\) тармақшаға өзгерту енгізу көзделген - ҚР 2011.07.15 N 461-IV (2012.01.30 бастап қолданысқа енгізіледі) Заңымен.',
      ),
      'kaz.md',
    );
    const russian = segmentText(
      article(
        'Статья 21-1. Функции',
        '   Примечание РЦПИ!',
        '   В подпункт 2) предусмотрено изменение Законом РК от 15.07.2011 № 461-IV (вводится в действие с 30.01.2012).',
      ),
      'rus.md',
      '/akn/kz/act/law/test/1',
      'ru',
    );
    for (const s of [kazakh, russian]) {
      expect(s.childrenOf('art_21-1').map((p) => [p.eId, p.text])).toEqual([
        ['art_21-1__point_1', 'бірінші.'],
        ['art_21-1__point_2', 'екінші.'],
        ['art_21-1__point_3', 'үшінші.'],
      ]);
      expect(s.result.editorialNotes.map((n) => [n.provisionId?.split('/~')[1], n.source.startLine, n.source.endLine])).toEqual([
        ['art_21-1__point_1', 7, 9],
      ]);
    }
  });
});

describe('export segmenter: a repealed article', () => {
  const text = [
    '# Сынақ туралы',
    '',
    '**15-бап. Бірінші**',
    '',
    'Мәтін.',
    '',
    '**16-бап.**',
    '',
    '> *Ескерту. 16-бап алып тасталды - ҚР 29.09.2022 № 143-VII (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) Заңымен.*',
    '',
    '**17-бап. Алып тасталды - ҚР 19.04.2023 № 223-VII Заңымен.**',
    '',
    '**Қазақстан Республикасының Президенті**',
  ].join('\n');

  it('marks an article repealed by the note after its bare heading, or by its heading itself, with the repeal as its event', () => {
    const s = segmentText(text, 'repealed.md', '/akn/kz/act/law/2019-01-03/212-VI');
    expect(s.ofType('article').map((a) => [a.num, a.status, a.heading])).toEqual([
      ['15', 'inForce', 'Бірінші'],
      ['16', 'repealed', null],
      ['17', 'repealed', null],
    ]);
    const { amendments, diagnostics } = parseAmendmentNotes(s.result.notes);
    expect(amendments.map((a) => [a.targetId?.split('/~')[1], a.action, a.actId])).toEqual([
      ['art_16', 'repealed', '/akn/kz/act/law/2022-09-29/143-VII'],
      ['art_17', 'repealed', '/akn/kz/act/law/2023-04-19/223-VII'],
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('export segmenter: units put in with a later commencement, printed as that note in place of their text', () => {
  // The shape of the access to information law (401-V) and of an article put in from a date: tests/pending-act.ts.
  it('keeps each as a pending unit with no text, the note its commencement by the act that put it in', () => {
    for (const [text, file] of [
      [PENDING_KAZAKH, 'pending.md'],
      [PENDING_RUSSIAN, 'pending-rus.md'],
    ] as const) {
      const s = segmentText(text, file, PENDING_WORK_ID, file.includes('rus') ? 'ru' : 'kk');
      expect(s.node('art_1__point_7-2'), file).toMatchObject({ status: 'pending', text: '' });
      expect(s.node('art_1-2'), file).toMatchObject({ status: 'pending', heading: null });
      // An article saying when the act itself comes into force is text in force.
      expect(s.node('art_2__para_1'), file).toMatchObject({ status: 'inForce' });
      const { amendments, diagnostics } = parseAmendmentNotes(s.result.notes);
      expect(
        amendments.map((a) => [a.targetId?.split('/~')[1], a.action, a.actId, a.effectiveFrom]),
        file,
      ).toEqual([
        ['art_1__point_7-2', 'other', '/akn/kz/act/law/2026-01-09/256-VIII', null],
        ['art_1-2', 'other', '/akn/kz/act/law/2025-12-30/248-VIII', '2027-01-01'],
      ]);
      expect(diagnostics, file).toEqual([]);
    }
  });
});
