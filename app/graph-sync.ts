/**
 * Bring a graph store up to date with the corpus manifest (the graph half of corpus-sync.ts).
 *
 * A document is stale when the store lacks it or holds it with another SHA-256 than the
 * manifest's (for a work listed in several dated versions, the hash over theirs: ingest's workFingerprints). Nothing stale → nothing is parsed (the store is simply loaded). Something
 * stale → the corpus is ingested (cross-document citations resolve against the whole corpus)
 * and every document written: the store's content hash turns unchanged ones into no-ops, so
 * only the changed document is actually replaced. A changed pipeline (its fingerprint differs
 * from the one recorded at the last ingest) makes every document stale: a new parser must not
 * be hidden behind an old parse. A new version that would lose stored articles, parts or amendments,
 * or that parsed with structural warnings, is refused before anything is written, unless the loss
 * is accepted (replacement.ts).
 */
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../files/index.ts';
import { workFingerprints } from '../ingest/index.ts';
import { MAX_PAGE_SIZE, type GraphReader, type GraphStore, type WriteResult } from '../graph/index.ts';
import type { Amendment, Document, IngestedDocument } from '../model/index.ts';
import { replacementLoss, ReplacementRefused, type ReplacementLoss, type StoredVersion } from './replacement.ts';

/** The ingest entry point (ingest/index.ts `ingestCorpus`, bound to a corpus directory and its manifest). */
export type IngestCorpus = () => Promise<{ documents: IngestedDocument[] }>;

export interface SyncOptions {
  /** The corpus manifest's documents (read and checked by the ingest module), one entry per version of a work */
  manifest: readonly Pick<Document, 'id' | 'sha256' | 'consolidatedAsOf'>[];
  ingest: IngestCorpus;
  /** Fingerprint of the ingest pipeline's code; null to ignore pipeline changes */
  pipeline: string | null;
  /** Treat every manifest document as stale (a forced re-ingest) */
  force?: boolean;
  /** JSON file remembering the last ingest's pipeline fingerprint; none when null */
  statePath: string | null;
  /** Write new versions that lose stored data or look damaged (the losses are reported) */
  acceptLoss?: boolean;
  /** Called after each document is written, with how many of how many are */
  onWritten?: (documentId: string, done: number, total: number) => void;
}

/** What the last ingest left for the next start to compare with. */
interface SyncState {
  pipeline: string | null;
}

export interface SyncReport {
  /** Documents the store held before syncing */
  storedBefore: number;
  /** Manifest documents that were missing or had another SHA-256 */
  stale: string[];
  /** Whether the ingest pipeline ran */
  ingested: boolean;
  written: WriteResult[];
  /** Documents removed because the manifest no longer lists them */
  removed: string[];
  /** What the new versions written lost, when the loss was accepted */
  losses: ReplacementLoss[];
}

/**
 * The store against the manifest: its documents' SHA-256 by id, and the works it lacks or holds with another SHA-256
 * (every work when forced, or when the pipeline changed since the last ingest).
 */
export async function staleWorks(
  store: GraphReader,
  options: Pick<SyncOptions, 'manifest' | 'pipeline' | 'statePath' | 'force'>,
): Promise<{ stored: Map<string, string>; stale: string[] }> {
  const stored = new Map((await store.listDocuments()).map((d) => [d.id, d.sha256]));
  const before = options.statePath ? await readState(options.statePath) : null;
  const pipelineChanged = before !== null && before.pipeline !== options.pipeline;
  const stale = workFingerprints(options.manifest)
    .filter((e) => options.force || pipelineChanged || stored.get(e.id) !== e.sha256)
    .map((e) => e.id);
  return { stored, stale };
}

export async function syncGraphStore(store: GraphStore, options: SyncOptions): Promise<SyncReport> {
  const { manifest } = options;
  const { stored, stale } = await staleWorks(store, options);

  const removed: string[] = [];
  const listed = new Set(manifest.map((e) => e.id));
  for (const id of stored.keys()) {
    if (!listed.has(id) && (await store.removeDocument(id))) removed.push(id);
  }

  const report: SyncReport = { storedBefore: stored.size, stale, ingested: false, written: [], removed, losses: [] };
  if (stale.length === 0) return report;

  const { documents } = await options.ingest();
  report.ingested = true;
  // An ingest may parse only some works (an import adding versions to one): never fewer than the stale ones.
  const parsed = new Set(documents.map((d) => d.document.id));
  const missing = stale.filter((id) => !parsed.has(id));
  if (missing.length > 0) throw new Error(`syncGraphStore: the ingest did not parse the stale works ${missing.join(', ')}`);
  for (const doc of documents) {
    if (!stored.has(doc.document.id)) continue;
    const loss = replacementLoss(await storedVersion(store, doc.document.id), doc);
    if (loss) report.losses.push(loss);
  }
  if (report.losses.length > 0 && !options.acceptLoss) throw new ReplacementRefused(report.losses);
  for (const doc of documents) {
    report.written.push(await store.writeDocument(doc));
    options.onWritten?.(doc.document.id, report.written.length, documents.length);
  }
  if (options.statePath) {
    const state: SyncState = { pipeline: options.pipeline };
    await writeState(options.statePath, state);
  }
  return report;
}

/** What a replacement of the document would be compared with. */
async function storedVersion(reader: GraphReader, documentId: string): Promise<StoredVersion> {
  const [[provisions = []], [diagnostics = []]] = await Promise.all([
    reader.provisionsOfDocuments([documentId]),
    reader.diagnosticsOfDocuments([documentId]),
  ]);
  const amendments: Amendment[] = [];
  for (let after: string | null = null; ;) {
    const page = await reader.findAmendments({ documentId }, { first: MAX_PAGE_SIZE, after });
    amendments.push(...page.items);
    if (!page.hasNextPage) break;
    after = page.items.at(-1)?.id ?? null;
  }
  return { provisions, amendments, diagnostics };
}

async function writeState(statePath: string, state: SyncState): Promise<void> {
  try {
    await writeFileDurably(statePath, JSON.stringify(state, null, 2));
  } catch (cause) {
    throw new Error(`${statePath}: cannot write the sync state`, { cause });
  }
}

/** The recorded state; null before the first ingest. */
async function readState(statePath: string): Promise<SyncState | null> {
  try {
    const state = JSON.parse(await readFile(statePath, 'utf8')) as Partial<SyncState>;
    return { pipeline: state.pipeline ?? null };
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${statePath}: unreadable sync state`, { cause });
  }
}
