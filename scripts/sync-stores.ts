/**
 * Bring the configured graph store and search index in line with the corpus: the shared job of
 * `npm start` (only what is stale) and `npm run ingest` (everything, parsed anew). The search
 * index always follows the graph store: it is built from stored documents, never from a parse.
 */
import { join } from 'node:path';
import type { IngestedDocument } from '../graph/model.ts';
import { syncCorpus, type SyncReport } from '../graph/sync.ts';
import { pipelineFingerprint } from '../ingest/fingerprint.ts';
import { readManifest } from '../ingest/index.ts';
import { syncSearchIndex } from '../search/sync.ts';
import type { CorpusSync } from '../api/context.ts';
import type { Backends } from './backends.ts';

export interface StoreSyncOptions {
  /** Ingests the corpus (ingest/index.ts `ingestCorpus` bound to the corpus directory) */
  ingest: () => Promise<{ documents: IngestedDocument[] }>;
  /** The corpus directory, or the directories (the seed corpus and the store's corpus of imported acts) */
  corpusDir: string | readonly string[];
  /** Where the pipeline fingerprint of the last ingest is remembered */
  dataDir: string;
  /** Parse everything even when the store is up to date */
  force?: boolean;
}

/** What a sync of both stores did: the graph sync's report and the log lines that say it. */
export interface StoreSync {
  sync: SyncReport;
  log: string[];
}

/** The API's CorpusSync over these stores: syncs run one after another, never interleaving their writes. */
export function corpusSync(backends: Pick<Backends, 'graph' | 'search'>, options: Omit<StoreSyncOptions, 'force'>): CorpusSync {
  let running: Promise<unknown> = Promise.resolve();
  return {
    async documentIds() {
      return (await readManifests(options.corpusDir)).map((d) => d.id);
    },
    sync(force) {
      const next = running.catch(() => undefined).then(() => syncStoresWithReport(backends, { ...options, force }));
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
  const sync = await syncCorpus(graph, {
    manifest: await readManifests(options.corpusDir),
    ingest: options.ingest,
    pipeline: await pipelineFingerprint(),
    force: options.force ?? false,
    statePath: join(options.dataDir, 'corpus-sync.json'),
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

/** The documents every corpus directory lists, in order. */
async function readManifests(dirs: string | readonly string[]) {
  return (await Promise.all((typeof dirs === 'string' ? [dirs] : dirs).map((dir) => readManifest(dir)))).flat();
}

function describeSync(sync: SyncReport): string {
  const changed = sync.written.filter((w) => w.status !== 'unchanged');
  const removed = sync.removed.length ? `; removed ${sync.removed.length} documents no longer in the manifest` : '';
  const held = `store held ${sync.storedBefore} documents`;
  if (!sync.ingested) return `${held}, up to date with the manifest: nothing ingested${removed}`;
  return `${held}; ingested corpus (${sync.stale.length} stale): ${changed.map((w) => `${w.status} ${w.documentId}`).join(', ') || 'no change'}${removed}`;
}
