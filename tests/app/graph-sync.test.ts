import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedGraphStore } from '../../graph/embedded/store.ts';
import type { Document } from '../../model/index.ts';
import { syncGraphStore, type IngestCorpus } from '../../app/graph-sync.ts';
import { ingestCorpus, readManifest } from '../../ingest/index.ts';
import { CODE_ID, CORPUS_DIR, ingestedCode } from '../contract/corpus-fixture.ts';

describe('syncing the store with the corpus manifest', () => {
  let root: string;
  let manifest: Document[];
  let ingestRuns = 0;
  /** The real pipeline, counted: the count proves whether a start re-parsed the corpus. */
  const ingest: IngestCorpus = () => {
    ingestRuns++;
    return ingestCorpus(CORPUS_DIR);
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'zangraph-sync-'));
    manifest = await readManifest(CORPUS_DIR);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('ingests into an empty store, then a restart loads the store without parsing', async () => {
    const dataDir = join(root, 'restart');
    const options = { manifest, ingest, pipeline: 'v1', statePath: join(dataDir, 'sync.json') };
    const first = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
    const report = await syncGraphStore(first, options);
    expect(report.ingested).toBe(true);
    expect(report.written).toContainEqual({ documentId: CODE_ID, status: 'created' });
    expect(report.stale).toEqual(manifest.map((d) => d.id));
    await first.close();
    const runsAfterFirstStart = ingestRuns;

    const second = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
    expect(second.loadedDocuments).toBe(report.written.length);
    const again = await syncGraphStore(second, options);
    expect(again).toMatchObject({ ingested: false, stale: [], written: [] });
    expect(ingestRuns).toBe(runsAfterFirstStart);
    expect((await second.getDocuments([CODE_ID]))[0]?.sha256).toBe(manifest.find((d) => d.id === CODE_ID)?.sha256);

    // The same texts under a changed pipeline are parsed again; the unchanged parse writes nothing.
    const changed = await syncGraphStore(second, { ...options, pipeline: 'v2' });
    expect(changed.ingested).toBe(true);
    expect(ingestRuns).toBe(runsAfterFirstStart + 1);
    expect(changed.written).toContainEqual({ documentId: CODE_ID, status: 'unchanged' });
    await second.close();
  });

  it('re-ingests when a stored document has another SHA-256 than the manifest, replacing just that one', async () => {
    const dataDir = join(root, 'stale');
    const code = await ingestedCode();
    const store = await openEmbeddedGraphStore({ dataDir });
    await store.writeDocument({ ...code, document: { ...code.document, sha256: '0'.repeat(64) } });
    const report = await syncGraphStore(store, { manifest, ingest, pipeline: null, statePath: null });
    expect(report.stale).toContain(CODE_ID);
    expect(report.written).toContainEqual({ documentId: CODE_ID, status: 'replaced' });
    expect((await store.getDocuments([CODE_ID]))[0]?.sha256).toBe(code.document.sha256);
    await store.close();
  });

  it('removes a stored document the manifest no longer lists', async () => {
    const dataDir = join(root, 'removed');
    const code = await ingestedCode();
    const store = await openEmbeddedGraphStore({ dataDir });
    await store.writeDocument(code);
    const report = await syncGraphStore(store, { manifest: [], ingest, pipeline: null, statePath: null });
    expect(report.removed).toEqual([CODE_ID]);
    expect(await store.listDocuments()).toEqual([]);
    await store.close();
  });
});
