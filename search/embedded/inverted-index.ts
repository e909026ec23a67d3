/**
 * The embedded adapter's inverted index: BM25+ over a few weighted fields, with prefix and
 * typo-tolerant term expansion, in typed arrays.
 *
 * Why not MiniSearch's own index and search: it keeps one Map entry per posting and allocates a
 * result object (with term and match lists) per matching document and term, so a query at 100×
 * the seed corpus spent its time building objects for a hundred thousand matches it then threw
 * away, and the index took gigabytes. Here a posting is an int and a short (doc number, term
 * frequency), scores accumulate in reusable arrays, and only the page is ever materialized.
 * MiniSearch's radix tree (its public SearchableMap) still serves as the term dictionary, for
 * prefix and fuzzy lookups. Scoring follows MiniSearch's BM25+ exactly (same formula, same
 * per-field document frequencies, same prefix/fuzzy weights) and reports how many query terms
 * each document matched, so the adapter ranks as it did on MiniSearch (the relevance evaluation
 * gave identical figures on both).
 */
import SearchableMap from 'minisearch/SearchableMap';

/** Postings of one term in one field: doc numbers ascending, with the term's frequency in each. */
interface Postings {
  docs: Int32Array;
  tfs: Uint16Array;
  size: number;
  /** Postings of documents still in the index (the document frequency BM25 uses) */
  live: number;
}

export interface Bm25Parameters {
  k: number;
  b: number;
  d: number;
}

/** How one query term is looked up: exactly, and maybe as a prefix and within an edit distance. */
export interface QueryTermSpec {
  term: string;
  prefix: boolean;
  /** Largest edit distance accepted, 0 for none */
  fuzzy: number;
  /** Score factor (default 1): a thesaurus expansion weighs less than the words typed */
  weight?: number;
  /**
   * The query word this term counts as (default: its own position): a term and its thesaurus expansion, given
   * one after the other, count once in the number of query words a document matched
   */
  group?: number;
  /**
   * Documents found another way, with their scores (before `weight`): a query word read through the other
   * language's text (bridge.ts). The term is then a label, looked up nowhere.
   */
  scored?: ReadonlyMap<number, number>;
}

export interface MatchOptions {
  /** Field weights, by field position */
  boosts: readonly number[];
  /** Base weights of a term found by typo tolerance and by prefix (exact: 1) */
  fuzzyWeight: number;
  prefixWeight: number;
  bm25: Bm25Parameters;
}

/**
 * The documents a query matched. The arrays are the index's scratch space, indexed by doc number: valid until its
 * next `match`, and only at the doc numbers listed in `docs` (the others hold what earlier queries left).
 */
export interface Matches {
  /** Matched doc numbers, `docs[0 … count-1]`, ascending */
  docs: Int32Array;
  count: number;
  /** BM25+ sum by doc number */
  scores: Float64Array;
  /** Distinct query terms matched, by doc number */
  termCounts: Uint16Array;
  /** Every index term the query terms expanded to (exact, prefix, fuzzy) */
  expandedTerms: string[];
}

export interface InvertedIndex {
  /** Index a document's fields (each a list of terms, repeats counted); returns its doc number. */
  add(fields: ReadonlyArray<readonly string[]>): number;
  /** Take a document out; its fields must be given again (the index keeps no forward lists). */
  remove(doc: number, fields: ReadonlyArray<readonly string[]>): void;
  match(terms: readonly QueryTermSpec[], options: MatchOptions): Matches;
  /** Which of `terms` a document holds in any field (for marking a hit's snippet). */
  termsIn(doc: number, terms: readonly string[]): string[];
  /** Whether any document still indexed holds the term */
  holds(term: string): boolean;
  /** How many documents still indexed hold the term, in the field holding it in most */
  frequency(term: string): number;
  /** The documents still indexed that hold the term in any field, ascending */
  documents(term: string): number[];
}

const INITIAL_POSTINGS = 4;
/** Below one match in this many docs, sorting the matches costs less than scanning every doc for them. */
const SORT_OVER_SCAN = 32;

function grown<T extends Int32Array | Uint32Array | Uint16Array | Float64Array | Uint8Array>(array: T, minimum: number): T {
  if (array.length >= minimum) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(minimum, array.length * 2));
  next.set(array);
  return next;
}

/** Position of `doc` in a postings list, or -1. */
function find(p: Postings, doc: number): number {
  let lo = 0;
  let hi = p.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = p.docs[mid] ?? 0;
    if (at === doc) return mid;
    if (at < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function createInvertedIndex(fieldCount: number): InvertedIndex {
  /** term → postings per field (null where the field never held the term) */
  const postings = new Map<string, Array<Postings | null>>();
  /** The same terms in a radix tree, for prefix and fuzzy lookups (its exact lookups are slower than a Map's) */
  const dictionary = new SearchableMap<Array<Postings | null>>();
  let alive = new Uint8Array(1024);
  /**
   * Field lengths (distinct terms, as MiniSearch counts them), one array per field by doc number: scoring a term
   * reads one field's lengths along its ascending postings, so they lie close together (at 100× the seed corpus,
   * lengths interleaved by doc spread those reads over four times the memory, a cache miss per posting).
   */
  const lengths: Uint32Array[] = Array.from({ length: fieldCount }, () => new Uint32Array(1024));
  const totalLength = new Float64Array(fieldCount);
  let nextDoc = 0;
  let liveDocs = 0;
  // Scratch space for match(), grown with the index and reused across queries. A doc's slots are valid while
  // `touched` holds the current query's serial: a new query starts with a new serial instead of clearing the
  // previous query's matches, a pass of scattered writes over as many docs as it matched.
  let scores = new Float64Array(1024);
  let termCounts = new Uint16Array(1024);
  let lastTerm = new Int32Array(1024);
  let touched: Uint32Array = new Uint32Array(1024);
  let serial = 0;
  let matched = new Int32Array(1024);
  let matchedCount = 0;

  /**
   * The matched docs in ascending doc number, as they were met only within each postings list: every pass over the
   * matches after scoring (filter, totals, facets) then reads the per-doc arrays front to back instead of jumping,
   * which at 100× the seed corpus was most of their time. Docs tied on score keep their order (ties are broken by
   * position downstream): a tie means the same postings, met in the same list, in ascending order already. Many
   * matches are collected by one scan of the query's marks, few are sorted.
   */
  const inDocOrder = (): void => {
    if (matchedCount * SORT_OVER_SCAN < nextDoc) {
      matched.subarray(0, matchedCount).sort();
      return;
    }
    let at = 0;
    for (let doc = 0; doc < nextDoc; doc++) if (touched[doc] === serial) matched[at++] = doc;
  };

  const frequencies = (terms: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };

  const append = (term: string, field: number, doc: number, tf: number): void => {
    let perField = postings.get(term);
    if (!perField) {
      perField = new Array<Postings | null>(fieldCount).fill(null);
      postings.set(term, perField);
      dictionary.set(term, perField);
    }
    let p = perField[field];
    if (!p) {
      p = { docs: new Int32Array(INITIAL_POSTINGS), tfs: new Uint16Array(INITIAL_POSTINGS), size: 0, live: 0 };
      perField[field] = p;
    }
    p.docs = grown(p.docs, p.size + 1);
    p.tfs = grown(p.tfs, p.size + 1);
    p.docs[p.size] = doc;
    p.tfs[p.size] = Math.min(tf, 0xffff);
    p.size++;
    p.live++;
  };

  /** Add one term's postings in one field to the accumulators. */
  const accumulate = (
    p: Postings,
    weight: number,
    boost: number,
    avgLength: number,
    field: number,
    queryTerm: number,
    bm25: Bm25Parameters,
  ): void => {
    const { k, b, d } = bm25;
    const idf = Math.log(1 + (liveDocs - p.live + 0.5) / (p.live + 0.5));
    const factor = weight * boost * idf;
    const norm = k * (1 - b);
    const perLength = (k * b) / (avgLength || 1);
    const fieldLengths = lengths[field] as Uint32Array;
    for (let i = 0; i < p.size; i++) {
      const doc = p.docs[i] ?? 0;
      if (!alive[doc]) continue;
      const tf = p.tfs[i] ?? 0;
      const length = fieldLengths[doc] ?? 0;
      credit(doc, factor * (d + (tf * (k + 1)) / (tf + norm + perLength * length)), queryTerm);
    }
  };

  /** Add a query term's score for one document to the accumulators. */
  const credit = (doc: number, score: number, queryTerm: number): void => {
    if (touched[doc] !== serial) {
      touched[doc] = serial;
      matched[matchedCount++] = doc;
      termCounts[doc] = 1;
      lastTerm[doc] = queryTerm;
      scores[doc] = score;
      return;
    }
    if (lastTerm[doc] !== queryTerm) {
      termCounts[doc] = (termCounts[doc] ?? 0) + 1;
      lastTerm[doc] = queryTerm;
    }
    scores[doc] = (scores[doc] ?? 0) + score;
  };

  return {
    add(fields) {
      const doc = nextDoc++;
      alive = grown(alive, doc + 1);
      fields.forEach((terms, field) => {
        const counts = frequencies(terms);
        const fieldLengths = grown(lengths[field] as Uint32Array, doc + 1);
        lengths[field] = fieldLengths;
        fieldLengths[doc] = counts.size;
        totalLength[field] = (totalLength[field] ?? 0) + counts.size;
        for (const [term, tf] of counts) append(term, field, doc, tf);
      });
      alive[doc] = 1;
      liveDocs++;
      return doc;
    },
    remove(doc, fields) {
      if (!alive[doc]) return;
      alive[doc] = 0;
      liveDocs--;
      fields.forEach((terms, field) => {
        const counts = frequencies(terms);
        totalLength[field] = (totalLength[field] ?? 0) - counts.size;
        for (const term of counts.keys()) {
          const p = postings.get(term)?.[field];
          if (p) p.live--;
        }
      });
    },
    match(terms, options) {
      matchedCount = 0;
      if (scores.length < nextDoc) {
        scores = grown(scores, nextDoc);
        termCounts = grown(termCounts, nextDoc);
        matched = grown(matched, nextDoc);
        lastTerm = grown(lastTerm, nextDoc);
        touched = grown(touched, nextDoc);
      }
      // Serial 0 marks a doc no query touched yet; when the serials run out, every mark is cleared and counting starts over.
      if (serial === 0xffffffff) {
        touched.fill(0);
        serial = 0;
      }
      serial++;
      const averages = Array.from(totalLength, (total) => (liveDocs > 0 ? total / liveDocs : 0));
      const expandedTerms: string[] = [];
      const score = (perField: ReadonlyArray<Postings | null>, weight: number, queryTerm: number): void => {
        perField.forEach((p, field) => {
          if (p) accumulate(p, weight, options.boosts[field] ?? 1, averages[field] ?? 0, field, queryTerm, options.bm25);
        });
      };
      terms.forEach((spec, position) => {
        const queryTerm = spec.group ?? position;
        const weight = spec.weight ?? 1;
        if (spec.scored) {
          for (const [doc, score] of spec.scored) if (doc < nextDoc && alive[doc]) credit(doc, weight * score, queryTerm);
          return;
        }
        const exact = postings.get(spec.term);
        if (exact) {
          expandedTerms.push(spec.term);
          score(exact, weight, queryTerm);
        }
        // MiniSearch's weights: prefix matches fade slower with extra length than typo matches with distance.
        const byPrefix = new Set<string>();
        if (spec.prefix)
          for (const [term, perField] of dictionary.atPrefix(spec.term)) {
            const extra = term.length - spec.term.length;
            if (extra === 0) continue;
            byPrefix.add(term);
            expandedTerms.push(term);
            score(perField, (weight * options.prefixWeight * term.length) / (term.length + 0.3 * extra), queryTerm);
          }
        if (spec.fuzzy > 0)
          for (const [term, [perField, distance]] of dictionary.fuzzyGet(spec.term, spec.fuzzy)) {
            if (distance === 0 || byPrefix.has(term)) continue;
            expandedTerms.push(term);
            score(perField, (weight * options.fuzzyWeight * term.length) / (term.length + distance), queryTerm);
          }
      });
      inDocOrder();
      return { docs: matched, count: matchedCount, scores, termCounts, expandedTerms };
    },
    holds(term) {
      return postings.get(term)?.some((p) => p !== null && p.live > 0) ?? false;
    },
    frequency(term) {
      return (postings.get(term) ?? []).reduce((most, p) => Math.max(most, p?.live ?? 0), 0);
    },
    documents(term) {
      // The fields' postings merged: each lists its docs ascending, so the next doc is the least at their heads.
      const lists = (postings.get(term) ?? []).filter((p): p is Postings => p !== null && p.size > 0);
      const at = lists.map(() => 0);
      const docs: number[] = [];
      for (;;) {
        let next = Infinity;
        lists.forEach((p, i) => (next = Math.min(next, p.docs[at[i] ?? 0] ?? Infinity)));
        if (next === Infinity) return docs;
        lists.forEach((p, i) => {
          if (p.docs[at[i] ?? 0] === next) at[i] = (at[i] ?? 0) + 1;
          if ((at[i] ?? 0) >= p.size) at[i] = Infinity;
        });
        if (alive[next]) docs.push(next);
      }
    },
    termsIn(doc, terms) {
      return terms.filter((term) => postings.get(term)?.some((p) => p !== null && find(p, doc) >= 0));
    },
  };
}
