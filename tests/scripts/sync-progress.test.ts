/**
 * Progress of a corpus sync (issue 13, item 13): the bar `npm start` and `npm run ingest` draw while the
 * documents are written and the search index follows, on a terminal only. A real sync of the seed corpus.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncStores, type CorpusSettings, type SyncStep } from '../../app/index.ts';
import { openEmbeddedGraphStore } from '../../graph/embedded/store.ts';
import { DEFAULT_MAX_FILE_BYTES, readManifest } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { syncProgressBar } from '../../scripts/sync-progress.ts';
import { CORPUS_DIR } from '../contract/corpus-fixture.ts';

/** A stream recording what is written to it, a terminal or not. */
function recorder(isTTY: boolean): { stream: NodeJS.WriteStream; written(): string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  Object.assign(stream, { isTTY, columns: 160, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, written: () => Buffer.concat(chunks).toString('utf8') };
}

describe('the progress of a corpus sync', () => {
  let dataDir: string;
  const settings = (): CorpusSettings => ({
    corpusDir: CORPUS_DIR,
    importedDir: null,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    statePath: join(dataDir, 'corpus-sync.json'),
    indexPendingPath: join(dataDir, 'index-pending'),
  });
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zangraph-progress-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('steps through every document written, then the search index, drawn on a terminal; a sync with nothing to do draws nothing', async () => {
    const graph = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
    const search = await openEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
    try {
      const documents = (await readManifest(CORPUS_DIR)).map((d) => d.id);
      const steps: SyncStep[] = [];
      const terminal = recorder(true);
      const bar = syncProgressBar('ingesting', terminal.stream);
      await syncStores({ graph, search }, settings(), {
        onProgress: (step) => {
          steps.push(step);
          bar.onProgress(step);
        },
      });
      await new Promise((resolve) => setImmediate(resolve));
      const total = documents.length + 1;
      expect(steps.map((s) => [s.done, s.total])).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
      expect(steps.slice(0, -1).map((s) => s.detail)).toEqual(documents);
      expect(steps.at(-1)?.detail).toBe('search index');
      expect(terminal.written()).toContain(`ingesting [`);
      expect(terminal.written()).toContain(`${total}/${total} search index`);

      const again: SyncStep[] = [];
      await syncStores({ graph, search }, settings(), { onProgress: (step) => again.push(step) });
      expect(again).toEqual([]);
    } finally {
      await graph.close();
      await search.close();
    }
  }, 120_000);

  it('draws nothing when stderr is not a terminal (CI, a pipe)', async () => {
    const piped = recorder(false);
    const bar = syncProgressBar('ingesting', piped.stream);
    bar.onProgress({ done: 1, total: 2, detail: 'a' });
    bar.onProgress({ done: 2, total: 2, detail: 'search index' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(piped.written()).toBe('');
  });
});
