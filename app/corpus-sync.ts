/**
 * Corpus sync: bring the graph store and the search index in line with the corpus. The shared job
 * of `npm start` (only what is stale), `npm run ingest` (everything, parsed anew) and the API's
 * `reingest` mutation (the CorpusSync port api/context.ts declares). One sync reads the manifest
 * once, compares it and the pipeline's fingerprint with the store (graph-sync.ts), parses and
 * writes what is stale, then updates the search index from the stored documents (search-sync.ts):
 * the index always follows the graph store, never a parse.
 */
import type { CorpusSync } from '../api/index.ts';
import type { GraphStore } from '../graph/index.ts';
import { corpusDirs, ingestCorpus, pipelineFingerprint, readManifest, type CorpusIngest } from '../ingest/index.ts';
import type { Document } from '../model/index.ts';
import type { SearchIndex } from '../search/index.ts';
import { syncGraphStore, type SyncReport } from './graph-sync.ts';
import { syncSearchIndex } from './search-sync.ts';

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
}

export interface SyncRequest {
  /** Parse everything even when the store is up to date */
  force?: boolean;
  /** The corpus as already parsed (`npm run ingest` prints and saves it first): written instead of parsing again */
  parsed?: CorpusIngest;
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
  // The manifest is read once: a parsed corpus holds the documents it was parsed from.
  const dirs = await corpusDirs(settings.corpusDir, settings.importedDir);
  const manifest: Document[] = parsed ? parsed.documents.map((d) => d.document) : await readManifests(dirs);
  const sync = await syncGraphStore(graph, {
    manifest,
    ingest: async () => parsed ?? ingestCorpus(dirs, { manifest, maxFileBytes: settings.maxFileBytes }),
    pipeline: await pipelineFingerprint(),
    force: request.force ?? false,
    statePath: settings.statePath,
  });
  const log = [describeSync(sync)];

  const searchSync = await syncSearchIndex(search, {
    documents: await graph.listDocuments(),
    provisionsOf: (ids) => graph.provisionsOfDocuments(ids),
    reparsed: new Set(sync.written.filter((w) => w.status !== 'unchanged').map((w) => w.documentId)),
  });

  const counts = await graph.counts();
  log.push(
    `graph: ${counts.documents} documents, ${counts.provisions} provisions, ${counts.amendments} amendments, ${counts.citations} citations, ${counts.acts} acts`,
    `search index: ${searchSync.indexed.length} documents (re)indexed, ${searchSync.removed.length} removed`,
  );
  return { sync, log };
}

/** The API's CorpusSync over these stores: syncs run one after another, never interleaving their writes. */
export function createCorpusSync(stores: Stores, settings: CorpusSettings): CorpusSync {
  let running: Promise<unknown> = Promise.resolve();
  return {
    async documentIds() {
      return (await readManifests(await corpusDirs(settings.corpusDir, settings.importedDir))).map((d) => d.id);
    },
    sync(force) {
      const next = running.catch(() => undefined).then(() => syncStores(stores, settings, { force }));
      running = next;
      return next;
    },
  };
}

/** The documents the manifests of the corpus directories list, in order. */
async function readManifests(dirs: readonly string[]): Promise<Document[]> {
  return (await Promise.all(dirs.map((dir) => readManifest(dir)))).flat();
}

function describeSync(sync: SyncReport): string {
  const changed = sync.written.filter((w) => w.status !== 'unchanged');
  const removed = sync.removed.length ? `; removed ${sync.removed.length} documents no longer in the manifest` : '';
  const held = `store held ${sync.storedBefore} documents`;
  if (!sync.ingested) return `${held}, up to date with the manifest: nothing ingested${removed}`;
  return `${held}; ingested corpus (${sync.stale.length} stale): ${changed.map((w) => `${w.status} ${w.documentId}`).join(', ') || 'no change'}${removed}`;
}
