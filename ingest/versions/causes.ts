/**
 * Why a change has no note, or a note no change, where the texts show it. Each rule looks at the texts only and says
 * what it saw; a case no rule explains is left to the default: the note is missing in the source (for a change) or
 * the text does not bear the note out (for a note).
 */
import type { Amendment } from '../../model/index.ts';
import { wordTokens } from '../../text/index.ts';
import { withoutArtefacts } from './artefacts.ts';
import type { ProvisionChange, VersionText } from './compare.ts';

export type Cause =
  | 'publisherText' // the title block (title, consolidation statement) or the signature block, which no note concerns
  | 'extractionArtefact' // the PDF text's extraction: a word split by a line break, a stray or lost mark
  | 'parserError' // the versions were read into different trees, or a note's target was not resolved
  | 'noteOutsidePeriod' // a note names the change but dates it outside the period
  | 'noteMissing'; // the source prints the change with no note

export interface Explanation {
  cause: Cause;
  detail: string;
}

/** The cause of a change no note of the period explains; `covering` are the newer version's notes on it, of any date. */
export function causeOfUnexplained(
  change: ProvisionChange,
  older: VersionText,
  newer: VersionText,
  covering: readonly Amendment[],
): Explanation {
  const deleted = change.diff.runs.filter((r) => r.kind === 'deleted').map((r) => r.text);
  const inserted = change.diff.runs.filter((r) => r.kind === 'inserted').map((r) => r.text);
  const fromPdf = [older, newer].some((v) => (v.document.format ?? 'code') === 'code');
  const type = (change.after ?? change.before)?.type;
  if (type === 'preface' || type === 'signature')
    return { cause: 'publisherText', detail: `${type === 'preface' ? 'title' : 'signature'} block: ${excerpt(change)}` };
  const regrouped = change.regroupedWith;
  if (regrouped !== null) {
    const where = regrouped === change.eId ? `within ${regrouped}` : `between ${change.eId} and ${regrouped}`;
    return {
      cause: 'parserError',
      detail: `an абзац the versions attach to different units, its words moved ${where}: ${excerpt(change)}`,
    };
  }
  if (change.kind === 'amended' && squeeze(deleted) === squeeze(inserted))
    return { cause: fromPdf ? 'extractionArtefact' : 'noteMissing', detail: `spacing inside words: ${change.diff.rendering}` };
  if (change.kind === 'amended' && [...deleted, ...inserted].every((t) => wordTokens(t).every((w) => !/[\p{L}\p{N}]/u.test(w))))
    return { cause: fromPdf ? 'extractionArtefact' : 'noteMissing', detail: `punctuation only: ${excerpt(change)}` };
  if (covering.length > 0)
    return { cause: 'noteOutsidePeriod', detail: `${covering.map((a) => a.raw).join(' | ')}; change: ${excerpt(change)}` };
  if (change.kind === 'amended' && deleted.length === 1 && inserted.length === 1 && isMisspelling(deleted[0]!, inserted[0]!))
    return { cause: 'noteMissing', detail: `spelling corrected: ${deleted[0]} → ${inserted[0]}` };
  return { cause: 'noteMissing', detail: `${change.kind}: ${excerpt(change)}` };
}

/** The cause of a note of the period no change bears out; `unit` is its target's unit (null: unresolved). */
export function causeOfUnconfirmed(note: Amendment, older: VersionText, unit: string | null): Explanation {
  if (unit === null) return { cause: 'parserError', detail: `target not resolved: ${note.targetLabel ?? note.raw}` };
  if (older.amendments.some((a) => a.id === note.id))
    return { cause: 'noteOutsidePeriod', detail: `the older version already prints this note: ${note.raw}` };
  return { cause: 'noteMissing', detail: `no change of ${unit} between the versions: ${note.raw}` };
}

/** One word for another of the same length differing in at most two letters (`миниторинг` → `мониторинг`, `козғау` → `қозғау`). */
function isMisspelling(a: string, b: string): boolean {
  if (wordTokens(a).length !== 1 || wordTokens(b).length !== 1 || a.length !== b.length) return false;
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
  return differing <= 2;
}

/** The runs' text without any whitespace. */
function squeeze(texts: readonly string[]): string {
  return withoutArtefacts(texts.join('')).replace(/\s+/g, '');
}

/** The changed runs of a change with a little context, on one line, at most 300 characters. */
function excerpt(change: ProvisionChange): string {
  const r = change.diff.rendering;
  const first = Math.max(
    0,
    Math.min(r.indexOf('[-') < 0 ? Infinity : r.indexOf('[-'), r.indexOf('{+') < 0 ? Infinity : r.indexOf('{+')) - 60,
  );
  const text = r.slice(Number.isFinite(first) ? first : 0);
  return (first > 0 ? '…' : '') + (text.length > 300 ? `${text.slice(0, 300)}…` : text);
}
