/**
 * Split a note into its clauses, one per amending act, and read each clause's target, action
 * and effective date. A clause that names no target and no action shares those written once
 * after the last act of its run (L741–L745, L779: `… Заңымен (…) (бұр.ред.қара); … Заңымен (…) 4) тармақша өзгертілді`).
 */
import type { ActKind, AmendmentAction } from '../../model/index.ts';
import { actNumberProblem, kindOfWord, normalizeActNumber } from './acts.ts';
import { isoDate, monthOfAblative, parseDottedDate } from './dates.ts';
import { actionAtEnd, CLAUSE_HEAD, EFFECTIVE, INSTRUMENTS, SEE_PREVIOUS, targetWords, type TargetWords } from './grammar.ts';
import { execAll } from '../regex.ts';

export interface Problem {
  rule: string;
  reason: string;
}

export interface Clause {
  /** Offsets of the clause in the note text */
  start: number;
  end: number;
  kind: ActKind;
  number: string;
  /** ISO date of the act; null when the printed date is impossible */
  date: string | null;
  printedDate: string;
  targetLabel: string | null;
  target: TargetWords | null;
  action: AmendmentAction;
  effectiveFrom: string | null;
  problems: Problem[];
}

interface Tail {
  targetLabel: string | null;
  action: AmendmentAction | null;
  effectiveFrom: string | null;
  problems: Problem[];
}

function readEffective(tail: string, problems: Problem[]): { rest: string; date: string | null } {
  const m = EFFECTIVE.exec(tail);
  if (!m) return { rest: tail, date: null };
  const month = monthOfAblative(m[3] ?? '');
  const date = month === null ? null : isoDate(Number(m[1]), month, Number(m[2]));
  if (date === null) problems.push({ rule: 'amendment-effective-date', reason: `cannot read the effective date \`${m[0]}\`` });
  return { rest: tail.slice(0, m.index) + ' ' + tail.slice(m.index + m[0].length), date };
}

/** Target label and action of a clause's text after its head; the remarks are taken out first. */
function readTail(raw: string): Tail {
  const problems: Problem[] = [];
  const { rest, date } = readEffective(raw, problems);
  // A dangling `(` left by the publisher (L4669) carries nothing: it is dropped with the `;` joints.
  let words = rest
    .replace(SEE_PREVIOUS, ' ')
    .replace(/[\s;(]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  let action: AmendmentAction | null = null;
  const found = actionAtEnd(words);
  if (found) {
    action = found.action;
    words = words.slice(0, found.index).trim();
  }
  if (action === null && words !== '') {
    problems.push({ rule: 'amendment-action', reason: `no known action in \`${words}\`` });
    action = 'other';
  }
  return { targetLabel: words === '' ? null : words, action, effectiveFrom: date, problems };
}

/** The clauses of a note, in order; empty when the note names no amending act. */
export function splitClauses(text: string): Clause[] {
  const heads = [...execAll(CLAUSE_HEAD, text)];
  const tails = heads.map((h, i) => readTail(text.slice((h.index ?? 0) + h[0].length, heads[i + 1]?.index ?? text.length)));
  return heads.map((h, i) => {
    const tail = tails[i] as Tail;
    const problems = [...tail.problems];
    let { targetLabel, action } = tail;
    if (action === null) {
      const shared = tails.slice(i + 1).find((t) => t.action !== null);
      targetLabel = shared?.targetLabel ?? null;
      action = shared?.action ?? null;
    }
    if (action === null) {
      problems.push({ rule: 'amendment-action', reason: 'the note names no action for this act' });
      action = 'other';
    }
    const numberProblem = actNumberProblem(normalizeActNumber(h[2] ?? ''));
    if (numberProblem) problems.push({ rule: 'amendment-act-number', reason: numberProblem });
    const printedDate = h[1] ?? '';
    const date = parseDottedDate(printedDate);
    if (date === null) problems.push({ rule: 'amendment-date', reason: `impossible act date \`${printedDate}\` (read as YYYY.DD.MM.)` });
    const target = targetLabel === null ? null : targetWords(targetLabel);
    if (targetLabel !== null && target === null)
      problems.push({ rule: 'amendment-target-wording', reason: `unknown target wording \`${targetLabel}\`` });
    const start = h.index ?? 0;
    const end = heads[i + 1]?.index ?? text.length;
    return {
      start,
      end: start + text.slice(start, end).replace(/[\s;]+$/u, '').length,
      kind: kindOfWord(INSTRUMENTS, h[3] ?? ''),
      number: normalizeActNumber(h[2] ?? ''),
      date,
      printedDate,
      targetLabel,
      target,
      action,
      effectiveFrom: tail.effectiveFrom,
      problems,
    };
  });
}
