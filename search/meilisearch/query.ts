/**
 * From the engine-neutral query plan (search/query-plan.ts) to Meilisearch requests, and from
 * Meilisearch answers back to the port's shapes. Pure functions: unit-tested for exact output.
 *
 * Meilisearch does not stem Kazakh, so `q` carries the plan's analyzer terms: they match the
 * `stems` field in any inflection, and the raw `heading` and `text` fields wherever a word
 * stands in its base form (which is what lets a heading match rank first). The words as typed
 * are not sent beside them: Meilisearch completes only the last word of `q` as a prefix and
 * `matchingStrategy: last` drops words from the end, so an inflected word that matches nothing
 * would take the prefix from the stem and, placed first, empty the result.
 */
import { provisionId } from '../../model/index.ts';
import { lowercase, type AnalyzedWord } from '../analyzer/index.ts';
import { quoteFilterValue } from './filter.ts';
import type { Passage } from '../documents.ts';
import { compareFacetValues } from '../facets.ts';
import type { MeiliSearchDocument } from './settings.ts';
import type { QueryPlan } from '../query-plan.ts';
import { enclosingEIds } from '../reference-query.ts';
import type { FacetCount, SearchFacets } from '../port.ts';

export interface MeiliQuery {
  /** The `q` sent; never contains quotes or a leading `-` except a phrase built here */
  q: string;
  /** Terms whose occurrences a snippet marks */
  matchedTerms: Set<string>;
}

/**
 * The Meilisearch `q` for a plan: the analyzer's terms, which the `stems` field holds, in query
 * order, so the last one is completed as a prefix as the embedded index completes it. A quoted
 * query becomes a Meilisearch phrase of its stems (the field keeps them in text order), so the
 * phrase matches in any inflection. Only analyzer tokens (letters and numbers) reach `q`: user
 * punctuation cannot change its syntax.
 */
export function buildMeiliQuery(plan: QueryPlan): MeiliQuery {
  // Meilisearch cannot weigh a general-language synonym below the words typed, and would ask for it as another word.
  const terms = plan.terms.filter((term) => !plan.synonyms.has(term));
  const q = terms.join(' ');
  return { q: plan.phraseRequired ? `"${q}"` : q, matchedTerms: new Set(terms) };
}

/**
 * A query's words as Meilisearch searches them (what `analyzeWords` shows): never with a general-language synonym,
 * which buildMeiliQuery leaves out, and with no expansion at all in a quoted phrase, which is searched as typed.
 */
export function wordsAsSearched(words: readonly AnalyzedWord[], plan: Pick<QueryPlan, 'phraseRequired'>): AnalyzedWord[] {
  return words.map((w) => (plan.phraseRequired || w.expansionKind === 'synonym' ? { ...w, expansion: [], expansionKind: null } : w));
}

/** Kinds of document whose articles a reference names, codes first (as the embedded index). */
export const REFERENCED_KINDS = ['code', 'law'] as const;

/**
 * Filter selecting the search documents a reference query names: in a code the article (a part or subparagraph lies
 * inside its article's search document), in a law the provision or any provision enclosing it (a law's provisions
 * are search documents of their own), in the documents the query names by abbreviation when `byName` and it names
 * any (callers retry without, as the embedded index falls back to every act when no act bears the name).
 */
export function referenceFilter(plan: QueryPlan, byName = true): string | null {
  const reference = plan.reference;
  if (!reference?.ref.article) return null;
  const eIds = enclosingEIds(reference.eId);
  const conditions = [
    `kind IN [${REFERENCED_KINDS.map(quoteFilterValue).join(', ')}]`,
    eIds.length === 1 ? `eId = ${quoteFilterValue(eIds[0] ?? '')}` : `eId IN [${eIds.map(quoteFilterValue).join(', ')}]`,
  ];
  if (byName && reference.documentNames.length > 0) {
    conditions.push(`documentNames IN [${reference.documentNames.map(quoteFilterValue).join(', ')}]`);
  }
  return conditions.join(' AND ');
}

/**
 * One row per act, the one nearest the named provision (the longest eId), codes first, then in the order of
 * `actOrder` (the acts the rest of the query matches, best first), then by document id.
 */
export function referenceRows<T extends Pick<MeiliSearchDocument, 'documentId' | 'kind' | 'eId'>>(
  rows: readonly T[],
  actOrder: readonly string[],
): T[] {
  const nearest = new Map<string, T>();
  for (const row of rows) {
    const held = nearest.get(row.documentId);
    if (!held || row.eId.length > held.eId.length) nearest.set(row.documentId, row);
  }
  const rank = (id: string): number => (actOrder.includes(id) ? actOrder.indexOf(id) : actOrder.length);
  const kind = (row: T): number => REFERENCED_KINDS.indexOf(row.kind as (typeof REFERENCED_KINDS)[number]);
  return [...nearest.values()].sort(
    (a, b) => rank(a.documentId) - rank(b.documentId) || kind(a) - kind(b) || a.documentId.localeCompare(b.documentId),
  );
}

/**
 * Where a reference lands inside a found article's search document: the named provision's
 * passage, or (for a part the code does not number) the nearest enclosing one, or the article.
 */
export function locateReference(
  plan: QueryPlan,
  doc: Pick<MeiliSearchDocument, 'provisionId' | 'documentId' | 'passages'>,
): { provisionId: string; passage: Passage | null } {
  for (const eId of plan.reference ? enclosingEIds(plan.reference.eId) : []) {
    const id = provisionId(doc.documentId, eId);
    const passage = doc.passages.find((p) => p.provisionId === id);
    if (passage) return { provisionId: id, passage };
  }
  return { provisionId: doc.provisionId, passage: null };
}

/** Lowercased short names of a document (`ӘРПК` → `әрпк`), as reference queries name them. */
export function documentNames(shortNames: readonly string[]): string[] {
  return [...new Set(shortNames.map((n) => lowercase(n)))];
}

/** Most frequent first, then by value with numbers in numeric order, as search/facets.ts orders them. */
const byCount = (a: FacetCount, b: FacetCount): number => b.count - a.count || compareFacetValues(a.value, b.value);

/** Meilisearch's facet distribution as the port's facets. */
export function toFacets(distribution: Record<string, Record<string, number>> | undefined): SearchFacets {
  const counts = (attribute: string): FacetCount[] =>
    Object.entries(distribution?.[attribute] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort(byCount);
  return {
    document: counts('documentId'),
    kind: counts('kind'),
    chapter: counts('chapter'),
    status: counts('status'),
    lastAmended: counts('lastAmendedYear'),
  };
}

/** Facets with more search documents counted (the reference hits shown beside the text hits). */
export function addToFacets(
  facets: SearchFacets,
  docs: readonly Pick<MeiliSearchDocument, 'documentId' | 'kind' | 'chapter' | 'status' | 'lastAmendedYear'>[],
): SearchFacets {
  const add = (list: FacetCount[], values: (string | null)[]): FacetCount[] => {
    const counts = new Map(list.map((f) => [f.value, f.count]));
    for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, count })).sort(byCount);
  };
  return {
    document: add(
      facets.document,
      docs.map((d) => d.documentId),
    ),
    kind: add(
      facets.kind,
      docs.map((d) => d.kind),
    ),
    chapter: add(
      facets.chapter,
      docs.map((d) => d.chapter),
    ),
    status: add(
      facets.status,
      docs.map((d) => d.status),
    ),
    lastAmended: add(
      facets.lastAmended,
      docs.map((d) => d.lastAmendedYear),
    ),
  };
}
