/**
 * The wording of the Russian text's amendment notes in the database export (docs/formats-adilet.md), as data:
 * `Сноска. Статья 5 с изменениями, внесенными Законом РК от 02.01.2021 № 399-VI (вводится в действие с 01.01.2023).`
 * (`Сноска` = "Footnote", `РК` = Republic of Kazakhstan, `вводится в действие с` = "comes into force from").
 * The target comes first (`Статья 5`, `Заголовок главы 2`, `Оглавление`) or after an insertion's action (`Кодекс
 * дополнен статьей 43-1 в соответствии с Законом РК от …`); later acts of one note are `; от DD.MM.YYYY № N (…)`.
 */
import { RUSSIAN_ORDINAL_SOURCE, RUSSIAN_UNIT_SOURCE, russianOrdinalValue, russianUnitOf } from '../russian-units.ts';
import type { ExportNoteGrammar } from './export-clauses.ts';

/** `от 05.11.2022 № 157-VII (вводится в действие с 01.01.2023)`: groups 1 date as printed, 2 number, 3 the clause's inside. */
const ACT = /(?<![\p{L}])от\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*(?:№|N)\s*(\d[^\s,;()]*)(?:\s*\(([^()]*)\))?/gu;

/** A unit the note names: `Статья 5`, `статьей 43-1`, `Подпункт 1)`, `пункта 2`, `части пятой`; `Заголовок` (title) before it. */
const TARGET = new RegExp(
  `(?<title>Заголов\\p{L}*\\s+)?${RUSSIAN_UNIT_SOURCE}\\s+(?:(?<num>\\d+(?:-\\d+)*)(?<paren>\\))?|(?<ruOrdinal>${RUSSIAN_ORDINAL_SOURCE}))`,
  'iu',
);
/** `Оглавление` (the table of contents), a provision of no act. */
const CONTENTS = /^\s*Оглавлени\p{L}*/iu;

export const RUSSIAN_NOTES: ExportNoteGrammar = {
  noteWord: /^\s*Сноска\s*\.\s*/iu,
  act: ACT,
  actions: [
    // with (a) change(s) (and additions) made; a change was made (`В статью 5 внесено изменение`); with additions made
    { words: /с\s+(?:изменени|дополнени)\p{L}*(?:\s+и\s+дополнени\p{L}*)?|внесен\p{L}*\s+изменени\p{L}*/iu, action: 'amended' },
    { words: /в\s+редакции/iu, action: 'restated' }, // in the wording of
    { words: /дополнен\p{L}*(?=\s+(?:стать|глав|част|пункт|подпункт|раздел|абзац))/iu, action: 'inserted' }, // was supplemented with
    { words: /исключен\p{L}*/iu, action: 'repealed' }, // was removed
  ],
  effective: /^\s*вводится\s+в\s+действие\s+с\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*$/u,
  // from a date, or after a time counted from the act's publication (`по истечении шести месяцев после дня его первого
  // официального опубликования`, "six months after the day of its first official publication"): no date given
  commencement: /вводится\s+в\s+действие\s+(?:с\s+(\d{1,2}\.\d{1,2}\.\d{4})|по\s+истечении\s[^;()]*?опубликования)/iu,
  instruments: [
    { word: 'Конституционным Законом', kind: 'constitutionalLaw' }, // by the Constitutional Law
    { word: 'Законом', kind: 'law' }, // by the Law
    { word: 'Законами', kind: 'law' }, // by the Laws
    { word: 'Закона', kind: 'law' }, // of the Law (`в редакции Закона`)
    { word: 'Указом', kind: 'decree' }, // by the Decree
    { word: 'Постановлением', kind: 'resolution' }, // by the Resolution
  ],
  instrumentAfterActs: false,
  target(head) {
    if (CONTENTS.test(head)) return { label: 'Оглавление', words: { type: 'tableOfContents', num: null, heading: false } };
    const m = TARGET.exec(head);
    const g = m?.groups;
    if (!m || !g) return { label: null, words: null };
    const unit = russianUnitOf(g['ruStem'] ?? '');
    // `Подпункт 1)` is a subparagraph even where its word is missing; a number with `)` is never a part.
    const type = g['paren'] ? 'subparagraph' : unit;
    const num = g['num'] ?? String(russianOrdinalValue(g['ruOrdinal'] ?? ''));
    return { label: m[0].trim(), words: { type, num, heading: g['title'] !== undefined } };
  },
  // `в соответствии со статьей 13 настоящего Закона` ("under article 13 of this Law"), `… настоящего Кодекса`
  selfAuthority: /настоящего\s+(?:Закона|Кодекса)/iu,
};
