/**
 * Bring the configured graph store and search index in line with the corpus: the shared job of
 * `npm start` (only what is stale) and `npm run ingest` (everything, parsed anew). The search
 * index always follows the graph store: it is built from stored documents, never from a parse.
 * Every sync first checks that each manifest file is there and matches its SHA-256, and says which
 * do not. A marker file stands in the data directory from before the graph is written until the
 * index has followed it: found at the next sync (the last one was interrupted), every document is
 * re-indexed, so the index is level with the graph before the server answers.
 */
import { access, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestedDocument } from '../graph/model.ts';
import { describeLoss } from '../graph/replacement.ts';
import { syncCorpus, type SyncReport } from '../graph/sync.ts';
import { pipelineFingerprint } from '../ingest/fingerprint.ts';
import { checkCorpusFiles, readManifest } from '../ingest/index.ts';
import { syncSearchIndex } from '../search/sync.ts';
import type { CorpusSync } from '../api/context.ts';
import type { Backends } from './backends.ts';

export interface StoreSyncOptions {
  /** Ingests the corpus (ingest/index.ts `ingestCorpus` bound to the corpus directory) */
  ingest: () => Promise<{ documents: IngestedDocument[] }>;
  corpusDir: string;
  /** Where the pipeline fingerprint of the last ingest is remembered */
  dataDir: string;
  /** Parse everything even when the store is up to date */
  force?: boolean;
  /** Replace stored documents even when the new version loses data or looks damaged (graph/replacement.ts) */
  acceptLoss?: boolean;
}

/** Name of the marker of a sync whose index has not yet followed the graph */
const INDEX_PENDING = 'index-pending';

/** What a sync of both stores did: the graph sync's report and the log lines that say it. */
export interface StoreSync {
  sync: SyncReport;
  log: string[];
}

/** The API's CorpusSync over these stores: syncs run one after another, never interleaving their writes. */
export function corpusSync(backends: Pick<Backends, 'graph' | 'search'>, options: Omit<StoreSyncOptions, 'force' | 'acceptLoss'>): CorpusSync {
  let running: Promise<unknown> = Promise.resolve();
  return {
    async documentIds() {
      return (await readManifest(options.corpusDir)).map((d) => d.id);
    },
    sync(force, acceptLoss = false) {
      const next = running.catch(() => undefined).then(() => syncStoresWithReport(backends, { ...options, force, acceptLoss }));
      running = next;
      return next;
    },
  };
}

/** Sync both stores; returns the log lines that say what happened. */
export async function syncStores(backends: Pick<Backends, 'graph' | 'search'>, options: StoreSyncOptions): Promise<string[]> {
  return (await syncStoresWithReport(backends, options)).log;
}

/** Sync both stores; returns the graph sync's report beside the log (the API's `reingest` answers with both). */
export async function syncStoresWithReport({ graph, search }: Pick<Backends, 'graph' | 'search'>, options: StoreSyncOptions): Promise<StoreSync> {
  const fileProblems = (await checkCorpusFiles(options.corpusDir)).map((e) => `corpus file problem: ${e.message.split('\n')[0]}`);

  const pending = join(options.dataDir, INDEX_PENDING);
  const indexBehind = await access(pending).then(
    () => true,
    () => false,
  );
  await writeFile(pending, 'a corpus sync has written the graph store and not yet the search index\n');
  let sync: SyncReport;
  try {
    sync = await syncCorpus(graph, {
      manifest: await readManifest(options.corpusDir),
      ingest: options.ingest,
      pipeline: await pipelineFingerprint(),
      force: options.force ?? false,
      statePath: join(options.dataDir, 'corpus-sync.json'),
      acceptLoss: options.acceptLoss ?? false,
    });
  } catch (error) {
    // refused before writing: the index is as far behind as it was
    if (!indexBehind) await rm(pending, { force: true });
    throw error;
  }
  const log = [describeSync(sync), ...sync.losses.map((loss) => `accepted loss: ${describeLoss(loss)}`)];
  log.push(...(fileProblems.length > 0 ? fileProblems : ['corpus: every manifest file is there and matches its SHA-256']));

  const documents = await graph.listDocuments();
  const reparsed = indexBehind ? documents.map((d) => d.id) : sync.written.filter((w) => w.status !== 'unchanged').map((w) => w.documentId);
  const searchSync = await syncSearchIndex(search, { documents, provisionsOf: (ids) => graph.provisionsOfDocuments(ids), reparsed: new Set(reparsed) });
  await rm(pending, { force: true });

  const counts = await graph.counts();
  log.push(
    `graph: ${counts.documents} documents, ${counts.provisions} provisions, ${counts.amendments} amendments, ${counts.citations} citations, ${counts.acts} acts`,
    `search index: ${searchSync.indexed.length} documents (re)indexed, ${searchSync.removed.length} removed${indexBehind ? ' (the last sync was interrupted before the index followed the graph: every document re-indexed)' : ''}`,
  );
  return { sync, log };
}

function describeSync(sync: SyncReport): string {
  const changed = sync.written.filter((w) => w.status !== 'unchanged');
  const removed = sync.removed.length ? `; removed ${sync.removed.length} documents no longer in the manifest` : '';
  const held = `store held ${sync.storedBefore} documents`;
  if (!sync.ingested) return `${held}, up to date with the manifest: nothing ingested${removed}`;
  return `${held}; ingested corpus (${sync.stale.length} stale): ${changed.map((w) => `${w.status} ${w.documentId}`).join(', ') || 'no change'}${removed}`;
}
