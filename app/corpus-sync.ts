/**
 * Corpus sync: bring the graph store and the search index in line with the corpus. The shared job
 * of `npm start` (only what is stale), `npm run ingest` (everything, parsed anew) and the API's
 * `reingest` mutation (the CorpusSync port api/context.ts declares). One sync reads the manifest
 * once, compares it and the pipeline's fingerprint with the store (graph-sync.ts), parses and
 * writes what is stale, then updates the search index from the stored documents (search-sync.ts):
 * the index always follows the graph store, never a parse.
 *
 * A new version that would lose stored data or looks damaged is refused before anything is written,
 * unless the loss is accepted (replacement.ts). Every sync first checks that each manifest file is
 * there and matches its SHA-256, and says which do not. A marker file stands from before the graph
 * is written until the index has followed it: found at the next sync (the last one was interrupted),
 * every document is re-indexed, so the index is level with the graph before the server answers.
 */
import { access, rm } from 'node:fs/promises';
import type { CorpusSync } from '../api/index.ts';
import { writeFileDurably } from '../files/index.ts';
import type { GraphStore } from '../graph/index.ts';
import { checkCorpusFiles, corpusDirs, ingestCorpus, pipelineFingerprint, readManifest, type CorpusIngest } from '../ingest/index.ts';
import type { Document } from '../model/index.ts';
import type { SearchIndex } from '../search/index.ts';
import { syncGraphStore, type SyncReport } from './graph-sync.ts';
import { describeLoss } from './replacement.ts';
import { graphContent, syncSearchIndex } from './search-sync.ts';

/** The stores a sync writes. */
export interface Stores {
  graph: GraphStore;
  search: SearchIndex;
}

/** Where the corpus and the sync's state are; read from the configuration (scripts/config.ts). */
export interface CorpusSettings {
  /** The seed corpus (`corpus/`), never edited */
  corpusDir: string;
  /** The store's own corpus of imported acts (`<data dir>/corpus`, `npm run import`); null for none */
  importedDir: string | null;
  /** Largest text file accepted, in bytes */
  maxFileBytes: number;
  /** JSON file remembering the pipeline fingerprint of the last ingest; none when null */
  statePath: string | null;
  /** Marker of a sync that has written the graph store and not yet the search index; none when null */
  indexPendingPath: string | null;
}

export interface SyncRequest {
  /** Parse everything even when the store is up to date */
  force?: boolean;
  /**
   * The corpus as already parsed (`npm run ingest` prints and saves it first), or only the works an import parsed alone
   * (app/add-versions.ts: the store holds every other work as the corpus lists it): written instead of parsing again
   */
  parsed?: CorpusIngest;
  /** Replace stored documents even when the new version loses data or looks damaged (replacement.ts) */
  acceptLoss?: boolean;
  /** Called as the sync advances: after each document written to the graph store, then once the search index follows */
  onProgress?: (step: SyncStep) => void;
}

/** A step of a sync: `done` of `total` steps (the documents written, and the search index last), `detail` naming it. */
export interface SyncStep {
  done: number;
  total: number;
  detail: string;
}

/** What a sync of both stores did: the graph sync's report and the log lines that say it. */
export interface StoreSync {
  sync: SyncReport;
  log: string[];
}

/** Sync both stores with the corpus; returns the graph sync's report beside the log (the API's `reingest` answers with both). */
export async function syncStores(stores: Stores, settings: CorpusSettings, request: SyncRequest = {}): Promise<StoreSync> {
  const { graph, search } = stores;
  const { parsed } = request;
  const dirs = await corpusDirs(settings.corpusDir, settings.importedDir);
  const manifests = await Promise.all(dirs.map((dir) => readManifest(dir)));
  const manifest: Document[] = manifests.flat();
  const fileProblems = (
    await Promise.all(dirs.map((dir, i) => checkCorpusFiles(dir, { manifest: manifests[i] ?? [], maxFileBytes: settings.maxFileBytes })))
  )
    .flat()
    .map((e) => `corpus file problem: ${e.message.split('\n')[0]}`);

  const pending = settings.indexPendingPath;
  const behind = await indexBehind(settings);
  if (pending !== null) await writeFileDurably(pending, 'a corpus sync has written the graph store and not yet the search index\n');
  let sync: SyncReport;
  try {
    sync = await syncGraphStore(graph, {
      manifest,
      ingest: async () => parsed ?? ingestCorpus(dirs, { manifest, maxFileBytes: settings.maxFileBytes }),
      pipeline: await pipelineFingerprint(),
      force: request.force ?? false,
      statePath: settings.statePath,
      acceptLoss: request.acceptLoss ?? false,
      onWritten: (documentId, done, total) => request.onProgress?.({ done, total: total + 1, detail: documentId }),
    });
  } catch (error) {
    // refused or failed before writing: the index is as far behind as it was
    if (pending !== null && !behind) await rm(pending, { force: true });
    throw error;
  }
  const log = [describeSync(sync), ...sync.losses.map((loss) => `accepted loss: ${describeLoss(loss)}`)];
  log.push(...(fileProblems.length > 0 ? fileProblems : ['corpus: every manifest file is there and matches its SHA-256']));

  const documents = await graph.listDocuments();
  const reparsed = behind ? documents.map((d) => d.id) : sync.written.filter((w) => w.status !== 'unchanged').map((w) => w.documentId);
  const searchSync = await syncSearchIndex(search, {
    documents,
    contentOf: graphContent(graph),
    reparsed: new Set(reparsed),
  });
  if (pending !== null) await rm(pending, { force: true });
  if (sync.written.length > 0)
    request.onProgress?.({ done: sync.written.length + 1, total: sync.written.length + 1, detail: 'search index' });

  const counts = await graph.counts();
  log.push(
    `graph: ${counts.documents} documents, ${counts.provisions} provisions, ${counts.amendments} amendments, ${counts.citations} citations, ${counts.acts} acts`,
    `search index: ${searchSync.indexed.length} documents (re)indexed, ${searchSync.removed.length} removed${behind ? ' (the last sync was interrupted before the index followed the graph: every document re-indexed)' : ''}`,
  );
  return { sync, log };
}

/** The API's CorpusSync over these stores: syncs run one after another, never interleaving their writes. */
export function createCorpusSync(stores: Stores, settings: CorpusSettings): CorpusSync {
  let running: Promise<unknown> = Promise.resolve();
  return {
    async documentIds() {
      return [...new Set((await corpusManifest(settings)).map((d) => d.id))];
    },
    sync(force, acceptLoss = false) {
      const next = running.catch(() => undefined).then(() => syncStores(stores, settings, { force, acceptLoss }));
      running = next;
      return next;
    },
  };
}

/** Whether a sync wrote the graph store and was stopped before the search index followed (its marker file is there). */
export async function indexBehind(settings: CorpusSettings): Promise<boolean> {
  if (settings.indexPendingPath === null) return false;
  return access(settings.indexPendingPath).then(
    () => true,
    () => false,
  );
}

/** The documents the manifests of the corpus's directories list, in order: the seed corpus's, then the imported acts'. */
export async function corpusManifest(settings: CorpusSettings): Promise<Document[]> {
  const dirs = await corpusDirs(settings.corpusDir, settings.importedDir);
  return (await Promise.all(dirs.map((dir) => readManifest(dir)))).flat();
}

function describeSync(sync: SyncReport): string {
  const changed = sync.written.filter((w) => w.status !== 'unchanged');
  const removed = sync.removed.length ? `; removed ${sync.removed.length} documents no longer in the manifest` : '';
  const held = `store held ${sync.storedBefore} documents`;
  if (!sync.ingested) return `${held}, up to date with the manifest: nothing ingested${removed}`;
  return `${held}; ingested corpus (${sync.stale.length} stale): ${changed.map((w) => `${w.status} ${w.documentId}`).join(', ') || 'no change'}${removed}`;
}
