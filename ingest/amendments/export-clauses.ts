/**
 * The clauses of a note in the database export (docs/formats-adilet.md): the target comes first, then one action and
 * one or more acts, or an action before each act, then the instrument:
 * `Ескерту. 43-1-бап толықтырылды - ҚР 02.01.2021 № 399-VI (…); өзгеріс енгізілді - ҚР 19.04.2023 № 223-VII (…) заңдарымен.`
 * One Clause per act, as the PDF text's grammar (clauses.ts) yields, so both meet the same Collector.
 */
import type { AmendmentAction } from '../../model/index.ts';
import { actNumberProblem, kindOfWord, normalizeActNumber } from './acts.ts';
import type { Clause, Problem } from './clauses.ts';
import { ORDER_PATTERN, parsePrintedDate } from './dates.ts';
import { actionsIn, EXPORT_ACT, EXPORT_COMMENCEMENT, EXPORT_EFFECTIVE, INSTRUMENTS, SELF_AUTHORITY, targetWords } from './grammar.ts';

/** `Ескерту.` = "Note.": the word that opens every note, not part of its target. */
const NOTE_WORD = /^\s*Ескерту\s*\.\s*/iu;
const INSTRUMENT = new RegExp(INSTRUMENTS.map((i) => i.word.replace(/ /g, '\\s+')).join('|'), 'iu');
/** Where a target ends: an action, a date, or a dash. */
const TARGET_END = /\s[-–—]|\s\d{1,2}\.\d{1,2}\.\d{4}|\s(?:ҚР|Қазақстан\s+Республикасының)\s/u;

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
export function isSelfAuthorityNote(text: string): boolean {
  return SELF_AUTHORITY.test(text) && [...text.matchAll(EXPORT_ACT)].length === 0;
}

export function splitExportClauses(text: string): Clause[] {
  const acts = [...text.matchAll(EXPORT_ACT)];
  if (acts.length === 0) return [];
  const bodyStart = NOTE_WORD.exec(text)?.[0].length ?? 0;
  const actions = actionsIn(text);
  const firstAction = actions[0]?.index ?? text.length;
  const head = text.slice(bodyStart, Math.min(firstAction, acts[0]?.index ?? text.length));
  const targetLabel =
    head
      .split(TARGET_END)[0]
      ?.trim()
      .replace(/[\s,;:]+$/u, '') || null;
  const target = targetLabel === null ? null : targetWords(targetLabel);
  const instrument = INSTRUMENT.exec(text.slice(acts[acts.length - 1]?.index ?? 0))?.[0] ?? 'Заңымен';

  let shared: AmendmentAction | null = null;
  return acts.map((m, i) => {
    const problems: Problem[] = [];
    const start = m.index;
    const previousEnd = i === 0 ? bodyStart : (acts[i - 1]?.index ?? 0) + (acts[i - 1]?.[0].length ?? 0);
    const own = actions.filter((a) => a.index >= previousEnd && a.index < start).pop();
    if (own) shared = own.action;
    let action = shared;
    // A note that only says from when the act puts the unit in force names no action: `other`, with that date.
    const commencement = action === null ? EXPORT_COMMENCEMENT.exec(text.slice(previousEnd, start)) : null;
    if (action === null && !commencement) problems.push({ rule: 'amendment-action', reason: 'the note names no action for this act' });
    action ??= 'other';
    if (targetLabel !== null && target === null)
      problems.push({ rule: 'amendment-target-wording', reason: `unknown target wording \`${targetLabel}\`` });
    const numberProblem = actNumberProblem(normalizeActNumber(m[2] ?? ''));
    if (numberProblem) problems.push({ rule: 'amendment-act-number', reason: numberProblem });
    const printedDate = m[1] ?? '';
    const date = exportDate(printedDate, problems, 'act date');
    const clause = m[3] ?? '';
    const effective = EXPORT_EFFECTIVE.exec(clause);
    const effectivePrinted = effective?.[1] ?? commencement?.[1];
    const effectiveFrom = effectivePrinted ? exportDate(effectivePrinted, problems, 'effective date') : null;
    const end = acts[i + 1]?.index ?? text.length;
    return {
      start,
      end: start + text.slice(start, end).replace(/[\s;,]+$/u, '').length,
      kind: kindOfWord(INSTRUMENTS, instrument),
      number: normalizeActNumber(m[2] ?? ''),
      date,
      printedDate,
      targetLabel,
      target,
      action,
      effectiveFrom,
      problems,
    };
  });
}
