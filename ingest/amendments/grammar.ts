/**
 * The wording of amendment notes, as data: the instrument words that name the amending act,
 * the action words, the target words and the parenthesised remarks. A note is a `;`-joined
 * list of clauses `YYYY.DD.MM. № <num> ҚР <instrument> [<target>] [<action>] [(<effective>)] [(бұр.ред.қара)]`.
 */
import type { ActKind, AmendmentAction, ProvisionType } from '../../model/index.ts';
import { ORDINAL_SOURCE, ordinalValue } from '../../text/index.ts';

/** Instrument words in the instrumental case ("by the … of the RK") and the kind of act they name. */
export const INSTRUMENTS: ReadonlyArray<{ word: string; kind: ActKind }> = [
  { word: 'Конституциялық Заңымен', kind: 'constitutionalLaw' }, // by the Constitutional Law
  { word: 'Заңымен', kind: 'law' }, // by the Law
  { word: 'Заңдарымен', kind: 'law' }, // by the Laws (a note naming several)
  { word: 'Жарлығымен', kind: 'decree' }, // by the (President's) Decree
  { word: 'Қаулысымен', kind: 'resolution' }, // by the Resolution
];

const instrumentAlternatives = INSTRUMENTS.map((i) => i.word.replace(/ /g, '\\s+')).join('|');

/**
 * The head of one clause: date, number, `ҚР` (Republic of Kazakhstan) and the instrument.
 * Groups: 1 date as printed, 2 number, 3 instrument.
 */
export const CLAUSE_HEAD = new RegExp(`(\\d{4}\\.\\d{2}\\.\\d{2}\\.?)\\s*№\\s*(\\S+?)\\s+ҚР\\s+(${instrumentAlternatives})`, 'giu');

/**
 * An act as the database export names it in a note: `ҚР 05.11.2022 № 157-VII` (`ҚР` = Republic of Kazakhstan), or in
 * the older notes `Қазақстан Республикасының 2007.01.12. N 222`; then its parenthesised effective clause, if any.
 * Groups: 1 date as printed, 2 number, 3 the clause's inside.
 */
export const EXPORT_ACT =
  /(?:(?:ҚР|Қазақстан\s+Республикасының)\s+)?(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{1,2}\.\d{1,2}\.?)\s*(?:№|N)\s*(\d[^\s,;()]*)(?:\s*\(([^()]*)\))?/gu;

/** `01.01.2023 бастап қолданысқа енгізіледі` = "comes into force from 01.01.2023"; group 1 the date as printed. */
export const EXPORT_EFFECTIVE = /^\s*(\d{1,2}\.\d{1,2}\.\d{4})\s+бастап\s+қолданысқа\s+енгізіледі\s*$/u;

/**
 * The same after the target, in place of an action (`Екінші абзац 01.01.2023 бастап қолданысқа енгізіледі - ҚР … Заңымен`,
 * "the second paragraph comes into force from … by the Law"), or in place of a unit's text: the act put the unit in
 * force; group 1 the date, absent when the note counts from the act's publication (`алғашқы ресми жарияланған
 * күнінен бастап`, "from the day of its first official publication"), a day the note does not give.
 */
export const EXPORT_COMMENCEMENT =
  /(?:(\d{1,2}\.\d{1,2}\.\d{4})\s+бастап|алғашқы\s+ресми\s+жарияланған\s+күнінен[^-–—;()]{0,80}?)\s*қолданысқа\s+енгізіледі/u;

/**
 * A note whose authority is this act's own article (`… бастап қолданысқа енгізіледі - осы Заңының 13-бабымен`, "comes
 * into force from … by article 13 of this Law"; `… дейін қолданылады`, "applies until"): a commencement or validity
 * note, no amendment.
 */
export const SELF_AUTHORITY = /осы\s+(?:Заң|Кодекс)\p{L}*\s+(?:\d+(?:-\d+)*\s*[-–—]\s*ба[бп]\p{L}*|.*?\d+(?:-\d+)*-ба[бп]\p{L}*)/iu;

/** `(бұр.ред.қара)` = "see the previous wording": a publisher's link, no meaning for the event. */
export const SEE_PREVIOUS = /\(\s*бұр\.\s*ред\.\s*қара\s*\)/gu;

/**
 * `(2025 ж. 29 желтоқсаннан бастап қолданысқа енгізілді)` = "put into force from 29 December 2025"
 * (`ж.` = year, `бастап` = from, `қолданысқа енгізілді` = put into force). Groups: year, day, month word.
 */
export const EFFECTIVE = /\(\s*(\d{4})\s*ж\.\s*(\d{1,2})\s+(\p{L}+)\s+бастап\s+қолданысқа\s+енгізілді\s*\)/u;

/**
 * Action words and what they do, in both formats; the PDF text prints them at the end of a clause, the export after
 * the target. An insertion's target stands in the instrumental (`…мен/…пен/…бен`). `толықтыру(лар) енгізілді`
 * ("additions were made") changes a unit that exists, so it is `amended`; `толықтырылды` ("was supplemented with")
 * names the unit that was added.
 */
export const ACTIONS: ReadonlyArray<{ words: RegExp; action: AmendmentAction }> = [
  { words: /өзгертілді/iu, action: 'amended' }, // was amended
  // a change (changes, changes and additions) was made; `өзгерту` in the older notes
  { words: /(?:өзгеріс(?:тер)?|өзгерту(?:лер)?|толықтыру(?:лар)?)(?:\s+мен\s+толықтыру(?:лар)?)?\s+енгізілді/iu, action: 'amended' },
  { words: /жаңа\s+редакцияда/iu, action: 'restated' }, // in a new wording
  { words: /толықтырылды/iu, action: 'inserted' }, // was supplemented (with …)
  { words: /алып\s+тасталды/iu, action: 'repealed' }, // was removed
];

/** The action whose words end `text` (the PDF text's clause tail), with where they start. */
export function actionAtEnd(text: string): { action: AmendmentAction; index: number } | null {
  for (const a of ACTIONS) {
    const m = new RegExp(`\\s*(?:${a.words.source})$`, 'iu').exec(text);
    if (m) return { action: a.action, index: m.index };
  }
  return null;
}

/** Every action phrase of `actions` (a language's words; the Kazakh ones by default) in `text` (the export's notes), in order. */
export function actionsIn(
  text: string,
  actions: ReadonlyArray<{ words: RegExp; action: AmendmentAction }> = ACTIONS,
): Array<{ action: AmendmentAction; index: number; end: number }> {
  const found: Array<{ action: AmendmentAction; index: number; end: number }> = [];
  for (const a of actions) {
    for (const m of text.matchAll(new RegExp(a.words.source, 'giu')))
      found.push({ action: a.action, index: m.index, end: m.index + m[0].length });
  }
  // Where two phrases overlap (`өзгерістер мен толықтырулар енгізілді` holds `толықтырулар енгізілді`), the longest is the one.
  return found
    .sort((x, y) => x.index - y.index || y.end - x.end)
    .filter((f, i, all) => i === 0 || f.index >= (all[i - 1] as { end: number }).end);
}

/** The structural unit a target names, with its number when it has one. */
export interface TargetWords {
  type: ProvisionType | 'tableOfContents';
  num: string | null;
  /** The note names the unit's heading (`тақырыбы`, "its title"), not the unit */
  heading: boolean;
}

const NUM = '(\\d+(?:-\\d+)*)';

/**
 * Unit words by their stem, in any case form (`бап`, `бапқа`, `баптың`, `бабы`, `баппен`; `тармақ`, `тармағы`):
 * `тармақ` (point) names a part as `бөлік` does, in codes and laws alike (one AKN mapping, ids.ts).
 */
const UNIT_STEMS: ReadonlyArray<{ stem: string; type: ProvisionType }> = [
  { stem: 'ба[пб]', type: 'article' }, // бап: article
  { stem: 'тарау', type: 'chapter' }, // тарау: chapter
  { stem: 'бөлім', type: 'section' }, // бөлім: section
  { stem: 'бөлі[кг]', type: 'part' }, // бөлік: part
  { stem: 'тарма[қғ](?!ша)', type: 'part' }, // тармақ: point (a numbered part of a law's article)
];

/** `тақырыбы`, `тақырыбына`: "its title" (any case). */
const TITLE = '(?:\\s+тақырыб\\p{L}*)?';

/**
 * Target wordings of both formats. Each pattern matches the whole target text. A leading `Кодекс`/`Заң` names the
 * act being supplemented (`Кодекс 43-1-баппен толықтырылды`, "the Code was supplemented with article 43-1").
 */
export const TARGETS: ReadonlyArray<{ pattern: RegExp; words: (m: RegExpExecArray) => TargetWords }> = [
  // N) тармақша, тармақшамен, тармақшаға, тармақшасы: subparagraph N
  { pattern: new RegExp(`^${NUM}\\)\\s*тармақша\\p{L}*$`, 'u'), words: (m) => ({ type: 'subparagraph', num: m[1] ?? '', heading: false }) },
  ...UNIT_STEMS.map(({ stem, type }) => ({
    pattern: new RegExp(`^(?:(?:Кодекс|Заң)\\s+)?${NUM}-${stem}\\p{L}*(${TITLE})$`, 'iu'),
    words: (m: RegExpExecArray): TargetWords => ({ type, num: m[1] ?? '', heading: (m[2] ?? '') !== '' }),
  })),
  // Екінші абзац, екінші абзацы: the second unnumbered paragraph (абзац) of the unit the note stands in
  {
    pattern: new RegExp(`^(${ORDINAL_SOURCE})\\s+абзац\\p{L}*$`, 'iu'),
    words: (m) => ({ type: 'paragraph', num: String(ordinalValue(m[1] ?? '')), heading: false }),
  },
  // (Кодекстің) мазмұны: the table of contents, not a provision
  { pattern: /^(?:Кодекстің\s+|Заңның\s+)?мазмұны$/iu, words: () => ({ type: 'tableOfContents', num: null, heading: false }) },
];

export function targetWords(label: string): TargetWords | null {
  for (const { pattern, words } of TARGETS) {
    const m = pattern.exec(label);
    if (m) return words(m);
  }
  return null;
}
