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

/** One collator for every sort: `localeCompare` with options builds a new one per comparison. */
const byValue = new Intl.Collator('en', { numeric: true }).compare;

/** Most frequent first, then by value with numbers in numeric order. */
function sortCounts(counts: FacetCount[]): FacetCount[] {
  return counts.sort((a, b) => b.count - a.count || byValue(a.value, b.value));
}

const FACETS = ['document', 'kind', 'chapter', 'status'] as const;
type Facet = (typeof FACETS)[number];

/**
 * Facet values of indexed documents as small integer codes by doc number, so counting the
 * facets of a hundred thousand matches is four array increments each, not four map updates.
 */
export interface FacetTable {
  set(docNumber: number, doc: SearchDocument): void;
  /** Facet counts over `docs[0 … count-1]` */
  count(docs: Int32Array, count: number): SearchFacets;
}

export function createFacetTable(): FacetTable {
  const values = new Map<Facet, string[]>(FACETS.map((f) => [f, []]));
  const codesOf = new Map<Facet, Map<string, number>>(FACETS.map((f) => [f, new Map()]));
  let codes = new Map<Facet, Int32Array>(FACETS.map((f) => [f, new Int32Array(1024)]));
  const codeFor = (facet: Facet, value: string | null): number => {
    if (value === null) return -1;
    const known = codesOf.get(facet);
    const list = values.get(facet);
    if (!known || !list) return -1;
    let code = known.get(value);
    if (code === undefined) {
      code = list.length;
      list.push(value);
      known.set(value, code);
    }
    return code;
  };
  return {
    set(docNumber, doc) {
      const current = codes.get('document');
      if (current && current.length <= docNumber) {
        codes = new Map(
          [...codes].map(([facet, array]) => {
            const next = new Int32Array(Math.max(docNumber + 1, array.length * 2));
            next.set(array);
            return [facet, next];
          }),
        );
      }
      const valuesOf: Record<Facet, string | null> = { document: doc.documentId, kind: doc.kind, chapter: doc.chapter, status: doc.status };
      for (const facet of FACETS) {
        const array = codes.get(facet);
        if (array) array[docNumber] = codeFor(facet, valuesOf[facet]);
      }
    },
    count(docs, count) {
      const result = {} as SearchFacets;
      for (const facet of FACETS) {
        const names = values.get(facet) ?? [];
        const array = codes.get(facet) ?? new Int32Array(0);
        // One slot more than there are values: slot 0 takes the documents without one (code -1).
        const counts = new Int32Array(names.length + 1);
        for (let i = 0; i < count; i++) {
          const slot = (array[docs[i] as number] ?? -1) + 1;
          counts[slot] = (counts[slot] as number) + 1;
        }
        const buckets: FacetCount[] = [];
        names.forEach((value, code) => {
          const n = counts[code + 1] ?? 0;
          if (n > 0) buckets.push({ value, count: n });
        });
        result[facet] = sortCounts(buckets);
      }
      return result;
    },
  };
}
