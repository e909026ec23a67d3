/** The search index fed from the graph store (app/search-sync.ts graphContent), as `npm start` feeds it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphContent, syncSearchIndex } from '../../app/search-sync.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { buildSearchDocuments } from '../../search/documents.ts';
import { ingestedCorpus, testGraphStore } from '../contract/corpus-fixture.ts';

describe('the search index synced from the graph store', () => {
  let corpus: IngestedDocument[];
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  beforeAll(async () => {
    corpus = await ingestedCorpus();
    stored = await testGraphStore(corpus);
  });
  afterAll(() => stored.remove());

  it('reads back what the ingest produced: provisions, amendments and their acts, so each search document has its last amendment', async () => {
    const content = await graphContent(stored.store)(corpus.map((d) => d.document.id));
    content.forEach((c, i) => {
      const ingested = corpus[i] as IngestedDocument;
      expect(c.provisions).toEqual(ingested.provisions);
      // Every amendment whose target the graph resolved, in the store's order.
      expect(new Set(c.amendments?.map((a) => a.id))).toEqual(new Set(ingested.amendments.filter((a) => a.targetId).map((a) => a.id)));
      expect(buildSearchDocuments({ ...c, document: ingested.document })).toEqual(buildSearchDocuments(ingested));
    });
  });

  it('indexes the corpus so that the facet of last amendment counts what an index built from the ingest counts', async () => {
    const synced = await openEmbeddedSearchIndex({ dataDir: null });
    const direct = await openEmbeddedSearchIndex({ dataDir: null });
    await syncSearchIndex(synced, { documents: corpus.map((d) => d.document), contentOf: graphContent(stored.store) });
    await direct.upsertDocuments(corpus);
    const facets = async (index: typeof synced) => (await index.search({ query: 'сот', limit: 1 })).facets.lastAmended;
    expect((await facets(synced)).length).toBeGreaterThan(3);
    expect(await facets(synced)).toEqual(await facets(direct));
  });
});
