/**
 * The embedded (in-process) search index: the shared contract, plus what only this adapter
 * promises: the index file in the data directory survives a reopen and is rebuilt per document.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import type { SearchIndex } from '../../search/port.ts';
import { syncSearchIndex } from '../../app/search-sync.ts';
import { engineDefaultAnalyzer } from '../../search/eval/baseline-analyzer.ts';
import { CODE_ID, ingestedCode, ingestedCodeWithRussian, provision } from './corpus-fixture.ts';
import { searchIndexContract } from './search-index.contract.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zangraph-search-'));
  dirs.push(dir);
  return dir;
}

searchIndexContract('embedded', async () => openEmbeddedSearchIndex({ dataDir: await freshDir() }));

describe('embedded search index on disk', () => {
  it('answers the same after a reopen from its data directory', async () => {
    const dataDir = await freshDir();
    const code = await ingestedCode();
    const first = await openEmbeddedSearchIndex({ dataDir });
    await first.upsertDocuments([code]);
    const before = await first.search({ query: 'сотқа шағым беру мерзімі', limit: 20 });
    await first.close();

    expect(await readdir(dataDir)).toEqual(['search-index.json']);
    const reopened = await openEmbeddedSearchIndex({ dataDir });
    expect(await reopened.indexedVersions()).toEqual([{ documentId: CODE_ID, sha256: code.document.sha256 }]);
    expect(await reopened.search({ query: 'сотқа шағым беру мерзімі', limit: 20 })).toEqual(before);
    expect((await reopened.search({ query: '15-1-бап' })).hits[0]?.provisionId).toBe(provision('art_15-1'));
  });

  it('answers in both languages the same after a reopen', async () => {
    const dataDir = await freshDir();
    const first = await openEmbeddedSearchIndex({ dataDir });
    await first.upsertDocuments([await ingestedCodeWithRussian()]);
    const queries = ['срок подачи жалобы', 'сотқа шағым беру мерзімі', 'статья 22'];
    const before = await Promise.all(queries.map((query) => first.search({ query, limit: 20 })));
    await first.close();
    const reopened = await openEmbeddedSearchIndex({ dataDir });
    expect(await Promise.all(queries.map((query) => reopened.search({ query, limit: 20 })))).toEqual(before);
    expect(before.map((r) => r.language)).toEqual(['ru', 'kk', 'ru']);
  });

  it('keeps the change of one document across a reopen', async () => {
    const dataDir = await freshDir();
    const code = await ingestedCode();
    const index = await openEmbeddedSearchIndex({ dataDir });
    await index.upsertDocuments([code]);
    const art121 = provision('art_121');
    await index.upsertDocuments([
      { document: code.document, provisions: code.provisions.filter((p) => p.id !== art121 && !p.id.startsWith(`${art121}__`)) },
    ]);
    const reopened = await openEmbeddedSearchIndex({ dataDir });
    expect((await reopened.search({ query: 'медиация', limit: 100 })).hits.map((h) => h.provisionId)).not.toContain(art121);
  });

  it('names the file when the index file is damaged', async () => {
    const dataDir = await freshDir();
    await writeFile(join(dataDir, 'search-index.json'), '{ not json');
    await expect(openEmbeddedSearchIndex({ dataDir })).rejects.toThrow(/\[search:embedded\].*search-index\.json/);
  });
});

describe('embedded search index after documents are replaced', () => {
  // Queries over words of the code's text: 121-бап (mediation, line 7398), 120-бап (conciliation, line 7326).
  const queries = ['медиация', 'татуласу рәсімдері', 'сотқа шағым беру мерзімі', 'әкімшілік акт'];
  const answers = async (index: SearchIndex) => Promise.all(queries.map((query) => index.search({ query, limit: 20 })));

  it('ranks and scores exactly as an index built once, while replaced texts linger and after they are compacted', async () => {
    const code = await ingestedCode();
    const fresh = await openEmbeddedSearchIndex({ dataDir: null });
    await fresh.upsertDocuments([code]);
    const expected = await answers(fresh);
    expect(expected[0]?.total).toBeGreaterThan(0);

    const replaced = await openEmbeddedSearchIndex({ dataDir: null });
    await replaced.upsertDocuments([code]);
    await replaced.upsertDocuments([code]);
    // One replacement leaves the old postings in place: they must neither match nor count in the statistics.
    expect(await answers(replaced)).toEqual(expected);
    // Many replacements (here 10 × 195 articles taken out) make the index rebuild itself without the dead postings.
    for (let i = 0; i < 10; i++) await replaced.upsertDocuments([code]);
    expect(await answers(replaced)).toEqual(expected);
  });
});

describe('syncing the index with the ingested corpus', () => {
  it('indexes a document the index lacks or holds in another version, and drops one no longer ingested', async () => {
    const code = await ingestedCode();
    const index = await openEmbeddedSearchIndex({ dataDir: null });
    const source = (docs: IngestedDocument[], reparsed?: Set<string>) => ({
      documents: docs.map((d) => d.document),
      provisionsOf: async (ids: readonly string[]) => ids.map((id) => docs.find((d) => d.document.id === id)?.provisions ?? []),
      wordingsOf: async (ids: readonly string[]) => ids.map((id) => docs.flatMap((d) => d.wordings).filter((w) => w.provisionId === id)),
      reparsed,
    });
    expect(await syncSearchIndex(index, source([code]))).toEqual({ indexed: [CODE_ID], removed: [] });
    expect(await syncSearchIndex(index, source([code]))).toEqual({ indexed: [], removed: [] });
    // parsed anew from the same text (a new pipeline): re-indexed although its sha256 is the one held
    expect(await syncSearchIndex(index, source([code], new Set([CODE_ID])))).toEqual({ indexed: [CODE_ID], removed: [] });
    const edited = { ...code, document: { ...code.document, sha256: '0'.repeat(64) } };
    expect(await syncSearchIndex(index, source([edited]))).toEqual({ indexed: [CODE_ID], removed: [] });
    expect(await syncSearchIndex(index, source([]))).toEqual({ indexed: [], removed: [CODE_ID] });
    expect((await index.search({ query: 'медиация' })).total).toBe(0);
  });
});

describe('embedded search index built under other analysis', () => {
  it('starts empty, so the caller re-indexes, when the file was written by another analyzer', async () => {
    const dataDir = await freshDir();
    const baseline = await openEmbeddedSearchIndex({ dataDir, analyzer: engineDefaultAnalyzer });
    await baseline.upsertDocuments([await ingestedCode()]);
    expect(await (await openEmbeddedSearchIndex({ dataDir, analyzer: engineDefaultAnalyzer })).indexedVersions()).toHaveLength(1);
    expect(await (await openEmbeddedSearchIndex({ dataDir })).indexedVersions()).toEqual([]);
  });
});
