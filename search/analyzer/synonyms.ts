/**
 * Abbreviations and their expansions, as data. A query naming either form matches texts that
 * use the other: the analyzer expands an abbreviation in a query into the stems of its long form
 * (as an alternative, the abbreviation itself staying a term), and a long form in a query into
 * its abbreviation.
 *
 * Keys are the abbreviations as printed; the long forms are in the nominative, as dictionaries give them.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ҚР: 'Қазақстан Республикасы', // Republic of Kazakhstan
  ӘРПК: 'Әкімшілік рәсімдік-процестік кодекс', // Administrative Procedural-Process Code
  ӘҚБтК: 'Әкімшілік құқық бұзушылық туралы кодекс', // Code of Administrative Offences
  ҚПК: 'Қылмыстық-процестік кодекс', // Criminal Procedure Code
  АПК: 'Азаматтық процестік кодекс', // Civil Procedure Code
  ҚК: 'Қылмыстық кодекс', // Criminal Code
  АК: 'Азаматтық кодекс', // Civil Code
  ІІО: 'Ішкі істер органдары', // internal affairs bodies (police)
  ІІМ: 'Ішкі істер министрлігі', // Ministry of Internal Affairs
  ЖБО: 'Жедел басқару орталығы', // operational control centre
  ТҚД: 'Техникалық қызмет департаменті', // technical service department
  ҰҚК: 'Ұлттық қауіпсіздік комитеті', // National Security Committee
  ХҚКО: 'Халыққа қызмет көрсету орталығы', // public service centre
  БҰҰ: 'Біріккен Ұлттар Ұйымы', // United Nations
  ТМД: 'Тәуелсіз Мемлекеттер Достастығы', // Commonwealth of Independent States
  ЖІӨ: 'Жалпы ішкі өнім', // gross domestic product
  АБЖ: 'Аудио-бейнежазу', // audio and video recording
  ЖСК: 'Жоғары Сот Кеңесі', // Supreme Judicial Council
};

/**
 * Words of one meaning written two ways, as data, in the nominative: every form of the key is
 * indexed and searched as the value's term, so a query in either word finds texts in the other.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  принцип: 'қағидат', // principle: the loanword and the Kazakh term, used alike in legal Kazakh
};
