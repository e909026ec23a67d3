import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { expandChains, findReferences, type Anchor } from '../../ingest/citations/index.ts';
import { ORDINALS, ordinalValue } from '../../text/index.ts';
import { isPluralEnding, unitWordOf } from '../../ingest/citations/tokens.ts';
import { ARTICLE, CODE, describe, joined, POLICY_JUDICIAL, POLICY_PROCEDURES, TEXTBOOK } from './citations-fixture.ts';
import { COAO, CONSTITUTION, CPC, LAW_ENFORCEMENT_SERVICE, PUBLIC_SERVICES } from '../acts.ts';

const CODE_ACT = 'self';

function anchorName(anchor: Anchor): string {
  if (anchor.kind === 'act') return anchor.act.id;
  if (anchor.kind === 'relative') return `relative:${anchor.unit}`;
  return anchor.kind;
}

/** Each reference with chains in a text: its anchor and its targets (levels a relative anchor supplies are left out). */
function references(file: string, from: number, to = from) {
  return findReferences(joined(file, from, to).text)
    .filter((r) => r.chains.length > 0)
    .map((r) => ({ anchor: anchorName(r.anchor), targets: expandChains(r.chains).map((t) => describe(t.ref)) }));
}

interface Case {
  quirk: string;
  file: string;
  lines: [number, number];
  anchor: string;
  targets: string[];
}

// Expected targets are read off the sentences (line numbers as in docs/formats.md).
const CASES: Case[] = [
  {
    quirk: '37: one осы Кодекстің governs six targets of mixed units',
    file: CODE,
    lines: [6827, 6831],
    anchor: CODE_ACT,
    targets: ['article=102 part=3', 'article=103', 'article=105 part=1', 'article=106 part=2', 'article=106 part=3', 'chapter=25'],
  },
  {
    quirk: '38: the plural suffix on the last number serves the whole list',
    file: CODE,
    lines: [8944, 8944],
    anchor: CODE_ACT,
    targets: ['article=132', 'article=133', 'article=134', 'article=135'],
  },
  {
    quirk: '38: chapters listed with commas and және',
    file: CODE,
    lines: [836, 836],
    anchor: CODE_ACT,
    targets: ['chapter=1', 'chapter=2', 'chapter=12', 'chapter=13', 'chapter=14', 'chapter=15'],
  },
  {
    quirk: '45: бөлім is a section, and its chapters list has no conjunction',
    file: CODE,
    lines: [6249, 6249],
    anchor: CODE_ACT,
    targets: ['section=3 chapter=13', 'section=3 chapter=14', 'section=3 chapter=15'],
  },
  {
    quirk: '39: a list of nine subparagraphs of one part',
    file: CODE,
    lines: [8231, 8233],
    anchor: 'relative:article',
    targets: [
      'part=2 subparagraph=3',
      'part=2 subparagraph=5',
      'part=2 subparagraph=9',
      'part=2 subparagraph=11',
      'part=2 subparagraph=12',
      'part=2 subparagraph=13',
      'part=2 subparagraph=14',
      'part=2 subparagraph=15',
      'part=2 subparagraph=17',
    ],
  },
  {
    quirk: '39: немесе joins subparagraphs',
    file: CODE,
    lines: [6575, 6579],
    anchor: 'relative:article',
    targets: ['part=1 subparagraph=1', 'part=1 subparagraph=2', 'part=1 subparagraph=3'],
  },
  {
    quirk: '40: an ordinal and a numbered part in one list',
    file: CODE,
    lines: [6286, 6286],
    anchor: 'relative:article',
    targets: ['part=1', 'part=1-1'],
  },
  { quirk: '40: a hyphenated part number', file: CODE, lines: [9589, 9589], anchor: 'relative:article', targets: ['part=3-1'] },
  {
    quirk: '41: subparagraphs of an article without parts',
    file: CODE,
    lines: [7455, 7455],
    anchor: CODE_ACT,
    targets: ['article=123 subparagraph=1', 'article=123 subparagraph=2'],
  },
  { quirk: '42: a genitive chain', file: CODE, lines: [1829, 1829], anchor: CODE_ACT, targets: ['article=105 part=1'] },
  { quirk: '42: a nominative chain', file: CODE, lines: [4790, 4792], anchor: CODE_ACT, targets: ['article=64 part=7 subparagraph=1'] },
  { quirk: '42: a mixed chain', file: CODE, lines: [1809, 1809], anchor: CODE_ACT, targets: ['article=22 part=2 subparagraph=8'] },
  { quirk: '43: тармақ names a part', file: CODE, lines: [3041, 3043], anchor: CODE_ACT, targets: ['article=41 part=2'] },
  {
    quirk: '43: a law cited by its «title» uses тармақ and тармақша',
    file: CODE,
    lines: [4748, 4750],
    anchor: PUBLIC_SERVICES,
    targets: ['article=4 part=1 subparagraph=3'],
  },
  {
    quirk: '44: after осы тармақтың, бөлік is an абзац of the part',
    file: CODE,
    lines: [3863, 3865],
    anchor: 'relative:part',
    targets: ['paragraph=1'],
  },
  {
    quirk: '46: абзац of a subparagraph of a part',
    file: CODE,
    lines: [4497, 4499],
    anchor: 'relative:article',
    targets: ['part=7 subparagraph=2 paragraph=2'],
  },
  { quirk: '46: абзац of this part', file: CODE, lines: [6154, 6154], anchor: 'relative:part', targets: ['paragraph=2'] },
  { quirk: '47: осы баптың with an ordinal part', file: CODE, lines: [2367, 2367], anchor: 'relative:article', targets: ['part=8'] },
  { quirk: '47: Осы бөліктің with a subparagraph', file: CODE, lines: [2238, 2238], anchor: 'relative:part', targets: ['subparagraph=2'] },
  {
    quirk: '49: another code, and 1-2 with a singular ending is one part number',
    file: CODE,
    lines: [6714, 6716],
    anchor: CPC,
    targets: ['article=27 part=1-2'],
  },
  {
    quirk: '49: the article number split as 27- / бабының',
    file: CODE,
    lines: [6761, 6763],
    anchor: CPC,
    targets: ['article=27 part=1-2'],
  },
  { quirk: '50: осы / Кодекстің split across lines', file: CODE, lines: [9520, 9522], anchor: CODE_ACT, targets: ['article=31'] },
  {
    quirk: 'textbook: an abbreviation with a hyphenated case ending',
    file: TEXTBOOK,
    lines: [5080, 5080],
    anchor: COAO,
    targets: ['article=786'],
  },
  { quirk: 'textbook: ӘҚБтК-тің', file: TEXTBOOK, lines: [7938, 7938], anchor: COAO, targets: ['article=685'] },
  {
    quirk: 'textbook: a plural range of articles is expanded',
    file: TEXTBOOK,
    lines: [5046, 5048],
    anchor: COAO,
    targets: ['article=787', 'article=788', 'article=789'],
  },
  {
    quirk: 'textbook: an abbreviation, a colon and a list',
    file: TEXTBOOK,
    lines: [5972, 5972],
    anchor: COAO,
    targets: ['article=651', 'article=652', 'article=667', 'article=676', 'article=677', 'article=680', 'article=681'],
  },
  {
    quirk: 'textbook: a law by its «title», and a subparagraph range 12) - 16)',
    file: TEXTBOOK,
    lines: [2496, 2500],
    anchor: LAW_ENFORCEMENT_SERVICE,
    targets: [12, 13, 14, 15, 16].map((n) => `article=80 part=1 subparagraph=${n}`),
  },
  {
    quirk: 'textbook: 12-тармақшасы for 12)',
    file: TEXTBOOK,
    lines: [2474, 2476],
    anchor: LAW_ENFORCEMENT_SERVICE,
    targets: ['article=80 part=1 subparagraph=12'],
  },
  { quirk: 'textbook: the abbreviation 836-б.', file: TEXTBOOK, lines: [10912, 10912], anchor: COAO, targets: ['article=836'] },
  {
    quirk: 'textbook: ҚПК-нің, the Criminal Procedure Code',
    file: TEXTBOOK,
    lines: [5084, 5084],
    anchor: '/akn/kz/act/code/2014-07-04/231-V',
    targets: ['article=128'],
  },
  { quirk: 'textbook: the Constitution', file: TEXTBOOK, lines: [6459, 6459], anchor: CONSTITUTION, targets: ['article=12'] },
  {
    quirk: 'article: a bracketed article and part with no act named',
    file: ARTICLE,
    lines: [119, 119],
    anchor: 'none',
    targets: ['article=13 part=1'],
  },
];

suite('findReferences on the corpus sentences', () => {
  it.each(CASES)('$quirk (lines $lines)', ({ file, lines, anchor, targets }) => {
    expect(references(file, lines[0], lines[1])).toEqual([{ anchor, targets }]);
  });

  it('gives each reference its place in the text', () => {
    const text = joined(CODE, 1809).text;
    const [ref] = findReferences(text);
    expect(ref?.raw).toBe('осы Кодекстің 22-бабы екінші бөлігінің 8) тармақшасын');
    expect(text.slice(ref?.start, ref?.end)).toBe(ref?.raw);
  });

  it.each([
    [6195, 'осы бапта', 'relative:article'],
    [6823, 'Осы бапқа', 'relative:article'],
    [1238, 'осы тарауда', 'relative:chapter'],
    [5703, 'Осы тараудың', 'relative:chapter'],
    [5530, 'осы бөлімде', 'relative:section'],
  ])('reads the bare relative reference on line %i (%s) as a reference to the enclosing unit', (line, raw, anchor) => {
    const found = findReferences(joined(CODE, line).text).filter((r) => r.anchor.kind === 'relative');
    expect(found.map((r) => [r.raw, anchorName(r.anchor), r.chains.length])).toEqual([[raw, anchor, 0]]);
  });

  it('takes an act named with a short name in brackets as a plain mention of the Tax Code', () => {
    const found = findReferences(joined(CODE, 2264, 2266).text);
    expect(found.map((r) => [anchorName(r.anchor), r.chains.length])).toEqual([['/akn/kz/act/unknown/салық-кодексі', 0]]);
    expect(found[0]?.raw).toBe(
      '«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» Қазақстан Республикасы Кодексінің (Салық кодексі)',
    );
  });

  it('takes an act named without a provision as a plain mention', () => {
    const found = findReferences(joined(CODE, 6986).text).filter((r) => r.anchor.kind === 'act');
    expect(found.map((r) => [r.raw, anchorName(r.anchor), r.chains.length])).toEqual([
      ['Қазақстан Республикасының Азаматтық процестік кодексінде', CPC, 0],
    ]);
  });

  it('keeps a gloss in brackets out of an act mention', () => {
    const found = findReferences(joined(POLICY_JUDICIAL, 118, 119).text);
    expect(found.map((r) => [r.raw, anchorName(r.anchor)])).toEqual([
      ['Қылмыстық іс жүргізу кодексі', '/akn/kz/act/code/2014-07-04/231-V'],
      ['Әкімшілік құқық бұзушылық туралы кодекс', COAO],
      ['Азаматтық іс жүргізу кодексі', CPC],
    ]);
  });

  it('keeps a range longer than the limit as one target with a problem', () => {
    const [ref] = findReferences('осы Кодекстің 1-75-баптарында');
    const targets = expandChains(ref?.chains ?? []);
    expect(targets.map((t) => describe(t.ref))).toEqual(['article=1-75']);
    expect(targets[0]?.problem).toMatch(/range 1-75/);
  });

  it('expands a range of exactly 20 members, the limit, and keeps one of 21 as one target', () => {
    const [twenty] = findReferences('осы Кодекстің 101-120-баптарында');
    const members = expandChains(twenty?.chains ?? []);
    expect(members.map((t) => describe(t.ref))).toEqual(Array.from({ length: 20 }, (_, i) => `article=${101 + i}`));
    expect(members.map((t) => t.problem)).toEqual(Array.from({ length: 20 }, () => null));
    const [twentyOne] = findReferences('осы Кодекстің 101-121-баптарында');
    expect(expandChains(twentyOne?.chains ?? [])).toEqual([
      { ref: expect.objectContaining({ article: '101-121' }), problem: 'range 101-121 has 21 members, more than 20: kept as one target' },
    ]);
  });
});

suite('non-citations', () => {
  it.each([
    [CODE, 687, 'Осы Кодекстің нормалары (its norms), and a constitutional law in general'],
    [CODE, 1186, 'осы Кодекстің тиісті баптарында (in its relevant articles)'],
    [CODE, 7810, 'Осы Кодекстің мақсаттары үшін (for the purposes of this code)'],
    [CODE, 747, 'Конституциялық Соты (the Constitutional Court)'],
    [CODE, 634, 'Қазақстан Республикасының … заңнамасы (legislation in general)'],
    [POLICY_PROCEDURES, 5, '11 Б. (a page count: 11 беттер)'],
  ])('%s line %i holds no reference: %s', (file, line) => {
    expect(findReferences(joined(file, line).text)).toEqual([]);
  });

  it('reads [1] as a bibliography entry, not as article 1', () => {
    const found = findReferences(joined(ARTICLE, 119).text);
    expect(found.map((r) => r.raw)).toEqual(['13-бап 1-бөлік']);
  });

  it('does not read әмбебап (universal) or қызмет бабы (official position) as an article', () => {
    expect(findReferences('әмбебап тәсіл, қызмет бабын пайдалану')).toEqual([]);
  });
});

suite('word forms as data', () => {
  it('maps the ten ordinal words to 1…10', () => {
    expect(Object.values(ORDINALS)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ordinalValue('Тоғызыншы')).toBe(9);
    expect(ordinalValue('бірнеше')).toBeNull();
  });

  it.each(['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы', 'оныншы'])(
    'reads `осы баптың %s бөлігінде` as the part of that number',
    (word) => {
      const [ref] = findReferences(`осы баптың ${word} бөлігінде`);
      expect(expandChains(ref?.chains ?? []).map((t) => t.ref.part)).toEqual([String(ORDINALS[word])]);
    },
  );

  // Every case form docs/formats.md C20 lists, with the unit it names.
  const FORMS: Array<[string, string, string[]]> = [
    [
      'article',
      'бап',
      ['бабы', 'бабының', 'бабында', 'бабына', 'бабындағы', 'баптарына', 'баптарында', 'баптың', 'бапта', 'бапқа', 'бап', 'баппен'],
    ],
    [
      'part',
      'бөлік',
      ['бөлігі', 'бөлігінің', 'бөлігінде', 'бөлігіне', 'бөлігіндегі', 'бөліктің', 'бөліктерінде', 'бөліктеріндегі', 'бөлік', 'бөлікпен'],
    ],
    [
      'subparagraph',
      'тармақша',
      ['тармақшасын', 'тармақшасына', 'тармақшасында', 'тармақшасының', 'тармақшаларын', 'тармақшаларында', 'тармақша', 'тармақшамен'],
    ],
    ['part', 'тармақ', ['тармағында', 'тармағының', 'тармақтың', 'тармақ', 'тармақпен']],
    [
      'chapter',
      'тарау',
      ['тарауда', 'тараудың', 'тарауына', 'тарауында', 'тарауындағы', 'тарауының', 'тарауларын', 'тарауларының', 'тараумен'],
    ],
    ['section', 'бөлім', ['бөлімінің', 'бөлімде']],
    ['paragraph', 'абзац', ['абзацында', 'абзацының']],
  ];
  it.each(FORMS)('reads every listed form of the %s word %s after a number', (unit, _word, forms) => {
    for (const form of forms) {
      const [ref] = findReferences(`осы Кодекстің 5-${form}`);
      expect(ref?.chains[0]?.[0]?.unit, form).toBe(unit);
    }
  });

  it('tells plural endings from singular ones', () => {
    expect(
      ['баптарында', 'бөліктерінде', 'тарауларының', 'тармақшаларын'].map((w) =>
        isPluralEnding(w.replace(/^(баб|бап|бөлік|тарау|тармақша)/u, '')),
      ),
    ).toEqual([true, true, true, true]);
    expect(isPluralEnding('ының')).toBe(false);
    expect(unitWordOf('бөліг').unit).toBe('part');
  });
});

suite('totality', () => {
  // Fragments of citations and prose, shuffled: the finder must neither throw nor report a phrase that is not in the text.
  const PIECES = [
    'осы Кодекстің',
    ' ',
    '22-бабы',
    'екінші',
    'бөлігінің',
    '8)',
    ' және ',
    ', ',
    ' - ',
    'тармақшасын',
    '«Медиация туралы»',
    'Заңының',
    'ӘҚБтК-нің',
    '787-789-баптарының',
    'осы тармақтың',
    '(',
    ')',
    'Б.',
    'әмбебап',
  ];
  it('finds only phrases that stand in the text, in order, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const found = findReferences(text);
        for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.raw);
        expect(found.map((r) => r.start)).toEqual([...found.map((r) => r.start)].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
