/**
 * The general legal vocabulary of the thesaurus (thesaurus.ts), as data: the Kazakh terms the legislation uses across
 * fields (public administration, courts and procedure, offences and the police, finance, labour and social protection,
 * family, education, military service), each with the loanwords, Russianisms and everyday words analysts write for it,
 * and the Russian term with the Russian words analysts write. Written from the language of the legislation, each entry
 * citing where the corpus uses its term for the notion (cite forms as in thesaurus.ts; a line of a seed text as
 * `<kind> <name>, line N`).
 *
 * Left out on purpose, because their stems meet other words: `айлық` (monthly, the `айлық есептік көрсеткіш` of fines)
 * for salary; `уәкілеттік` (it stems as `уәкілетті`, authorised) for powers; `куәгер` for `куә` (`куәлік`, a certificate,
 * stems as `куә`); `бизнес` (the `бизнес-сәйкестендіру нөмірі` of every legal entity); `персоналдық` (`персонал`, staff);
 * `дәлел` (in the code: an argument) for evidence; Russian `секрет` (a trade secret is another notion than `тайна`);
 * `өтініш` (a request) for `арыз` (an application): the acts' request for information (`сұрау салу`) and motion
 * (`өтінішхат`) are written with it as much, and it drew an application above a request for information.
 */
import type { ThesaurusEntry } from './thesaurus.ts';

const TEXTBOOK = 'textbook internal-affairs-administrative-activity';
const CINEMA = 'law 212-VI on cinematography (../shared/adilet/law-2019-cinema)';
const ANIMALS = 'law 97-VII on animals (../shared/adilet/law-2021-animals)';

/** Public administration: bodies, their powers, their acts and documents */
const ADMINISTRATION: readonly ThesaurusEntry[] = [
  { term: 'құзырет', variants: ['компетенция'], russian: 'компетенция', cites: ['ӘРПК art_20'] }, // competence
  {
    term: 'өкілеттік', // power, authority (of a body or an official)
    variants: [],
    russian: 'полномочие',
    russianVariants: ['правомочие'],
    cites: ['ӘРПК art_20'],
  },
  {
    term: 'лауазымды адам', // official
    variants: ['шенеунік'], // bureaucrat, the everyday word
    russian: 'должностное лицо',
    russianVariants: ['чиновник'],
    cites: ['ӘРПК art_20'], // 20-бап. Әкімшілік орган, лауазымды адам
  },
  {
    term: 'әкімдік', // akimat, the local executive body headed by the akim
    variants: ['акимат'], // the Russian word, as analysts write it in Kazakh
    russian: 'акимат',
    cites: [`${TEXTBOOK}, line 3231`],
  },
  { term: 'бақылау', variants: ['контроль'], russian: 'контроль', cites: ['ӘРПК art_38'] }, // control
  { term: 'қадағалау', variants: ['надзор'], russian: 'надзор', cites: ['ӘРПК art_31'] }, // supervision (the prosecutor's)
  { term: 'тексеру', variants: ['проверка'], russian: 'проверка', cites: ['ӘРПК art_38'] }, // inspection, check
  {
    term: 'хабарлама', // notice, notification
    variants: ['уведомление'],
    russian: 'уведомление',
    russianVariants: ['извещение', 'оповещение'], // notice, announcement
    cites: ['ӘРПК art_113'], // 113-бап. Әкімшілік процестегі хабарлама (хабархат)
  },
  { term: 'құжат', variants: ['документ'], russian: 'документ', cites: ['ӘРПК art_22'] }, // document
  { term: 'хаттама', variants: ['протокол'], russian: 'протокол', cites: ['ӘРПК art_28'] }, // record, minutes
  { term: 'қаулы', variants: ['постановление'], russian: 'постановление', cites: ['ӘРПК art_169'] }, // resolution, ruling
  { term: 'бұйрық', variants: ['приказ'], russian: 'приказ', cites: [`${CINEMA} art_7`] }, // order (of a minister)
  { term: 'рәсім', variants: ['процедура'], russian: 'процедура', cites: ['ӘРПК art_3'] }, // procedure
  { term: 'ақпарат', variants: ['информация'], russian: 'информация', cites: ['ӘРПК art_24'] }, // information
  { term: 'мұрағат', variants: ['архив'], russian: 'архив', cites: [`${TEXTBOOK}, line 3640`] }, // archive
  { term: 'тізілім', variants: ['реестр'], russian: 'реестр', cites: [`${CINEMA} art_1`] }, // register
  { term: 'қор', variants: ['фонд'], russian: 'фонд', cites: [`${CINEMA} art_16`] }, // fund (Мемлекеттік фильмдер қоры)
  {
    term: 'тұжырымдама', // concept (a policy document)
    variants: ['концепция'],
    russian: 'концепция',
    cites: [`${TEXTBOOK}, line 67`],
  },
  { term: 'бағдарлама', variants: ['программа'], russian: 'программа', cites: ['ӘРПК art_49'] }, // programme
  { term: 'әдеп', variants: ['этика'], russian: 'этика', cites: [`${TEXTBOOK}, line 1312`] }, // ethics (of civil servants)
  { term: 'жарнама', variants: ['реклама'], russian: 'реклама', cites: ['ӘРПК art_69'] }, // advertising
  { term: 'көші-қон', variants: ['миграция'], russian: 'миграция', cites: ['ӘРПК art_47'] }, // migration
];

/** Courts and procedure: parties, evidence, enforcement */
const PROCEDURE: readonly ThesaurusEntry[] = [
  {
    term: 'талап қоюшы', // claimant, plaintiff
    variants: ['талапкер'], // claimant, the everyday word
    russian: 'истец',
    cites: ['ӘРПК art_28'], // 28-бап. Талап қоюшы
  },
  {
    term: 'сараптама', // expert examination
    variants: ['экспертиза'],
    russian: 'экспертиза',
    cites: ['ӘРПК art_33'], // 33-бап. Сарапшы
  },
  {
    term: 'аудармашы', // translator, interpreter
    variants: ['тілмаш'], // interpreter, the older word
    russian: 'переводчик',
    russianVariants: ['толмач'],
    cites: ['ӘРПК art_35'],
  },
  {
    term: 'дәлелдеме', // evidence
    variants: [],
    russian: 'доказательство',
    russianVariants: ['улика'], // a piece of evidence, the everyday word
    cites: ['ӘРПК art_16'],
  },
  {
    term: 'сот орындаушысы', // bailiff, enforcement officer
    variants: ['пристав'], // the everyday word, from the former Russian title
    russian: 'судебный исполнитель',
    russianVariants: ['пристав'],
    cites: ['ӘРПК art_143'],
  },
  {
    term: 'жәбірленуші', // victim
    variants: [],
    russian: 'потерпевший',
    russianVariants: ['пострадавший'], // the one who suffered, the everyday word
    cites: [`${TEXTBOOK}, line 9948`],
  },
  { term: 'үкім', variants: ['приговор'], russian: 'приговор', cites: ['ӘРПК art_84'] }, // sentence (criminal judgment)
  {
    term: 'келісімшарт', // contract
    variants: ['контракт'],
    russian: 'контракт',
    cites: ['ӘРПК art_131'],
  },
];

/** Offences, sanctions and the police */
const OFFENCES: readonly ThesaurusEntry[] = [
  {
    term: 'құқық бұзушылық', // offence
    variants: ['құқықбұзушылық'], // written as one word, as analysts often do
    russian: 'правонарушение',
    cites: ['ӘРПК art_3'],
  },
  { term: 'айыппұл', variants: ['штраф'], russian: 'штраф', cites: [`${TEXTBOOK}, line 4481`] }, // fine
  { term: 'қамау', variants: ['арест'], russian: 'арест', cites: [`${TEXTBOOK}, line 3569`] }, // arrest (әкімшілік қамауға алу)
  { term: 'тыйым', variants: ['запрет'], russian: 'запрет', cites: ['ӘРПК art_14'] }, // prohibition (тыйым салу)
  {
    term: 'тәркілеу', // confiscation
    variants: ['конфискация'],
    russian: 'конфискация',
    cites: [`${TEXTBOOK}, line 14580`],
  },
  { term: 'есірткі', variants: ['наркотик'], russian: 'наркотик', cites: [`${TEXTBOOK}, line 1140`] }, // narcotic drug
  {
    term: 'бұзақылық', // hooliganism
    variants: ['хулигандық'],
    russian: 'хулиганство',
    cites: [`${TEXTBOOK}, line 6211`],
  },
  {
    term: 'полиция', // police
    variants: ['милиция'], // the militia, the police's name until 2011, still said
    russian: 'полиция',
    russianVariants: ['милиция'],
    cites: [`${TEXTBOOK}, line 371`],
  },
  {
    term: 'учаскелік', // district (police inspector: учаскелік полиция инспекторы)
    variants: ['участковый'], // the Russian word, as analysts write it in Kazakh
    russian: 'участковый',
    cites: [`${TEXTBOOK}, line 1165`],
  },
  {
    term: 'жүргізуші', // driver
    variants: ['шофер'],
    russian: 'водитель',
    russianVariants: ['шофер'],
    cites: [`${TEXTBOOK}, line 8117`],
  },
  {
    term: 'көлік', // transport, vehicle (көлік құралы)
    variants: ['автокөлік', 'автомобиль'], // motor vehicle, car
    russian: 'транспорт',
    russianVariants: ['автомобиль'],
    cites: [`${ANIMALS} art_12`],
  },
  {
    term: 'медициналық куәландыру', // medical examination (of a driver, for intoxication)
    variants: [],
    russian: 'медицинское освидетельствование',
    russianVariants: ['медосвидетельствование'], // the short form
    cites: [`${TEXTBOOK}, line 9047`],
  },
];

/** Finance: taxes, duties, payments, property */
const FINANCE: readonly ThesaurusEntry[] = [
  { term: 'салық', variants: ['налог'], russian: 'налог', cites: ['ӘРПК art_131'] }, // tax
  { term: 'баж', variants: ['пошлина'], russian: 'пошлина', cites: ['ӘРПК art_131'] }, // duty (мемлекеттік баж, state duty)
  { term: 'жеңілдік', variants: ['льгота'], russian: 'льгота', cites: [`${TEXTBOOK}, line 1736`] }, // benefit, privilege
  { term: 'кепілдік', variants: ['гарантия'], russian: 'гарантия', cites: [`${TEXTBOOK}, line 1440`] }, // guarantee
  { term: 'өтемақы', variants: ['компенсация'], russian: 'компенсация', cites: ['ӘРПК art_22'] }, // compensation
  { term: 'жалдау', variants: ['аренда'], russian: 'аренда', cites: [`${TEXTBOOK}, line 2300`] }, // lease, hire
];

/** Labour, social protection, family, education, military service */
const SOCIAL: readonly ThesaurusEntry[] = [
  {
    term: 'жалақы', // salary, wages
    variants: ['еңбекақы', 'айлықақы', 'зарплата'], // pay for work, monthly pay, the Russian colloquial word
    russian: 'заработная плата',
    russianVariants: ['зарплата', 'оклад'], // the colloquial word; оклад, the base salary
    cites: [`${TEXTBOOK}, line 12726`],
  },
  { term: 'жәрдемақы', variants: ['пособие'], russian: 'пособие', cites: [`${TEXTBOOK}, line 2185`] }, // allowance, benefit
  { term: 'зейнетақы', variants: ['пенсия'], russian: 'пенсия', cites: [`${TEXTBOOK}, line 2185`] }, // pension
  {
    term: 'мүгедектік', // disability
    variants: ['инвалид', 'инвалидтік'],
    russian: 'инвалидность',
    cites: ['ӘРПК art_32'],
  },
  {
    term: 'қызметкер', // employee, officer
    variants: ['жұмысшы'], // worker
    russian: 'работник',
    russianVariants: ['сотрудник'], // the acts' word for an officer of a body (сотрудник органов внутренних дел)
    cites: ['ӘРПК art_42'],
  },
  {
    term: 'әскери қызметші', // serviceman
    variants: ['сарбаз'], // soldier
    russian: 'военнослужащий',
    cites: ['ӘРПК art_103'],
  },
  { term: 'отбасы', variants: ['жанұя'], russian: 'семья', cites: ['ӘРПК art_113'] }, // family; жанұя, the older word
  {
    term: 'кәмелетке толмаған', // minor
    variants: ['жасөспірім'], // teenager
    russian: 'несовершеннолетний',
    russianVariants: ['подросток'],
    cites: ['ӘРПК art_27'],
  },
  {
    term: 'тұрғын үй', // dwelling, housing
    variants: ['баспана'], // home, shelter, the everyday word
    russian: 'жилище',
    russianVariants: ['жилье'],
    cites: [`${TEXTBOOK}, line 1561`],
  },
  {
    term: 'білім алушы', // learner, the acts' word for pupils and students
    variants: ['оқушы', 'студент'],
    russian: 'обучающийся',
    russianVariants: ['учащийся', 'студент'],
    cites: [`${TEXTBOOK}, line 1119`],
  },
];

export const GENERAL_VOCABULARY: readonly ThesaurusEntry[] = [...ADMINISTRATION, ...PROCEDURE, ...OFFENCES, ...FINANCE, ...SOCIAL];
