/**
 * Facet counts of the embedded index over the whole seed corpus, checked against counts taken
 * from every hit's own search document: every match counted once per facet, most frequent first,
 * equal counts in value order with numbers in numeric order (chapter 2 before chapter 10).
 */
import { describe, expect, it } from 'vitest';
import type { FacetCount, SearchFacets } from '../../search/port.ts';
import { buildSearchDocuments, type SearchDocument } from '../../search/documents.ts';
import { DEFAULT_RANKING, openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { ingestedCorpus } from '../contract/corpus-fixture.ts';

function expectedFacets(docs: readonly SearchDocument[]): SearchFacets {
  const tally = (value: (d: SearchDocument) => string | null): FacetCount[] => {
    const counts = new Map<string, number>();
    for (const d of docs) {
      const v = value(d);
      if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return [...counts]
      .map(([v, count]) => ({ value: v, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
  };
  return {
    document: tally((d) => d.documentId),
    kind: tally((d) => d.kind),
    chapter: tally((d) => d.chapter),
    status: tally((d) => d.status),
    lastAmended: tally((d) => d.lastAmended?.slice(0, 4) ?? null),
  };
}

describe('facets of the embedded index', async () => {
  const corpus = await ingestedCorpus();
  const byId = new Map(corpus.flatMap((d) => buildSearchDocuments(d)).map((sd) => [sd.id, sd]));
  const index = await openEmbeddedSearchIndex({ dataDir: null });
  await index.upsertDocuments(corpus);

  // сот (court): in every document of the corpus; құқық (right, law): in most chapters of the code
  for (const query of ['сот', 'құқық', 'медиация']) {
    it(`counts every match of “${query}” under its document, kind, chapter and status`, async () => {
      const first = await index.search({ query, limit: 1 });
      // A hit on a code article may be its best part, or one of a few (search/best-part.ts): the search document
      // counted is the enclosing one the index holds, once.
      const all = await index.search({ query, limit: first.total * DEFAULT_RANKING.partsPerArticle });
      const enclosing = (id: string): SearchDocument | undefined =>
        byId.get(id) ?? (id.includes('__') ? enclosing(id.slice(0, id.lastIndexOf('__'))) : undefined);
      const docs = all.hits.map((h) => enclosing(h.provisionId));
      expect(docs.every((d) => d !== undefined)).toBe(true);
      const distinct = [...new Map((docs as SearchDocument[]).map((d) => [d.id, d])).values()];
      expect(distinct).toHaveLength(first.total);
      expect(all.facets).toEqual(expectedFacets(distinct));
      expect(first.facets).toEqual(all.facets);
    });
  }

  it('narrows to a range of last-amendment dates, matching what the facet counted for the year', async () => {
    const { facets } = await index.search({ query: 'құқық', limit: 1 });
    const year = facets.lastAmended[0];
    expect(year).toBeDefined();
    const { value, count } = year as { value: string; count: number };
    const narrowed = await index.search({
      query: 'құқық',
      filter: { lastAmended: { from: `${value}-01-01`, to: `${value}-12-31` } },
      limit: 100,
    });
    expect(narrowed.total).toBe(count);
    // A hit may be the part of a code article its match lies in: the date is its search document's (the article's).
    const searched = (id: string) => byId.get(id) ?? byId.get(id.replace(/__.*$/, ''));
    for (const hit of narrowed.hits) expect(searched(hit.provisionId)?.lastAmended?.slice(0, 4)).toBe(value);
    expect(narrowed.facets.lastAmended).toEqual([{ value, count }]);
    const never = await index.search({ query: 'құқық', filter: { lastAmended: { from: '1900-01-01' } }, limit: 1 });
    expect(never.total).toBe(facets.lastAmended.reduce((sum, f) => sum + f.count, 0));
  });

  it('has chapters with equal counts for “құқық”, so the tests above check the order of ties', async () => {
    const { facets } = await index.search({ query: 'құқық', limit: 1 });
    const counts = facets.chapter.map((c) => c.count);
    expect(new Set(counts).size).toBeLessThan(counts.length);
  });
});
