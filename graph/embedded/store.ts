/**
 * The embedded graph store: the default backend, in-process, persisted as JSON files.
 * Reads go to an immutable index version (indexes.ts) through reader.ts;
 * writes go to disk first (persistence.ts) and then swap in the next version, one
 * write at a time. A snapshot is simply a reader pinned to the version of its moment.
 */
import { applyChanges, emptyIndex, type Change, type GraphIndex } from './indexes.ts';
import { commitCatalogue, loadStore, removeDocumentFile, writeDocumentFile, type Catalogue } from './persistence.ts';
import { createReader } from './reader.ts';
import { compareStrings, segmentProblems } from './segment.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { checkWritable, contentHash, GraphStoreError, type GraphReader, type GraphStore, type WriteResult } from '../port.ts';

const BACKEND = 'embedded';

export interface EmbeddedGraphStoreOptions {
  /** Directory holding the store; created if absent */
  dataDir: string;
}

export interface EmbeddedGraphStore extends GraphStore {
  readonly dataDir: string;
  /** How many documents `open` read from disk: proof that a restart loaded rather than re-parsed */
  readonly loadedDocuments: number;
}

/** Open (or create) the store in `dataDir`, loading every stored document. */
export async function openEmbeddedGraphStore(options: EmbeddedGraphStoreOptions): Promise<EmbeddedGraphStore> {
  const { dataDir } = options;
  const loaded = await loadStore(dataDir);
  let catalogue: Catalogue = loaded.catalogue;
  let liveIndex: GraphIndex = applyChanges(
    emptyIndex(),
    loaded.documents.map((document) => ({ document })),
  );
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  /**
   * The reader pinned to a version, built by the first snapshot of that version: a server takes a
   * snapshot per request, and every request between two writes reads the same immutable version.
   */
  let pinned: { version: GraphIndex; reader: GraphReader } | null = null;

  /** Writes run one at a time, in call order; a failed write does not block the next. */
  function serialize<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  }

  function ensureOpen(): void {
    if (closed) throw new GraphStoreError(BACKEND, `store in ${dataDir} is closed`);
  }

  /** Reads of the version `version()` names, once the store is known to be open. */
  function readerOf(version: () => GraphIndex): GraphReader {
    return createReader(() => {
      ensureOpen();
      return version();
    });
  }

  /**
   * Make the catalogue `next` and the index after `change` the store's state. The index is
   * built first (a document it cannot index changes nothing); the catalogue's rename is the
   * commit point; the replaced file goes last.
   */
  async function commit(change: Change, next: Catalogue, oldPath: string | null): Promise<void> {
    const nextIndex = applyChanges(liveIndex, [change]);
    await commitCatalogue(dataDir, next);
    catalogue = next;
    liveIndex = nextIndex;
    // The write has succeeded; a file that cannot be deleted now is an orphan that `loadStore` sweeps.
    if (oldPath) await removeDocumentFile(dataDir, oldPath).catch(() => undefined);
  }

  return {
    ...readerOf(() => liveIndex),
    dataDir,
    loadedDocuments: loaded.documents.length,

    writeDocument(doc: IngestedDocument): Promise<WriteResult> {
      return serialize(async () => {
        ensureOpen();
        checkWritable(BACKEND, doc, segmentProblems(doc));
        const documentId = doc.document.id;
        const hash = contentHash(doc);
        const previous = catalogue.documents.find((e) => e.documentId === documentId) ?? null;
        if (previous?.contentHash === hash) return { documentId, status: 'unchanged' as const };
        const entry = await writeDocumentFile(dataDir, doc, hash);
        const others = catalogue.documents.filter((e) => e.documentId !== documentId);
        const next = { ...catalogue, documents: [...others, entry].sort((a, b) => compareStrings(a.documentId, b.documentId)) };
        await commit({ document: doc }, next, previous?.path ?? null);
        return { documentId, status: previous ? ('replaced' as const) : ('created' as const) };
      });
    },

    removeDocument(documentId: string): Promise<boolean> {
      return serialize(async () => {
        ensureOpen();
        const previous = catalogue.documents.find((e) => e.documentId === documentId);
        if (!previous) return false;
        await commit({ remove: documentId }, { ...catalogue, documents: catalogue.documents.filter((e) => e !== previous) }, previous.path);
        return true;
      });
    },

    snapshot(): GraphReader {
      ensureOpen();
      const version = liveIndex;
      if (pinned?.version !== version) pinned = { version, reader: readerOf(() => version) };
      return pinned.reader;
    },

    async close(): Promise<void> {
      await serialize(async () => {
        closed = true;
      });
    },
  };
}
