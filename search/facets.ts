/** Filtering and facet counting over search documents, for engines that do not do it themselves. */
import type { SearchDocument } from './documents.ts';
import type { FacetCount, SearchFacets, SearchFilter } from './port.ts';

export function matchesFilter(doc: SearchDocument, filter: SearchFilter | undefined): boolean {
  if (!filter) return true;
  return (
    (filter.document === undefined || doc.documentId === filter.document) &&
    (filter.kind === undefined || doc.kind === filter.kind) &&
    (filter.chapter === undefined || doc.chapter === filter.chapter) &&
    (filter.status === undefined || doc.status === filter.status)
  );
}

function count(values: Iterable<string | null>): FacetCount[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
}

export function countFacets(docs: readonly SearchDocument[]): SearchFacets {
  return {
    document: count(docs.map((d) => d.documentId)),
    kind: count(docs.map((d) => d.kind)),
    chapter: count(docs.map((d) => d.chapter)),
    status: count(docs.map((d) => d.status)),
  };
}
