/**
 * Result diversification (search/embedded/diversify.ts) and its use in the embedded index: at most a few
 * results of one parent section among the first ones, the others pushed down, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../search/documents.ts';
import { diversify } from '../../../search/embedded/diversify.ts';
import { DEFAULT_RANKING, openEmbeddedSearchIndex } from '../../../search/embedded/search-index.ts';
import { ingestedCorpus } from '../../contract/corpus-fixture.ts';

describe('diversify', () => {
  const section = (item: string): string => item.slice(0, 1);

  it('keeps at most perGroup items of a group in the window, pushing the rest to its end in their order', () => {
    expect(diversify(['a1', 'a2', 'a3', 'b1', 'a4', 'c1'], section, 2, 6)).toEqual(['a1', 'a2', 'b1', 'c1', 'a3', 'a4']);
  });

  it('leaves the results after the window where they are', () => {
    expect(diversify(['a1', 'a2', 'a3', 'b1', 'a4', 'c1'], section, 1, 3)).toEqual(['a1', 'a2', 'a3', 'b1', 'a4', 'c1']);
    expect(diversify(['a1', 'a2', 'b1', 'a3', 'c1'], section, 1, 3)).toEqual(['a1', 'b1', 'a2', 'a3', 'c1']);
  });

  it('changes nothing without a limit', () => {
    expect(diversify(['a1', 'a2', 'a3'], section, Infinity, 3)).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('diversified results of the embedded index', async () => {
  const corpus = await ingestedCorpus();
  const sectionOf = new Map(
    corpus
      .flatMap((d) => buildSearchDocuments(d))
      .map((sd) => [sd.id, sd.path.length === 0 ? sd.id : `${sd.documentId}\n${sd.path.join('\n')}`]),
  );
  const plain = await openEmbeddedSearchIndex({ dataDir: null, ranking: { perSection: Infinity } });
  const diverse = await openEmbeddedSearchIndex({ dataDir: null });
  await plain.upsertDocuments(corpus);
  await diverse.upsertDocuments(corpus);
  const largestSection = (ids: readonly string[]): number => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(sectionOf.get(id) ?? id, (counts.get(sectionOf.get(id) ?? id) ?? 0) + 1);
    return Math.max(...counts.values());
  };
  // "public order": one textbook section (citizens' part in keeping public order) says it in most of its paragraphs
  const query = 'қоғамдық тәртіп';

  it('ranks every result of another section among the first 50 above the paragraphs of a section beyond its perSection', async () => {
    const before = (await plain.search({ query, limit: 10 })).hits.map((h) => h.provisionId);
    expect(largestSection(before)).toBeGreaterThan(DEFAULT_RANKING.perSection);
    const after = (await diverse.search({ query, limit: 50 })).hits.map((h) => h.provisionId);
    const seen = new Map<string, number>();
    const beyond = after.map((id) => {
      const section = sectionOf.get(id) ?? id;
      seen.set(section, (seen.get(section) ?? 0) + 1);
      return (seen.get(section) ?? 0) > DEFAULT_RANKING.perSection;
    });
    const firstBeyond = beyond.indexOf(true);
    expect(firstBeyond).toBeGreaterThan(0);
    expect(beyond.slice(firstBeyond).every(Boolean)).toBe(true);
    // the first page now shows results the crowded section kept off it
    expect(after.slice(0, 10).filter((id) => !before.includes(id)).length).toBeGreaterThan(0);
  });

  it('pushes the other paragraphs down without dropping any: the same total, facets and first 50 results', async () => {
    const before = await plain.search({ query, limit: 50 });
    const after = await diverse.search({ query, limit: 50 });
    expect(after.total).toBe(before.total);
    expect(after.facets).toEqual(before.facets);
    expect(new Set(after.hits.map((h) => h.provisionId))).toEqual(new Set(before.hits.map((h) => h.provisionId)));
  });

  it('cuts every page from one order', async () => {
    const all = (await diverse.search({ query, limit: 30 })).hits.map((h) => h.provisionId);
    const pages = [];
    for (let offset = 0; offset < 30; offset += 10)
      pages.push(...(await diverse.search({ query, offset, limit: 10 })).hits.map((h) => h.provisionId));
    expect(pages).toEqual(all);
  });
});
