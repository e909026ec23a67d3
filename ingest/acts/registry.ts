/**
 * The acts the corpus names, as data: id (an AKN work URI when date and number are known, else a
 * stable slug), kind, official title and the name forms that cite them. Names are regex sources that
 * match the inflected word (`кодексінің` = of the code, `Конституциясының` = of the Constitution).
 * Extend by adding entries; the finder builds its patterns from this table.
 */
import { type ActKind, unknownActUri } from '../../model/index.ts';

export interface ActEntry {
  id: string;
  kind: ActKind;
  title: string;
  number: string | null;
  date: string | null;
  /** Names as printed, inflected: regex sources matched case-insensitively at a word start */
  names: readonly string[];
  /** Titles written in «…» before `Заңы`/`Кодексі`, for acts cited by their official title */
  quotedTitles: readonly string[];
}

/**
 * Words that name an act only through the text around them: plain `кодекс` (the code), `Конвенция`,
 * `тұжырымдама` (concept). In a text that is not itself an act (a policy paper, an article, a textbook)
 * such a word means the act of that kind the text named last (ingest/citations/context.ts); after a
 * qualifier in `notAfter` it names something else (`ар-намыс кодексі`, code of honour).
 */
export interface GenericName {
  kind: ActKind;
  /** Regex sources of the word, any case ending */
  names: readonly string[];
  /** Words before it that make it another thing */
  notAfter: readonly string[];
}

export const GENERIC_NAMES: readonly GenericName[] = [
  // code; `жаңа` (new) and `соңғы` (the latter) stay part of the phrase
  { kind: 'code', names: ['(?:(?:жаңа|соңғы)\\s+)?кодекс\\p{L}*'], notAfter: ['ар-намыс', 'этика', 'әдеп'] }, // honour, ethics
  { kind: 'treaty', names: ['конвенция\\p{L}*'], notAfter: [] }, // convention
  { kind: 'concept', names: ['тұжырымдама\\p{L}*'], notAfter: ['асыру'] }, // concept; `іске асыру тұжырымдамасы` is an implementation plan
];

/** Any case ending glued to an abbreviation with a hyphen: `ӘҚБтК-нің` (of the ӘҚБтК), `-тің`. */
const ABBR_ENDING = '(?:-\\p{L}+)?(?![\\p{L}])';
/** Any case ending of `кодекс` (code): `кодексі`, `кодексінің`, `Кодексте`. */
const CODE_WORD = 'кодекс\\p{L}*';

export const ACTS: readonly ActEntry[] = [
  {
    id: '/akn/kz/act/code/2020-06-29/350-VI',
    kind: 'code',
    title: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі', // Administrative Procedural-Process Code
    number: '350-VI',
    date: '2020-06-29',
    names: [
      `Әкімшілік рәсімдік-процестік ${CODE_WORD}`,
      // Earlier names in the policy papers (000:137, 000:376, 001:121): administrative procedures and court proceedings code; administrative proceedings code
      `Әкімшілік процедуралар және сот ісін жүргізу ${CODE_WORD}`,
      `Әкімшілік іс жүргізу ${CODE_WORD}`,
      `ӘРПК${ABBR_ENDING}`,
    ],
    quotedTitles: [],
  },
  {
    id: '/akn/kz/act/constitution/1995-08-30/constitution',
    kind: 'constitution',
    title: 'Қазақстан Республикасының Конституциясы', // Constitution
    number: null,
    date: '1995-08-30',
    // `Конституциялық` (constitutional: the Court, a constitutional law) is not the Constitution.
    names: ['Конституция(?!лық)\\p{L}*'],
    quotedTitles: [],
  },
  {
    id: '/akn/kz/act/code/2015-10-31/377-V',
    kind: 'code',
    title: 'Қазақстан Республикасының Азаматтық процестік кодексі', // Civil Procedure Code
    number: '377-V',
    date: '2015-10-31',
    // `Азаматтық іс жүргізу кодексі` (civil proceedings code) is its older name; АПК its abbreviation.
    names: [`Азаматтық процестік ${CODE_WORD}`, `Азаматтық іс жүргізу ${CODE_WORD}`, `АПК${ABBR_ENDING}`],
    quotedTitles: [],
  },
  {
    // The Civil Procedure Code of 1999, replaced by the 2015 one; told apart only by the year printed before the name (000:58-59).
    id: '/akn/kz/act/code/1999-07-13/411-I',
    kind: 'code',
    title: 'Қазақстан Республикасының Азаматтық іс жүргізу кодексі (1999)', // Civil Procedure Code of 1999
    number: '411-I',
    date: '1999-07-13',
    names: [`1999 жылғы Азаматтық іс жүргізу ${CODE_WORD}`],
    quotedTitles: [],
  },
  {
    id: '/akn/kz/act/code/2014-07-05/235-V',
    kind: 'code',
    title: 'Әкімшілік құқық бұзушылық туралы Қазақстан Республикасының Кодексі', // Code of Administrative Offences
    number: '235-V',
    date: '2014-07-05',
    names: [
      `Әкімшілік құқық бұзушылық(?:тар)? туралы ${CODE_WORD}`, // on administrative offence(s)
      `Әкімшілік құқық бұзушылық ${CODE_WORD}`,
      `ӘҚБ туралы ${CODE_WORD}`,
      `ӘҚБтК${ABBR_ENDING}`,
    ],
    quotedTitles: ['Әкімшілік құқық бұзушылық туралы'],
  },
  {
    id: '/akn/kz/act/code/2014-07-04/231-V',
    kind: 'code',
    title: 'Қазақстан Республикасының Қылмыстық-процестік кодексі', // Criminal Procedure Code
    number: '231-V',
    date: '2014-07-04',
    names: [`Қылмыстық[- ]процестік ${CODE_WORD}`, `Қылмыстық іс жүргізу ${CODE_WORD}`, `ҚПК${ABBR_ENDING}`],
    quotedTitles: [],
  },
  {
    id: '/akn/kz/act/code/2014-07-03/226-V',
    kind: 'code',
    title: 'Қазақстан Республикасының Қылмыстық кодексі', // Criminal Code
    number: '226-V',
    date: '2014-07-03',
    names: [`Қылмыстық ${CODE_WORD}`, `ҚК${ABBR_ENDING}`],
    quotedTitles: [],
  },
  {
    // Date and number left open: the 2017 and the 2025 Tax Codes share this title, and the text does not say which.
    id: unknownActUri('Салық кодексі'),
    kind: 'code',
    title: '«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» Қазақстан Республикасының Кодексі (Салық кодексі)', // Tax Code
    number: null,
    date: null,
    names: [`Салық ${CODE_WORD}`],
    quotedTitles: ['Салық және бюджетке төленетін басқа да міндетті төлемдер туралы'], // on taxes and other obligatory payments to the budget
  },
  {
    id: unknownActUri('Цифрлық кодекс'),
    kind: 'code',
    title: 'Қазақстан Республикасының Цифрлық кодексі', // Digital Code
    number: null,
    date: null,
    names: [`Цифрлық ${CODE_WORD}`],
    quotedTitles: [],
  },
  {
    id: '/akn/kz/act/law/2011-01-06/380-IV',
    kind: 'law',
    title: '«Құқық қорғау қызметі туралы» Қазақстан Республикасының Заңы', // Law on law-enforcement service
    number: '380-IV',
    date: '2011-01-06',
    names: [],
    quotedTitles: ['Құқық қорғау қызметі туралы'],
  },
  {
    id: '/akn/kz/act/law/2000-11-27/107-II',
    kind: 'law',
    title: '«Әкімшілік рәсімдер туралы» Қазақстан Республикасының Заңы', // Law on administrative procedures (repealed by the code)
    number: '107-II',
    date: '2000-11-27',
    names: [],
    quotedTitles: ['Әкімшілік рәсімдер туралы'],
  },
  {
    id: '/akn/kz/act/law/2013-04-15/88-V',
    kind: 'law',
    title: '«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының Заңы', // Law on public services
    number: '88-V',
    date: '2013-04-15',
    names: [],
    // 000:79 calls it «Мемлекеттік қызметтер туралы» (on public services) and dates it 2013
    quotedTitles: ['Мемлекеттік көрсетілетін қызметтер туралы', 'Мемлекеттік қызметтер туралы'],
  },
  {
    id: '/akn/kz/act/law/2016-04-06/480-V',
    kind: 'law',
    title: '«Құқықтық актілер туралы» Қазақстан Республикасының Заңы', // Law on legal acts
    number: '480-V',
    date: '2016-04-06',
    names: [],
    quotedTitles: ['Құқықтық актілер туралы'],
  },
  {
    id: '/akn/kz/act/law/2007-01-12/221-III',
    kind: 'law',
    title: '«Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының Заңы', // on applications (repealed by the code)
    number: '221-III',
    date: '2007-01-12',
    names: [],
    quotedTitles: ['Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы'],
  },
  {
    id: '/akn/kz/act/concept/2009-08-24/858',
    kind: 'concept',
    title: 'Қазақстан Республикасының 2010–2020 жылдарға арналған құқықтық саясат тұжырымдамасы', // Legal Policy Concept 2010–2020
    number: '858',
    date: '2009-08-24',
    names: ['2010[–-]2020 жылдарға арналған (?:құқықтық саясат )?тұжырымдама\\p{L}*'],
    quotedTitles: [],
  },
  {
    // The draft the policy papers answer; a draft has no date of adoption or number.
    id: '/akn/kz/act/concept/2021/legal-policy-2030-draft',
    kind: 'concept',
    title: 'Қазақстан Республикасының 2030 жылға дейінгі құқықтық саясат тұжырымдамасының жобасы', // draft Legal Policy Concept to 2030
    number: null,
    date: null,
    // `…тұжырымдамасының жобасы` (draft of the concept), with `2030 жылға дейінгі` (to 2030), `2021–2030 жылдарға арналған`, `жаңа` (new), `ресми` (official)
    names: [
      '(?:(?:жаңа|2030 жылға дейінгі)\\s+)?(?:құқықтық\\s+саясат(?:тың)?\\s+)?(?:2021[–-]2030\\s+жылдарға\\s+арналған\\s+)?тұжырымдама(?:сының|ның)?\\s+(?:ресми\\s+)?жобас\\p{L}*',
    ],
    quotedTitles: [],
  },
  {
    id: '/akn/kz/act/law/2011-01-28/401-IV',
    kind: 'law',
    title: '«Медиация туралы» Қазақстан Республикасының Заңы', // Law on mediation
    number: '401-IV',
    date: '2011-01-28',
    names: [],
    quotedTitles: ['Медиация туралы'],
  },
  {
    id: '/akn/kz/act/law/2016-04-08/488-V',
    kind: 'law',
    title: '«Төрелік туралы» Қазақстан Республикасының Заңы', // Law on arbitration
    number: '488-V',
    date: '2016-04-08',
    names: [],
    quotedTitles: ['Төрелік туралы'],
  },
  {
    id: '/akn/kz/act/constitutionalLaw/2015-12-07/438-V',
    kind: 'constitutionalLaw',
    title: '«Астана» халықаралық қаржы орталығы туралы» Қазақстан Республикасының Конституциялық заңы', // AIFC constitutional law
    number: '438-V',
    date: '2015-12-07',
    // 001:257 names it only as `2015 жылғы конституциялық заң` (the constitutional law of 2015)
    names: ['2015 жылғы конституциялық заң\\p{L}*'],
    quotedTitles: ['«Астана» халықаралық қаржы орталығы туралы'],
  },
  {
    id: unknownActUri('Бас бостандығынан айыру орындарынан босатылған адамдарды әкімшілік қадағалау туралы'),
    kind: 'law',
    title: '«Бас бостандығынан айыру орындарынан босатылған адамдарды әкімшілік қадағалау туралы» Қазақстан Республикасының Заңы', // on administrative supervision of released prisoners
    number: null,
    date: null,
    names: [],
    quotedTitles: ['Бас бостандығынан айыру орындарынан босатылған адамдарды әкімшілік қадағалау туралы'],
  },
  // Two laws share the title «Ақпараттандыру туралы» (on informatization): the year printed next to it tells them apart.
  {
    id: '/akn/kz/act/law/2007-01-11/217-III',
    kind: 'law',
    title: '«Ақпараттандыру туралы» Қазақстан Республикасының Заңы (2007)',
    number: '217-III',
    date: '2007-01-11',
    names: [],
    quotedTitles: ['Ақпараттандыру туралы'],
  },
  {
    id: '/akn/kz/act/law/2015-11-24/418-V',
    kind: 'law',
    title: '«Ақпараттандыру туралы» Қазақстан Республикасының Заңы (2015)',
    number: '418-V',
    date: '2015-11-24',
    names: [],
    quotedTitles: ['Ақпараттандыру туралы'],
  },
  {
    id: '/akn/kz/act/law/2015-11-23/416-V',
    kind: 'law',
    title: '«Мемлекеттік қызмет туралы» Қазақстан Республикасының Заңы', // Law on state service (004:1919 prints № 216, the bibliography № 416)
    number: '416-V',
    date: '2015-11-23',
    names: [],
    quotedTitles: ['Мемлекеттік қызмет туралы'],
  },
  {
    id: '/akn/int/act/treaty/1980-10-25/hcch-access-to-justice',
    kind: 'treaty',
    title: 'Сот төрелігіне халықаралық қол жетімділік туралы конвенция (Гаага, 1980)', // Hague Convention on International Access to Justice
    number: null,
    date: '1980-10-25',
    names: ['Сот төрелігіне халықаралық қол жетімділік туралы конвенция\\p{L}*'],
    quotedTitles: [],
  },
  {
    id: '/akn/kz/act/resolution/2003-12-01/12',
    kind: 'resolution',
    title: 'Қазақстан Республикасы Конституциялық Кеңесінің 2003 жылғы 1 желтоқсандағы № 12 қаулысы', // Constitutional Council resolution No. 12
    number: '12',
    date: '2003-12-01',
    names: ['Конституциялық Кеңестің 2003 жылғы\\s+1 желтоқсанындағы № 12 қаулыс\\p{L}*'],
    quotedTitles: [],
  },
];
