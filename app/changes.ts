/**
 * What changed in a work between two dates, provision by provision, each change with the amendment notes that explain
 * it (the notes dated after the earlier version and on or before the later one that target the provision, a provision
 * above it, or for a closing mark the provision inserted after it: ingest/versions/reconcile.ts); one provision's diff; and the reconciliation of every pair of consecutive versions the store
 * holds. Versions are the store's (versions.ts); the comparison and the reconciliation are the ingest's, pure.
 */
import { explainChanges, reconcileVersions, type PeriodReconciliation, type ProvisionChange } from '../ingest/index.ts';
import type { GraphReader } from '../graph/port.ts';
import { parseProvisionId, type Act, type Amendment } from '../model/index.ts';
import { expressionAt, readStoredWork, versionOf, type StoredWork } from './versions.ts';

/** A change with the notes that explain it, newest first. */
export interface ChangeWithActs {
  change: ProvisionChange;
  /** The provision's id (in the newer version, or the older one for a removed provision) */
  provisionId: string;
  amendments: Amendment[];
  acts: Act[];
}

/** The two versions compared: those in force on `from` and on `to`. */
export interface ChangeSet {
  documentId: string;
  /** Version dates of the versions in force on `from` and `to`; null before the first version held */
  fromVersion: string | null;
  toVersion: string | null;
  changes: ChangeWithActs[];
}

export type ChangeOrder = 'document' | 'newestFirst' | 'oldestFirst';

/**
 * The changes between the versions in force on `from` and on `to`: in document order, or by the date of the newest
 * note explaining each (newest or oldest first; changes no note explains last, ties in document order). Null when the
 * store does not hold the document.
 */
export async function changesBetween(
  reader: GraphReader,
  documentId: string,
  from: string,
  to: string,
  order: ChangeOrder = 'newestFirst',
): Promise<ChangeSet | null> {
  const work = await readStoredWork(reader, documentId);
  if (!work) return null;
  const [older, newer] = [expressionAt(work, from), expressionAt(work, to)];
  const empty = { documentId, fromVersion: older?.versionDate ?? null, toVersion: newer?.versionDate ?? null, changes: [] };
  if (!newer || older === newer) return empty;
  const before = older ? versionOf(work, older) : { provisions: [] };
  const changes = explainChanges(before, versionOf(work, newer), older?.versionDate ?? '').map(({ change, notes }) =>
    explain(work, change, notes),
  );
  return { ...empty, changes: sortChanges(changes, order, work) };
}

/** One provision's change between the versions in force on `from` and `to`, or null when it reads the same (or is unknown). */
export async function provisionDiff(reader: GraphReader, provisionId: string, from: string, to: string): Promise<ChangeWithActs | null> {
  const parsed = parseProvisionId(provisionId);
  if (!parsed) return null;
  const set = await changesBetween(reader, parsed.documentId, from, to, 'document');
  return set?.changes.find((c) => c.change.eId === parsed.eId) ?? null;
}

/** The reconciliation of each pair of consecutive versions of the document the store holds, oldest first; null when unknown. */
export async function storedReconciliation(reader: GraphReader, documentId: string): Promise<PeriodReconciliation[] | null> {
  const work = await readStoredWork(reader, documentId);
  if (!work) return null;
  return reconcileVersions(work.expressions.map((e) => versionOf(work, e)));
}

/** A change with its notes newest first and their acts in that order. */
function explain(work: StoredWork, change: ProvisionChange, notes: readonly Amendment[]): ChangeWithActs {
  const amendments = [...notes].sort((a, b) => noteDate(work, b).localeCompare(noteDate(work, a)));
  const acts = [...new Set(amendments.map((a) => a.actId))].flatMap((id) => work.acts.filter((a) => a.id === id));
  const unit = change.after ?? change.before;
  return { change, provisionId: unit?.provisionId ?? '', amendments, acts };
}

function noteDate(work: StoredWork, amendment: Amendment): string {
  return amendment.effectiveFrom ?? work.acts.find((a) => a.id === amendment.actId)?.date ?? '';
}

function sortChanges(changes: ChangeWithActs[], order: ChangeOrder, work: StoredWork): ChangeWithActs[] {
  if (order === 'document') return changes;
  const newest = (c: ChangeWithActs) => (c.amendments[0] ? noteDate(work, c.amendments[0]) : null);
  const sign = order === 'newestFirst' ? -1 : 1;
  // A stable sort keeps document order among ties.
  return [...changes].sort((a, b) => {
    const [da, db] = [newest(a), newest(b)];
    if (da === db) return 0;
    if (da === null) return 1;
    if (db === null) return -1;
    return sign * da.localeCompare(db);
  });
}
