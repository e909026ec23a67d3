/**
 * The use cases over the ports: corpus sync (manifest → graph store → search index), the rule that a replacement
 * may not lose data, and importing an act exported from the national legal database.
 */
export {
  createCorpusSync,
  syncStores,
  type CorpusSettings,
  type StoreSync,
  type Stores,
  type SyncRequest,
  type SyncStep,
} from './corpus-sync.ts';
export { syncGraphStore, type IngestCorpus, type SyncOptions, type SyncReport } from './graph-sync.ts';
export {
  describeLoss,
  replacementLoss,
  ReplacementRefused,
  STRUCTURAL_RULES,
  type ReplacementLoss,
  type StoredVersion,
} from './replacement.ts';
export { syncSearchIndex, type IndexSource, type SearchSync } from './search-sync.ts';
export { importAct, importActHistory, type ImportReport, type ImportStatus } from './import-act.ts';
// Ingest failures reach the API through the use cases: it reports them with their file and line.
export { IngestError } from '../ingest/index.ts';
// The Russian text of an export version, as Wordings aligned with the Kazakh provisions.
export { readVersionTexts, russianWordings, type VersionTexts } from './russian-wordings.ts';
// The bilingual term list the search thesaurus is fed from.
export { mineTermList } from './term-list.ts';
export { changesBetween, provisionDiff, storedReconciliation, type ChangeOrder, type ChangeSet, type ChangeWithActs } from './changes.ts';
// What the API shows of a reconciliation: the ingest's, read through the use case.
export type { PeriodReconciliation, ReconciliationCase } from '../ingest/index.ts';
export {
  aroundEvent,
  documentOn,
  heldVersions,
  producingEvents,
  versionAt,
  versionsOf,
  type ProvisionVersion,
  type VersionAt,
  type VersionReads,
} from './point-in-time.ts';
