/**
 * The legal thesaurus, as data: for a Kazakh legal term as the codes use it, the loanwords and other
 * words analysts write for it, and the Russian term of the Russian text. The analyzer expands a
 * variant into the term's stems (the variant staying a term of its own), at index and query time
 * alike, so a query in either word finds texts in the other and `analyze` shows the expansion.
 * The Russian term is a variant of the Kazakh one for the Kazakh analyzer, and the Kazakh term one of
 * the Russian term for the Russian analyzer (russian.ts): a query naming a term in either language
 * finds the texts of the other.
 *
 * Two sources: the hand entries, each citing the provisions that justify it (where the code uses the term for the
 * notion the variant names): those below, and the general legal vocabulary (general-vocabulary.ts); and the bilingual
 * term list mined from the aligned texts
 * (term-list.json: the terms a definitions article defines in both languages, each citing its
 * provision; written by `npm run term-list` from the database exports, app/term-list.ts).
 * Words are in the nominative; the analyzer stems them.
 */
import { type Term, translationsOf } from '../../model/index.ts';
import { GENERAL_VOCABULARY } from './general-vocabulary.ts';
import termList from './term-list.json' with { type: 'json' };

export interface ThesaurusEntry {
  /** The Kazakh legal term */
  term: string;
  /** Loanwords and other words for the same notion, not used for it in the code */
  variants: readonly string[];
  /** The term of the Russian text */
  russian: string;
  /** Words analysts write in Russian for the Russian term, not used for it in the Russian text */
  russianVariants?: readonly string[];
  /** Where the corpus uses the term for the notion: `ӘРПК art_10` (short name and eId), a text and line, or a provision id */
  cites: readonly string[];
}

/** The hand entries */
const HAND_ENTRIES: readonly ThesaurusEntry[] = [
  {
    term: 'мөлшерлестік', // proportionality
    // пропорциялы (proportionate) is the code's own adjective for it, in the same article
    variants: ['пропорционалдылық', 'пропорционалды', 'пропорционалдық', 'пропорциялы'],
    russian: 'соразмерность',
    // 10-бап. Мөлшерлестік: "… жарамды, қажетті және пропорциялы болуға тиіс"
    cites: ['ӘРПК art_10'],
  },
  {
    term: 'сарапшы', // expert (in court: the person giving an expert opinion)
    variants: ['эксперт'],
    russian: 'эксперт',
    cites: ['ӘРПК art_33'],
  },
  {
    // the stage of a court (first, appeal, cassation); written in the form the code uses (апелляциялық
    // сатысы, сатыдағы): the stemmer reads the bare саты as сат + possessive
    term: 'сатысы',
    variants: ['инстанция'],
    russian: 'инстанция',
    cites: ['ӘРПК art_24__para_4'], // "апелляциялық сатыдағы сотта" (line 1835)
  },
  {
    term: 'сыбайлас жемқорлық', // corruption
    variants: ['коррупция'],
    russian: 'коррупция',
    cites: ['textbook internal-affairs-administrative-activity, line 1075'], // "сыбайлас жемқорлыққа қарсы іс-қимыл"
  },
  {
    term: 'медиация', // mediation; делдал is the Kazakh word for a go-between, делдалдық for go-between work
    variants: ['делдал', 'делдалдық'],
    russian: 'медиация',
    cites: ['ӘРПК art_121'], // 121-бап. Сотта медиация жүргізу тәртібі
  },
  {
    term: 'ауыртпалық', // burden (of proof: дәлелдеу ауыртпалығы); жүк is the everyday word for a load or burden
    variants: ['жүк'],
    russian: 'бремя',
    cites: ['ӘРПК art_129__para_2'], // "2. Дәлелдеу ауыртпалығын: …" (line 7677)
  },
  {
    term: 'сенім', // trust; the code protects legitimate expectations as сенім құқығы (the right to trust)
    variants: ['үміт'], // hope, expectation: легитимді үміт is the loan calque of "legitimate expectation"
    russian: 'доверие',
    cites: ['ӘРПК art_13'], // 13-бап. Сенім құқығын қорғау (line 1434)
  },
  {
    term: 'шағым', // complaint; the code appeals by шағым беру (filing a complaint), never by the verb шағымдану
    variants: ['шағымдану'], // to complain, to appeal
    russian: 'жалоба',
    cites: ['ӘРПК art_92'], // 92-бап. Шағым беру мерзімі (line 6259)
  },
  {
    term: 'тіркеу', // registration
    variants: ['регистрация'], // the loan; регистрациялау (to register) meets it by the -ия derivation rule
    russian: 'регистрация',
    cites: ['law 2019 cinema (../shared/adilet/law-2019-cinema) art_1__point_23'], // "23) фильмді тіркеу – …"
  },
  {
    term: 'панажай', // shelter (for animals)
    variants: ['приют'],
    russian: 'приют',
    cites: ['law 97-VII (../shared/adilet/law-2021-animals) art_1__point_8'], // "8) жануарларға арналған панажай – …"
  },
  {
    term: 'ашықтық', // openness (of information: ашықтық презумпциясы, the presumption of openness)
    variants: ['транспаренттілік', 'транспаренттік'], // transparency, the loanword
    russian: 'открытость',
    russianVariants: ['транспарентность', 'прозрачность'],
    // 4-1-бап 1-тармақ: "… ақпарат ашық болып табылады (ашықтық презумпциясы)"
    cites: ['law 401-V on access to information (mirror 03-laws/2015/1116-o-dostupe-k-informatsii-95458) art_4-1__para_1'],
  },
  {
    term: 'интернет-ресурс', // internet resource, the acts' word for a website
    variants: ['сайт', 'веб-сайт'],
    russian: 'интернет-ресурс',
    russianVariants: ['сайт', 'веб-сайт'],
    cites: ['article narbinova-sadykanova-access-to-justice, line 370'], // "Жоғарғы Соттың интернет-ресурсы"
  },
  {
    term: 'оңалту', // rehabilitation
    variants: ['реабилитация'], // the loan; реабилитациялау (to rehabilitate) meets it by the -ия derivation rule
    russian: 'реабилитация',
    // 10-бап 3-тармақ: "… бітімгершілік операциядан қайтып оралғаннан кейін оңалту іс-шараларын …"
    cites: [
      'law 320-V on peacekeeping (mirror 03-laws/2015/0615-o-mirotvorcheskoi-deiatelnosti-respubliki-kazakhstan-90486) art_10__para_3',
    ],
  },
  {
    term: 'ақпарат иеленуші', // holder of information
    variants: [],
    russian: 'обладатель информации',
    russianVariants: ['держатель информации'], // holder, the everyday word for обладатель
    // 1-бап 1) ақпарат – ақпарат иеленушілер жасаған … / информация – … полученные обладателями информации
    cites: ['law 401-V on access to information (mirror 03-laws/2015/1116-o-dostupe-k-informatsii-95458) art_1__point_1'],
  },
];

/** The term list mined from the aligned texts: each Kazakh term with the Russian term of its provision. */
export const TERM_LIST: readonly ThesaurusEntry[] = termList.entries;

/** Every entry: the hand entries first, so where two name one variant the hand entry's term is searched. */
export const THESAURUS: readonly ThesaurusEntry[] = [...HAND_ENTRIES, ...GENERAL_VOCABULARY, ...TERM_LIST];

/**
 * The term list of some works' terms (model Term, ingest/term-pairs.ts): the Kazakh and the Russian term one provision
 * defines make an entry citing that provision; a pair defined by several provisions is one entry citing each. In the
 * order of the Kazakh terms.
 */
export function termListOf(terms: readonly Term[]): ThesaurusEntry[] {
  const entries = new Map<string, { term: string; variants: string[]; russian: string; cites: string[] }>();
  for (const t of terms) {
    const russian = t.language === 'kk' ? translationsOf(t, terms).find((r) => r.language === 'ru')?.term : undefined;
    if (russian === undefined) continue;
    const key = `${t.term}\n${russian}`;
    const entry = entries.get(key) ?? { term: t.term, variants: [], russian, cites: [] };
    entry.cites.push(t.definitionId);
    entries.set(key, entry);
  }
  return [...entries.values()];
}
