/**
 * The clauses of a note in the database export (docs/formats-adilet.md): the target, one action and one or more acts,
 * or an action before each act, and the instrument, in the words of the text's language (ExportNoteGrammar):
 * `Ескерту. 43-1-бап толықтырылды - ҚР 02.01.2021 № 399-VI (…); өзгеріс енгізілді - ҚР 19.04.2023 № 223-VII (…) заңдарымен.`,
 * `Сноска. Кодекс дополнен статьей 43-1 в соответствии с Законом РК от 02.01.2021 № 399-VI (…); с изменением внесенным Законом РК от …`.
 * One Clause per act, as the PDF text's grammar (clauses.ts) yields, so every format meets the same Collector.
 */
import type { ActKind, AmendmentAction } from '../../model/index.ts';
import { actNumberProblem, kindOfWord, normalizeActNumber } from './acts.ts';
import type { Clause, Problem } from './clauses.ts';
import { ORDER_PATTERN, parsePrintedDate } from './dates.ts';
import {
  ACTIONS,
  actionsIn,
  EXPORT_ACT,
  EXPORT_COMMENCEMENT,
  EXPORT_EFFECTIVE,
  INSTRUMENTS,
  SELF_AUTHORITY,
  targetWords,
  type TargetWords,
} from './grammar.ts';

/** The words of an export's notes in one language. */
export interface ExportNoteGrammar {
  /** The word that opens every note, not part of its target */
  noteWord: RegExp;
  /** An act as a note names it, global; groups: 1 date as printed, 2 number, 3 the inside of its effective clause */
  act: RegExp;
  actions: ReadonlyArray<{ words: RegExp; action: AmendmentAction }>;
  /** The effective clause that states a date; group 1 the date */
  effective: RegExp;
  /** A note that puts a unit in force in place of an action; group 1 the date */
  commencement: RegExp;
  /** Instrument words ("by the Law") and the kind of act they name */
  instruments: ReadonlyArray<{ word: string; kind: ActKind }>;
  /** Where the instrument is printed: after the last act (Kazakh) or before the first (Russian) */
  instrumentAfterActs: boolean;
  /** The target in the text before the first act, with its words; both null when it names none */
  target(head: string, actions: ReadonlyArray<{ index: number; end: number }>): { label: string | null; words: TargetWords | null };
  /** The note's authority is this act's own article: a commencement or validity note */
  selfAuthority: RegExp;
}

/** Where a Kazakh target ends: an action, a date, or a dash. */
const TARGET_END = /\s[-–—]|\s\d{1,2}\.\d{1,2}\.\d{4}|\s(?:ҚР|Қазақстан\s+Республикасының)\s/u;

/** The Kazakh notes (`Ескерту.` = "Note."): the target stands first, up to its action. */
export const KAZAKH_NOTES: ExportNoteGrammar = {
  noteWord: /^\s*Ескерту\s*\.\s*/iu,
  act: EXPORT_ACT,
  actions: ACTIONS,
  effective: EXPORT_EFFECTIVE,
  commencement: EXPORT_COMMENCEMENT,
  instruments: INSTRUMENTS,
  instrumentAfterActs: true,
  target(head, actions) {
    const label =
      head
        .slice(0, actions[0]?.index ?? head.length)
        .split(TARGET_END)[0]
        ?.trim()
        .replace(/[\s,;:]+$/u, '') || null;
    return { label, words: label === null ? null : targetWords(label) };
  },
  selfAuthority: SELF_AUTHORITY,
};

const instrumentSource = (g: ExportNoteGrammar) => g.instruments.map((i) => i.word.replace(/ /g, '\\s+')).join('|');

/** A date read in the export's orders; a problem when it is impossible there (never re-read in another order). */
function exportDate(printed: string, problems: Problem[], what: string): string | null {
  const { date, order } = parsePrintedDate(printed, 'adilet');
  if (date === null) {
    const reading = order ? `impossible as ${ORDER_PATTERN[order]}` : 'in no order the database export prints';
    problems.push({ rule: 'amendment-date', reason: `${what} \`${printed}\` is ${reading}` });
  }
  return date;
}

/** A note that names no amending act but this act's own article: commencement or validity, not an amendment. */
export function isSelfAuthorityNote(text: string, grammar: ExportNoteGrammar = KAZAKH_NOTES): boolean {
  return grammar.selfAuthority.test(text) && [...text.matchAll(grammar.act)].length === 0;
}

export function splitExportClauses(text: string, grammar: ExportNoteGrammar = KAZAKH_NOTES): Clause[] {
  const acts = [...text.matchAll(grammar.act)];
  if (acts.length === 0) return [];
  const bodyStart = grammar.noteWord.exec(text)?.[0].length ?? 0;
  const actions = actionsIn(text, grammar.actions);
  const head = text.slice(bodyStart, acts[0]?.index ?? text.length);
  // A commencement ends the target as an action does: a unit printed as its commencement note names none before it.
  const commencementInHead = grammar.commencement.exec(head);
  const target = grammar.target(
    head,
    [
      ...actions.filter((a) => a.index >= bodyStart).map((a) => ({ index: a.index - bodyStart, end: a.end - bodyStart })),
      ...(commencementInHead ? [{ index: commencementInHead.index, end: commencementInHead.index + commencementInHead[0].length }] : []),
    ].sort((a, b) => a.index - b.index),
  );
  const instrumentRe = new RegExp(instrumentSource(grammar), 'iu');
  const instrumentText = grammar.instrumentAfterActs ? text.slice(acts[acts.length - 1]?.index ?? 0) : head;
  const instrument = instrumentRe.exec(instrumentText)?.[0] ?? grammar.instruments.find((i) => i.kind === 'law')?.word ?? '';

  let shared: AmendmentAction | null = null;
  return acts.map((m, i) => {
    const problems: Problem[] = [];
    const start = m.index;
    const previousEnd = i === 0 ? bodyStart : (acts[i - 1]?.index ?? 0) + (acts[i - 1]?.[0].length ?? 0);
    const own = actions.filter((a) => a.index >= previousEnd && a.index < start).pop();
    if (own) shared = own.action;
    let action = shared;
    // A note that only says from when the act puts the unit in force names no action: `other`, with that date.
    const commencement = action === null ? grammar.commencement.exec(text.slice(previousEnd, start)) : null;
    if (action === null && !commencement) problems.push({ rule: 'amendment-action', reason: 'the note names no action for this act' });
    action ??= 'other';
    if (target.label !== null && target.words === null)
      problems.push({ rule: 'amendment-target-wording', reason: `unknown target wording \`${target.label}\`` });
    const numberProblem = actNumberProblem(normalizeActNumber(m[2] ?? ''));
    if (numberProblem) problems.push({ rule: 'amendment-act-number', reason: numberProblem });
    const printedDate = m[1] ?? '';
    const date = exportDate(printedDate, problems, 'act date');
    const clause = m[3] ?? '';
    const effective = grammar.effective.exec(clause);
    const effectivePrinted = effective?.[1] ?? commencement?.[1];
    const effectiveFrom = effectivePrinted ? exportDate(effectivePrinted, problems, 'effective date') : null;
    const end = acts[i + 1]?.index ?? text.length;
    return {
      start,
      end: start + text.slice(start, end).replace(/[\s;,]+$/u, '').length,
      kind: kindOfWord(grammar.instruments, instrument),
      number: normalizeActNumber(m[2] ?? ''),
      date,
      printedDate,
      targetLabel: target.label,
      target: target.words,
      action,
      effectiveFrom,
      problems,
    };
  });
}
