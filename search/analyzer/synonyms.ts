/**
 * Abbreviations and their expansions, as data, one table per language: the Kazakh analyzer reads ABBREVIATIONS
 * (analyze.ts), the Russian one RUSSIAN_ABBREVIATIONS (russian.ts). A query naming either form matches texts that
 * use the other: the analyzer expands an abbreviation, in a text as in a query, into the stems of its long form
 * (the abbreviation itself staying a term), so a query in the long form finds a text that abbreviates it and back.
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
  НҚА: 'нормативтік құқықтық акт', // normative legal act
  БАҚ: 'бұқаралық ақпарат құралдары', // mass media
  ҮЕҰ: 'үкіметтік емес ұйым', // non-governmental organisation
  ЖАО: 'жергілікті атқарушы орган', // local executive body
  ЖК: 'жеке кәсіпкер', // individual entrepreneur
  ЖОО: 'жоғары оқу орны', // higher education institution
  ЖСН: 'жеке сәйкестендіру нөмірі', // individual identification number
  БСН: 'бизнес-сәйкестендіру нөмірі', // business identification number
  ЭЦҚ: 'электрондық цифрлық қолтаңба', // electronic digital signature
  АЕК: 'айлық есептік көрсеткіш', // monthly calculation index, the unit fines and benefits are set in
  ЖКО: 'жол-көлік оқиғасы', // road traffic accident
};

/**
 * The Russian abbreviations, and the short forms of everyday Russian (`госорган` for `государственный орган`): these
 * inflect (`госорганы`, `вузов`), so the Russian analyzer looks them up by their stem.
 */
export const RUSSIAN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  РК: 'Республика Казахстан', // Republic of Kazakhstan
  АППК: 'Административный процедурно-процессуальный кодекс', // Administrative Procedural-Process Code
  КоАП: 'Кодекс об административных правонарушениях', // Code of Administrative Offences
  УПК: 'Уголовно-процессуальный кодекс', // Criminal Procedure Code
  ГПК: 'Гражданский процессуальный кодекс', // Civil Procedure Code
  УК: 'Уголовный кодекс', // Criminal Code
  ГК: 'Гражданский кодекс', // Civil Code
  НПА: 'нормативный правовой акт', // normative legal act
  СМИ: 'средства массовой информации', // mass media
  НПО: 'неправительственная организация', // non-governmental organisation
  МИО: 'местный исполнительный орган', // local executive body
  ИП: 'индивидуальный предприниматель', // individual entrepreneur
  ЮЛ: 'юридическое лицо', // legal entity
  ИИН: 'индивидуальный идентификационный номер', // individual identification number
  БИН: 'бизнес-идентификационный номер', // business identification number
  ЦОН: 'центр обслуживания населения', // public service centre
  ЭЦП: 'электронная цифровая подпись', // electronic digital signature
  МРП: 'месячный расчетный показатель', // monthly calculation index
  ДТП: 'дорожно-транспортное происшествие', // road traffic accident
  ОВД: 'органы внутренних дел', // internal affairs bodies (police)
  МВД: 'Министерство внутренних дел', // Ministry of Internal Affairs
  КНБ: 'Комитет национальной безопасности', // National Security Committee
  ООН: 'Организация Объединенных Наций', // United Nations
  СНГ: 'Содружество Независимых Государств', // Commonwealth of Independent States
  ВВП: 'валовой внутренний продукт', // gross domestic product
  вуз: 'высшее учебное заведение', // higher education institution
  госорган: 'государственный орган', // state body
  госслужащий: 'государственный служащий', // civil servant
  госслужба: 'государственная служба', // civil service
  госуслуга: 'государственная услуга', // public service (a service the state renders)
  госпошлина: 'государственная пошлина', // state duty
  минюст: 'Министерство юстиции', // Ministry of Justice
};

/**
 * Words of one meaning written two ways, as data, in the nominative: every form of the key is
 * indexed and searched as the value's term, so a query in either word finds texts in the other.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  принцип: 'қағидат', // principle: the loanword and the Kazakh term, used alike in legal Kazakh
};
