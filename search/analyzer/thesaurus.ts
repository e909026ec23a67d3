/**
 * The legal thesaurus, as data: for a Kazakh legal term as the codes use it, the loanwords and other
 * words analysts write for it, and the Russian term of the Russian text. The analyzer expands a
 * variant into the term's stems (the variant staying a term of its own), at index and query time
 * alike, so a query in either word finds texts in the other and `analyze` shows the expansion.
 *
 * Each entry cites the provisions that justify it: where the code uses the term for the notion the
 * variant names. Words are in the nominative; the analyzer stems them.
 */
export interface ThesaurusEntry {
  /** The Kazakh legal term */
  term: string;
  /** Loanwords and other words for the same notion, not used for it in the code */
  variants: readonly string[];
  /** The term of the Russian text, once it is in (#16); not applied to Kazakh text */
  russian: string;
  /** Where the corpus uses the term for the notion: `ӘРПК art_10` (short name and eId), or a text and line */
  cites: readonly string[];
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  {
    term: 'мөлшерлестік', // proportionality
    variants: ['пропорционалдылық', 'пропорционалды', 'пропорционалдық'],
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
];
