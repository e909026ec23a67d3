/**
 * The Kazakh stemmer on inflection groups read in the corpus (every form occurs in the seed
 * texts) and on pairs of different words it must keep apart. Conflation accuracy: the share of
 * forms that get their group's majority stem. False-conflation rate: the share of pairs given one stem.
 */
import { describe, expect, it } from 'vitest';
import { stemWord } from '../../search/analyzer/index.ts';
import { corpusWords } from './corpus-words.ts';

/** Forms of one word each, nominative first. */
const GROUPS: string[][] = [
  ['бап', 'бабы', 'бабының', 'баптарында', 'бапта', 'баппен', 'бабында', 'бабына', 'бабындағы', 'баптың'], // article
  ['сот', 'соттың', 'сотқа', 'соттардың', 'сотта', 'соттар', 'сотының', 'соты', 'сотында', 'соттарға', 'соттан'], // court
  ['іс', 'істі', 'ісін', 'істер', 'істің', 'істерді', 'істердің', 'іспен'], // case (matter)
  [
    'шешім',
    'шешімі',
    'шешімдердің',
    'шешімін',
    'шешімнің',
    'шешімді',
    'шешімдер',
    'шешімге',
    'шешіміне',
    'шешімінің',
    'шешімде',
    'шешімімен',
  ], // decision
  ['құқық', 'құқығы', 'құқықтары', 'құқықтарын', 'құқығын', 'құқығынан', 'құқықтар', 'құқықтың', 'құқыққа'], // right
  ['акт', 'актінің', 'актіні', 'актілерін', 'актіге', 'актіде', 'актісіне', 'актісі', 'актілердің', 'актімен'], // act
  ['орган', 'органдардың', 'органның', 'органдар', 'органға', 'органдарға', 'органдарының', 'органы', 'органмен', 'органнан'], // body (authority)
  ['талап', 'талаптар', 'талаптарын', 'талаптарды', 'талаптарға', 'талапты', 'талаптарына', 'талаптарының'], // claim, requirement
  ['тарап', 'тараптардың', 'тараптар', 'тараптарға', 'тарапқа', 'тараптың'], // party
  ['шағым', 'шағымды', 'шағымдарды', 'шағымдар', 'шағымда', 'шағымның', 'шағымына', 'шағымға'], // complaint
  ['тәртіп', 'тәртібі', 'тәртіппен', 'тәртібімен', 'тәртібін', 'тәртібіне', 'тәртіпке'], // procedure, order
  ['мерзім', 'мерзімде', 'мерзімі', 'мерзімді', 'мерзімін', 'мерзімдерде', 'мерзімге', 'мерзімдері'], // time limit
  ['заң', 'заңымен', 'заңға', 'заңда', 'заңмен', 'заңдарында', 'заңының'], // law
  ['дәлелдемелерді', 'дәлелдемелер', 'дәлелдемені', 'дәлелдемелермен', 'дәлелдемелердің', 'дәлелдеменің', 'дәлелдемелерге'], // evidence
  ['мемлекет', 'мемлекеттің', 'мемлекетке', 'мемлекеттен', 'мемлекеттік'], // state
  ['өтінішхат', 'өтінішхаты', 'өтінішхаттары', 'өтінішхатты', 'өтінішхаттарды', 'өтінішхатын', 'өтінішхатпен'], // motion
  ['адам', 'адамның', 'адамдар', 'адамдардың', 'адамға', 'адамдарға'], // person
  ['тұлға', 'тұлғаның', 'тұлғалар', 'тұлғалардың', 'тұлғаға'], // person (legal)
  ['қызмет', 'қызметі', 'қызметін', 'қызметтің', 'қызметке', 'қызметтер'], // service, activity
  ['азамат', 'азаматтың', 'азаматтар', 'азаматтардың', 'азаматтарға', 'азаматтарының'], // citizen
  ['қатысушы', 'қатысушының', 'қатысушылар', 'қатысушыға'], // participant
  ['бөлік', 'бөлігі', 'бөлігінде', 'бөлігіне'], // part
  ['тарау', 'тараудың', 'тарауындағы', 'тарауларын'], // chapter (у after a vowel is a consonant to the endings)
  ['күш', 'күші', 'күшін', 'күшіне', 'күшімен'], // force (күшін жою: revocation)
  ['өтініш', 'өтініші', 'өтінішіне', 'өтініштерді'], // application
  ['куәлік', 'куәлігі', 'куәлігінің', 'куәліктің', 'куәлікті', 'куәліктері'], // certificate
  ['мүдде', 'мүддесі', 'мүдделерін', 'мүдделері', 'мүдделердің'], // interest
];

/** Different words that share letters or look like each other's inflections. */
const APART: Array<[string, string]> = [
  ['сот', 'сөз'], // court / word
  ['бап', 'бас'], // article / head
  ['бөлік', 'бөлім'], // part / section
  ['тармақ', 'тармақша'], // paragraph / subparagraph
  ['әкімдер', 'әкімшілік'], // akims (governors) / administrative
  ['тарап', 'тарау'], // party / chapter
  ['орган', 'орта'], // body / environment
  ['сан', 'сана'], // number / consciousness
  ['жаза', 'жазу'], // punishment / writing
  ['шағым', 'шақыру'], // complaint / summons
  ['мемлекет', 'меншік'], // state / ownership
  ['салық', 'сала'], // tax / sector
  ['халық', 'хабар'], // people / notice
  ['құқық', 'құқылы'], // right / entitled
  ['сот', 'соттылық'], // court / criminal record
  ['куә', 'куәлігі'], // witness / its certificate (прокаттау куәлігі, the cinema law's distribution certificate)
  ['жеке', 'жер'], // private / land
  ['қарау', 'қарар'], // consideration / resolution
  ['дау', 'дауыс'], // dispute / vote
  ['жауап', 'жауапкер'], // answer / defendant
  ['тұлға', 'тұрғын'], // person / resident
  ['іс', 'ішкі'], // case / internal
  ['акт', 'ақша'], // act / money
  ['бас', 'басшы'], // head / head of (chief)
  ['шешім', 'шешу'], // decision / to solve
];

/** Share of forms stemmed like the majority of their group. */
function conflationAccuracy(groups: string[][]): number {
  let right = 0;
  let total = 0;
  for (const group of groups) {
    const stems = group.map(stemWord);
    const counts = new Map<string, number>();
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    right += Math.max(...counts.values());
    total += group.length;
  }
  return right / total;
}

const falseConflationRate = (pairs: Array<[string, string]>): number =>
  pairs.filter(([a, b]) => stemWord(a) === stemWord(b)).length / pairs.length;

describe('Kazakh stemmer', () => {
  it('is tested on at least 15 groups and 15 pairs, every word of them found in the corpus', () => {
    expect(GROUPS.length).toBeGreaterThanOrEqual(15);
    expect(APART.length).toBeGreaterThanOrEqual(15);
    const words = corpusWords();
    const missing = [...GROUPS.flat(), ...APART.flat()].filter((w) => !words.has(w));
    expect(missing).toEqual([]);
  });

  it('gives бап, бабы, бабының, баптарында one stem, and сот, соттың, сотқа, соттардың another', () => {
    expect(new Set(['бап', 'бабы', 'бабының', 'баптарында'].map(stemWord))).toEqual(new Set(['бап']));
    expect(new Set(['сот', 'соттың', 'сотқа', 'соттардың'].map(stemWord))).toEqual(new Set(['сот']));
  });

  it('undoes the п/б, қ/ғ and к/г alternations the endings cause', () => {
    expect(stemWord('тәртібі')).toBe(stemWord('тәртіп'));
    expect(stemWord('құқығынан')).toBe(stemWord('құқық'));
    expect(stemWord('бөлігінде')).toBe(stemWord('бөлік'));
  });

  it('conflates at least 95% of the inflected forms of a word', () => {
    expect(conflationAccuracy(GROUPS)).toBeGreaterThanOrEqual(0.95);
  });

  it('gives different words one stem in at most 10% of the pairs', () => {
    expect(falseConflationRate(APART)).toBeLessThanOrEqual(0.1);
  });

  it('strips no ending against vowel harmony: a back-vowel ending after a front-vowel stem stays', () => {
    // -да (back) cannot follow шешім (front), so шешімда is not a form of шешім
    expect(stemWord('шешімда')).not.toBe(stemWord('шешім'));
  });

  it('leaves numbers and Latin words unchanged', () => {
    expect(stemWord('15-1')).toBe('15-1');
    expect(stemWord('article')).toBe('article');
  });
});
