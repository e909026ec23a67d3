/**
 * Reconciliation of two consecutive versions of a work: every amendment note dated between them (by the date it takes
 * effect, or its act's date when it states none) must match a change of its target or of something under it, and
 * every change must be explained by such a note. A note and a change that match are `confirmed`; a change no note
 * explains is an `unexplainedChange`, a note no change bears out an `unconfirmedNote`; causes.ts tells why where the
 * texts show it. The notes are the newer version's: a consolidated text carries every note up to its date.
 */
import { parseProvisionId, type Amendment } from '../../model/index.ts';
import { causeOfUnconfirmed, causeOfUnexplained, type Cause } from './causes.ts';
import { compareVersions, versionUnits, type ProvisionChange, type VersionText, type VersionUnit } from './compare.ts';

export type Outcome = 'confirmed' | 'unexplainedChange' | 'unconfirmedNote';

/** One finding of a reconciliation. */
export interface ReconciliationCase {
  outcome: Outcome;
  /** The note's target (confirmed, unconfirmed note; null when the note's target was not resolved) or the changed unit */
  eId: string | null;
  /** The note (confirmed, unconfirmed note) */
  amendmentId: string | null;
  actId: string | null;
  /** The changed units the note explains (confirmed), or the one unexplained */
  changed: string[];
  cause: Cause | null;
  /** What the texts show, in a sentence (the cause's evidence, or the word-level diff of an unexplained change) */
  detail: string | null;
  /** Where to read it: the note, or the changed unit in the newer version (the older one for a removed unit) */
  file: string;
  line: number;
}

/** The reconciliation of one pair of consecutive versions. */
export interface PeriodReconciliation {
  /** Version dates of the older and the newer version: notes dated in (from, to] are reconciled */
  from: string;
  to: string;
  fromExpressionId: string;
  toExpressionId: string;
  /** Notes dated in the period */
  notes: number;
  /** Changed units, and of them those a note explains */
  changes: number;
  explainedChanges: number;
  confirmed: number;
  unexplained: number;
  unconfirmed: number;
  /** Units whose wordings differ only by typesetting (dashes, quote marks, spacing), folded before comparing */
  artefactsFolded: string[];
  cases: ReconciliationCase[];
}

/** The reconciliation of every pair of consecutive versions of one work, given oldest first. */
export function reconcileVersions(versions: readonly VersionText[]): PeriodReconciliation[] {
  return versions.slice(1).map((newer, i) => reconcilePeriod(versions[i]!, newer));
}

/** The date a note is reconciled at: when it takes effect, or its act's date when it does not say. */
function noteDate(amendment: Amendment, actDates: ReadonlyMap<string, string | null>): string | null {
  return amendment.effectiveFrom ?? actDates.get(amendment.actId) ?? null;
}

/** The newer version's notes dated in (from, to]. */
function notesBetween(newer: VersionText, from: string, to: string): Amendment[] {
  const actDates = new Map(newer.acts.map((a) => [a.id, a.date]));
  return newer.amendments.filter((a) => {
    const date = noteDate(a, actDates);
    return date !== null && date > from && date <= to;
  });
}

/** A change and the notes of its period that explain it. */
export interface ExplainedChange {
  change: ProvisionChange;
  notes: Amendment[];
}

/**
 * The changes from `older` to `newer`, each with the newer version's notes dated in (from, to] that explain it (the
 * rule of `Coverage.covers`); `from` is the older version's date, or empty for a comparison with nothing.
 */
export function explainChanges(older: Pick<VersionText, 'provisions'>, newer: VersionText, from: string): ExplainedChange[] {
  const coverage = new Coverage(versionUnits(older), versionUnits(newer));
  const notes = notesBetween(newer, from, versionDate(newer));
  return compareVersions(older, newer).changes.map((change) => ({ change, notes: notes.filter((n) => coverage.covers(n, change)) }));
}

export function reconcilePeriod(older: VersionText, newer: VersionText): PeriodReconciliation {
  const [from, to] = [versionDate(older), versionDate(newer)];
  const comparison = compareVersions(older, newer);
  const coverage = new Coverage(versionUnits(older), versionUnits(newer));
  const notes = notesBetween(newer, from, to);
  const cases: ReconciliationCase[] = [];
  const explained = new Set<string>();
  for (const note of notes) {
    const changed = comparison.changes.filter((c) => coverage.covers(note, c)).map((c) => c.eId);
    for (const eId of changed) explained.add(eId);
    const base = noteCase(note, changed);
    if (changed.length > 0) cases.push(base);
    else cases.push({ ...base, outcome: 'unconfirmedNote', ...causeOfUnconfirmed(note, older, coverage.unitOf(note)) });
  }
  for (const change of comparison.changes.filter((c) => !explained.has(c.eId))) {
    const covering = newer.amendments.filter((a) => coverage.covers(a, change));
    cases.push(changeCase(change, causeOfUnexplained(change, older, newer, covering)));
  }
  const count = (outcome: Outcome) => cases.filter((c) => c.outcome === outcome).length;
  return {
    from,
    to,
    fromExpressionId: older.expressions.at(-1)?.id ?? older.document.id,
    toExpressionId: newer.expressions.at(-1)?.id ?? newer.document.id,
    notes: notes.length,
    changes: comparison.changes.length,
    explainedChanges: explained.size,
    confirmed: count('confirmed'),
    unexplained: count('unexplainedChange'),
    unconfirmed: count('unconfirmedNote'),
    artefactsFolded: comparison.artefactOnly,
    cases,
  };
}

/** Which unit a note's target is, and which changes fall under it, in either version's tree. */
export class Coverage {
  /** Of each unit of the newer version, the unit printed next under the same parent */
  private readonly nextSibling = new Map<string, string>();

  constructor(
    private readonly older: ReadonlyMap<string, VersionUnit>,
    private readonly newer: ReadonlyMap<string, VersionUnit>,
  ) {
    const last = new Map<string, string>();
    for (const unit of newer.values()) {
      const parent = unit.ancestors[0] ?? '';
      const previous = last.get(parent);
      if (previous !== undefined) this.nextSibling.set(previous, unit.eId);
      last.set(parent, unit.eId);
    }
  }

  /** The unit holding a note's target (an абзац's unit is the numbered provision above it); null when unresolved. */
  unitOf(note: Amendment): string | null {
    const eId = note.targetId ? (parseProvisionId(note.targetId)?.eId ?? null) : null;
    if (eId === null) return null;
    const parts = eId.split('__');
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('__');
      if (this.newer.has(candidate) || this.older.has(candidate)) return candidate;
    }
    return eId;
  }

  /**
   * True when the change is of the note's target unit or of a unit under it; also when the note inserts a unit and
   * the change only turns the closing mark of the unit before it (`.` to `;`: a list grew by one item).
   */
  covers(note: Amendment, change: ProvisionChange): boolean {
    const unit = this.unitOf(note);
    if (unit === null) return false;
    if (change.eId === unit || [change.after, change.before].some((u) => u?.ancestors.includes(unit) ?? false)) return true;
    return note.action === 'inserted' && this.nextSibling.get(change.eId) === unit && closingMarkOnly(change);
  }
}

/** True when the change replaces the wording's last mark and nothing else. */
function closingMarkOnly(change: ProvisionChange): boolean {
  const runs = change.diff.runs;
  const changed = runs.filter((r) => r.kind !== 'equal');
  return runs[0]?.kind === 'equal' && changed.length > 0 && changed.every((r) => /^\p{P}$/u.test(r.text)) && runs.at(-1)?.kind !== 'equal';
}

function noteCase(note: Amendment, changed: string[]): ReconciliationCase {
  return {
    outcome: 'confirmed',
    eId: note.targetId ? (parseProvisionId(note.targetId)?.eId ?? null) : null,
    amendmentId: note.id,
    actId: note.actId,
    changed,
    cause: null,
    detail: null,
    file: note.source.file,
    line: note.source.startLine,
  };
}

function changeCase(change: ProvisionChange, { cause, detail }: { cause: Cause; detail: string }): ReconciliationCase {
  const unit = change.after ?? change.before;
  return {
    outcome: 'unexplainedChange',
    eId: change.eId,
    amendmentId: null,
    actId: null,
    changed: [change.eId],
    cause,
    detail,
    file: unit?.source.file ?? '',
    line: unit?.source.startLine ?? 0,
  };
}

function versionDate(version: VersionText): string {
  return version.expressions.at(-1)?.versionDate ?? version.document.consolidatedAsOf ?? version.document.date ?? '';
}
