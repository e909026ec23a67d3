/**
 * The wording of amendment notes, as data: the instrument words that name the amending act,
 * the action words, the target words and the parenthesised remarks. A note is a `;`-joined
 * list of clauses `YYYY.DD.MM. № <num> ҚР <instrument> [<target>] [<action>] [(<effective>)] [(бұр.ред.қара)]`.
 */
import type { ActKind, AmendmentAction, ProvisionType } from '../../model/index.ts';

/** Instrument words in the instrumental case ("by the … of the RK") and the kind of act they name. */
export const INSTRUMENTS: ReadonlyArray<{ word: string; kind: ActKind }> = [
  { word: 'Конституциялық Заңымен', kind: 'constitutionalLaw' }, // by the Constitutional Law
  { word: 'Заңымен', kind: 'law' }, // by the Law
  { word: 'Жарлығымен', kind: 'decree' }, // by the (President's) Decree
  { word: 'Қаулысымен', kind: 'resolution' }, // by the Resolution
];

const instrumentAlternatives = INSTRUMENTS.map((i) => i.word.replace(/ /g, '\\s+')).join('|');

/**
 * The head of one clause: date, number, `ҚР` (Republic of Kazakhstan) and the instrument.
 * Groups: 1 date as printed, 2 number, 3 instrument.
 */
export const CLAUSE_HEAD = new RegExp(
  `(\\d{4}\\.\\d{2}\\.\\d{2}\\.?)\\s*№\\s*(\\S+?)\\s+ҚР\\s+(${instrumentAlternatives})`,
  'giu',
);

/** `(бұр.ред.қара)` = "see the previous wording": a publisher's link, no meaning for the event. */
export const SEE_PREVIOUS = /\(\s*бұр\.\s*ред\.\s*қара\s*\)/gu;

/**
 * `(2025 ж. 29 желтоқсаннан бастап қолданысқа енгізілді)` = "put into force from 29 December 2025"
 * (`ж.` = year, `бастап` = from, `қолданысқа енгізілді` = put into force). Groups: year, day, month word.
 */
export const EFFECTIVE = /\(\s*(\d{4})\s*ж\.\s*(\d{1,2})\s+(\p{L}+)\s+бастап\s+қолданысқа\s+енгізілді\s*\)/u;

/** Action words and what they do; the insertion's target stands in the instrumental (`…мен/…пен/…бен`). */
export const ACTIONS: ReadonlyArray<{ pattern: RegExp; action: AmendmentAction }> = [
  { pattern: /\s*өзгертілді$/u, action: 'amended' }, // was amended
  { pattern: /\s*жаңа\s+редакцияда$/u, action: 'restated' }, // in a new wording
  { pattern: /\s*толықтырылды$/u, action: 'inserted' }, // was supplemented (with …)
  { pattern: /\s*алып\s+тасталды$/u, action: 'repealed' }, // was removed
];

/** The structural unit a target names, with its number when it has one. */
export interface TargetWords {
  type: ProvisionType | 'tableOfContents';
  num: string | null;
  /** The note names the unit's heading (`тақырыбы`, "its title"), not the unit */
  heading: boolean;
}

const NUM = '(\\d+(?:-\\d+)*)';

/**
 * Target wordings, nominative or instrumental (for insertions). `тармақ` names a part
 * in this code, as `бөлік` does. Each pattern matches the whole target text.
 */
export const TARGETS: ReadonlyArray<{ pattern: RegExp; words: (num: string) => TargetWords }> = [
  // N) тармақша / тармақшамен: subparagraph N
  { pattern: new RegExp(`^${NUM}\\)\\s*тармақша(?:мен)?$`, 'u'), words: (num) => ({ type: 'subparagraph', num, heading: false }) },
  // N-бөлік / N-бөлікпен, N-тармақ / N-тармақпен: part N
  { pattern: new RegExp(`^${NUM}-(?:бөлік(?:пен)?|тармақ(?:пен)?)$`, 'u'), words: (num) => ({ type: 'part', num, heading: false }) },
  // N-бап / N-баппен: article N
  { pattern: new RegExp(`^${NUM}-бап(?:пен)?$`, 'u'), words: (num) => ({ type: 'article', num, heading: false }) },
  // N-баптың тақырыбы: the title of article N
  { pattern: new RegExp(`^${NUM}-баптың\\s+тақырыбы$`, 'u'), words: (num) => ({ type: 'article', num, heading: true }) },
  // N-тарау / N-тараумен: chapter N
  { pattern: new RegExp(`^${NUM}-тарау(?:мен)?$`, 'u'), words: (num) => ({ type: 'chapter', num, heading: false }) },
  // N-тараудың тақырыбы: the title of chapter N
  { pattern: new RegExp(`^${NUM}-тараудың\\s+тақырыбы$`, 'u'), words: (num) => ({ type: 'chapter', num, heading: true }) },
  // Кодекстің мазмұны: the Code's table of contents, not a provision
  { pattern: /^Кодекстің\s+мазмұны$/u, words: () => ({ type: 'tableOfContents', num: null, heading: false }) },
];

export function targetWords(label: string): TargetWords | null {
  for (const { pattern, words } of TARGETS) {
    const m = pattern.exec(label);
    if (m) return words(m[1] ?? '');
  }
  return null;
}
