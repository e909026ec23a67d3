/**
 * The words of a database export, per language of its text (docs/formats-adilet.md): the export prints the Kazakh
 * (`kaz.md`) and the Russian (`rus.md`) text of an act line for line in the same layout, anchors and numbers, and only
 * the words that mark a unit, a note, a repeal, the contents and the signature differ. One segmenter reads both
 * through this table.
 */

/** Languages an export's text comes in, as Document.language: `kk` (kaz.md) and `ru` (rus.md). */
export type ExportLanguage = 'kk' | 'ru';

export interface ExportWords {
  language: ExportLanguage;
  /** Section, chapter and article headings; groups: 1 the number, 2 the title */
  headings: ReadonlyArray<{ kind: 'section' | 'chapter' | 'article'; re: RegExp }>;
  /** A repealed unit's text begins so */
  repealed: RegExp;
  /** A pending unit's text is so: the note that it comes into force later, printed in place of its text */
  pending: RegExp;
  /** An amendment (or commencement) note begins so */
  note: RegExp;
  /** A publisher's or court's note begins so */
  editorial: RegExp;
  /** The last line of an editorial "see" note */
  see: RegExp;
  /**
   * A publisher's note that a change to a unit is to come, printed after its editorial marker and not in italics; it
   * may open with the unit's number (`2\) тармақшаға өзгерту енгізу көзделген …`), which is no unit
   */
  changeEnvisaged: RegExp;
  /** The heading of the table of contents, alone on its line */
  toc: RegExp;
  /** The signature block's first line */
  signature: RegExp;
  /** A note that repeals the whole unit it follows */
  repealNote: RegExp;
}

const NUM = String.raw`\d+(?:-\d+)*`;
const ARTICLE_DASH = String.raw`(?:\.\s*[-–—]?|(?=\s|$))`;

const KAZAKH: ExportWords = {
  language: 'kk',
  headings: [
    { kind: 'section', re: new RegExp(String.raw`^(${NUM})-бөлім(?:\.|(?=\s|$))\s*(.*)$`, 'iu') }, // бөлім: section
    { kind: 'chapter', re: new RegExp(String.raw`^(${NUM})-тарау(?:\.|(?=\s|$))\s*(.*)$`, 'iu') }, // тарау: chapter
    // бап: article; `N-бап.-Title` (a hyphen after the dot) is printed once; `102-бапта` (in article 102) is no heading
    { kind: 'article', re: new RegExp(String.raw`^(${NUM})-бап${ARTICLE_DASH}\s*(.*)$`, 'u') },
  ],
  repealed: /^алып\s+тасталды/iu, // "was removed"
  // `01.01.2027 бастап қолданысқа енгізіледі - ҚР … Заңымен` ("comes into force from 01.01.2027 - by the Law of the RK …"),
  // `алғашқы ресми жарияланған күнінен бастап …` ("from the day of its first official publication")
  pending:
    /^(?:\d{1,2}\.\d{1,2}\.\d{4}\s+бастап|алғашқы\s+ресми\s+жарияланған\s+күнінен[^-–—;]{0,80}?)\s*қолданысқа\s+енгізіледі\s*[-–—]\s*(?:ҚР|Қазақстан\s+Республикасының)\s/iu,
  note: /^Ескерту\s*\./u, // "Note."
  // `Ескертпе!` ("Attention!"), `РҚАО-ның ескертуі!` / `ескертпесі!` (the publisher's note), `<*>` (a footnote marker)
  editorial: /^(?:Ескертпе\s*!|РҚАО-ның\s+ескерт(?:уі|песі)\s*!|<\*>)/u,
  see: /қараңыз\.?$/u, // "see"
  // `2) тармақшаға өзгерту енгізу көзделген - ҚР 2011.07.15 N 461-IV (…) Заңымен.` ("a change to subparagraph 2 is
  // envisaged by the Law …", the justice bodies law 304 of 2012-01-18, kaz.md line 481)
  changeEnvisaged: /(?:өзгерту|өзгеріс|толықтыру|толықтырулар)\s+енгізу\s+көзделген/u,
  toc: /^мазмұны$/iu, // "Contents"
  signature: /^Қазақстан\s+Республикасының\s+Президенті$/u, // "President of the Republic of Kazakhstan"
  // `Ескерту. 16-бап алып тасталды …` ("Note. Article 16 was removed …")
  repealNote: new RegExp(String.raw`^Ескерту\.\s*(?:${NUM}(?:-бап|-тармақ|-бөлік|\)\s*тармақша)\p{L}*)\s+алып\s+тасталды`, 'iu'),
};

const RUSSIAN: ExportWords = {
  language: 'ru',
  headings: [
    { kind: 'section', re: new RegExp(String.raw`^Раздел\s+(${NUM})(?:\.|(?=\s|$))\s*(.*)$`, 'iu') }, // section
    { kind: 'chapter', re: new RegExp(String.raw`^Глава\s+(${NUM})(?:\.|(?=\s|$))\s*(.*)$`, 'iu') }, // chapter
    // article; capitalised only, and the number followed by its dot: `статья 5 настоящего Закона` in a sentence is no heading
    { kind: 'article', re: new RegExp(String.raw`^(?:Статья|СТАТЬЯ)\s+(${NUM})(?:\.\s*[-–—]?|$)\s*(.*)$`, 'u') },
  ],
  repealed: /^исключ\p{L}*/iu, // `исключен(а, о, ы)`: "was removed"
  // `Вводится в действие с 01.01.2027 в соответствии с Законом РК от …` ("comes into force from … under the Law of the RK")
  pending: /^вводится\s+в\s+действие\s[^;]{0,200}?(?:Законом|Законами|Конституционным\s+Законом)\s+РК\s+от\s/iu,
  note: /^Сноска\s*\./u, // "Footnote." (the amendment note)
  // `Примечание!` ("Note!", the court's), `Примечание РЦПИ!` (the publisher's), `<*>` (a footnote marker)
  editorial: /^(?:Примечание(?:\s+РЦПИ)?\s*!|<\*>)/u,
  see: /^См\.\s/u, // "See"
  // `В подпункт 2) предусмотрено изменение Законом РК от 15.07.2011 № 461-IV (…).` ("a change to subparagraph 2 is
  // envisaged by the Law …", the same law's rus.md line 491)
  changeEnvisaged: /предусмотрен[оаы]?\s+(?:изменени|дополнени)/u,
  toc: /^(?:оглавление|содержание)$/iu, // "Contents"
  signature: /^Президент\s+Республики\s+Казахстан$/u, // "President of the Republic of Kazakhstan"
  // `Сноска. Статья 16 исключена …` ("Footnote. Article 16 was removed …")
  repealNote: new RegExp(String.raw`^Сноска\.\s*(?:Статья|Часть|Пункт|Подпункт)\s+${NUM}\)?\s+исключ`, 'iu'),
};

const WORDS: Readonly<Record<ExportLanguage, ExportWords>> = { kk: KAZAKH, ru: RUSSIAN };

/** The words of an export in `language` (a Document's language); Kazakh, the exports' first language, when it is neither. */
export function exportWords(language: string): ExportWords {
  return language === 'ru' ? WORDS.ru : WORDS.kk;
}
