/**
 * The reads that are more than a batch lookup: acts (merged fields, not JSON), amendment
 * searches (the start picked by filter, so an index serves), diagnostics and counts. Each is
 * one read transaction over the state.
 */
import neo4j from 'neo4j-driver';
import * as cypher from './cypher.ts';
import { provisionId, type Act, type Amendment, type Diagnostic, type Provision } from '../../model/index.ts';
import { fromJson, toAct, toNumber } from './rows.ts';
import {
  checkLimit,
  sortTally,
  GraphStoreError,
  GraphStoreInputError,
  MAX_PAGE_SIZE,
  type AmendmentCount,
  type AmendmentFilter,
  type AmendmentTally,
  type CitationCount,
  type MostAmendedFilter,
  type MostCitedFilter,
  type Page,
  type PageRequest,
  type StoreCounts,
} from '../port.ts';
import { BACKEND, listsByKey, query, type Neo4jState } from './state.ts';

export async function listActs(state: Neo4jState): Promise<Act[]> {
  return (await query(state, 'listActs', cypher.LIST_ACTS)).map((r) => toAct(r.get('act')));
}

export async function getActs(state: Neo4jState, ids: readonly string[]): Promise<(Act | null)[]> {
  if (ids.length === 0) return [];
  const records = await query(state, 'getActs', cypher.GET_ACTS, { keys: [...ids] });
  const found = new Map(records.map((r) => [r.get('key') as string, toAct(r.get('act'))]));
  return ids.map((id) => found.get(id) ?? null);
}

export function actsOfDocuments(state: Neo4jState, documentIds: readonly string[]): Promise<Act[][]> {
  return listsByKey<Act>(state, 'actsOfDocuments', cypher.ACTS_OF_DOCUMENTS, documentIds, {}, toAct);
}

export function findActsByNumber(state: Neo4jState, numbers: readonly string[]): Promise<Act[][]> {
  return listsByKey<Act>(state, 'findActsByNumber', cypher.FIND_ACTS_BY_NUMBER, numbers, {}, toAct);
}

/** The filter parameters of FIND_AMENDMENTS, null meaning "any"; undated amendments excluded unless `undated` says otherwise. */
function amendmentParams(
  filter: AmendmentFilter,
): Record<Exclude<cypher.AmendmentStart, 'all'> | 'action', string | null> & Record<'undatedIncluded' | 'undatedByActDate', boolean> {
  return {
    action: filter.action || null,
    undatedIncluded: filter.undated === 'include',
    undatedByActDate: filter.undated === 'actDate',
    actId: filter.actId || null,
    targetId: filter.targetId || null,
    documentId: filter.documentId || null,
    effectiveFromFrom: filter.effectiveFrom?.from || null,
    effectiveFromTo: filter.effectiveFrom?.to || null,
    actDateFrom: filter.actDate?.from || null,
    actDateTo: filter.actDate?.to || null,
  };
}

/**
 * The first filter given, in the order of cypher's AMENDMENT_STARTS, picks where the search starts; an
 * effectiveFrom range that lets undated amendments in cannot start at the effectiveFrom index, which lacks them.
 */
export function amendmentStart(filter: AmendmentFilter): cypher.AmendmentStart {
  const params: Partial<Record<cypher.AmendmentStart, string | boolean | null>> = amendmentParams(filter);
  if (filter.undated && filter.undated !== 'exclude') params.effectiveFromFrom = params.effectiveFromTo = null;
  return (Object.keys(cypher.FIND_AMENDMENTS) as cypher.AmendmentStart[]).find((start) => params[start] != null) ?? 'all';
}

export async function findAmendments(state: Neo4jState, filter: AmendmentFilter, page: PageRequest): Promise<Page<Amendment>> {
  checkLimit(BACKEND, 'first', page.first, MAX_PAGE_SIZE);
  let cursor: Record<string, unknown> = { afterActDate: null, afterEffectiveFrom: null, afterDocumentId: null, afterOffset: null };
  if (page.after) {
    const [row] = await query(state, 'findAmendments', cypher.AMENDMENT_CURSOR, { id: page.after });
    if (!row) throw new GraphStoreInputError(BACKEND, 'after', `unknown amendment cursor ${page.after}`);
    cursor = {
      afterActDate: row.get('actDate'),
      afterEffectiveFrom: row.get('effectiveFrom'),
      afterDocumentId: row.get('documentId'),
      afterOffset: row.get('offset'),
    };
  }
  const statements = page.newestFirst ? cypher.FIND_AMENDMENTS_NEWEST_FIRST : cypher.FIND_AMENDMENTS;
  const [row] = await query(state, 'findAmendments', statements[amendmentStart(filter)], {
    ...amendmentParams(filter),
    after: page.after || null,
    ...cursor,
    first: neo4j.int(page.first),
  });
  if (!row) throw new GraphStoreError(BACKEND, 'findAmendments: the query returned no row');
  return {
    items: (row.get('items') as unknown[]).map((item) => fromJson<Amendment>(item, 'findAmendments')),
    totalCount: toNumber(row.get('totalCount'), 'totalCount'),
    hasNextPage: row.get('hasNextPage') === true,
  };
}

export async function tallyAmendments(state: Neo4jState, filter: AmendmentFilter): Promise<AmendmentTally> {
  const records = await query(state, 'tallyAmendments', cypher.TALLY_AMENDMENTS[amendmentStart(filter)], {
    ...amendmentParams(filter),
    action: filter.action || null,
  });
  const years = new Map<string | null, number>();
  const acts = new Map<string, number>();
  let total = 0;
  for (const r of records) {
    const count = toNumber(r.get('count'), 'count');
    const year = r.get('year') as string | null;
    const actId = r.get('actId') as string;
    total += count;
    years.set(year, (years.get(year) ?? 0) + count);
    acts.set(actId, (acts.get(actId) ?? 0) + count);
  }
  return sortTally(total, years, acts);
}

export async function mostAmended(state: Neo4jState, filter: MostAmendedFilter, first: number): Promise<AmendmentCount[]> {
  checkLimit(BACKEND, 'first', first, MAX_PAGE_SIZE);
  const records = await query(state, 'mostAmended', cypher.MOST_AMENDED[amendmentStart(filter)], {
    ...amendmentParams(filter),
    type: filter.type || null,
    first: neo4j.int(first),
  });
  return records.map((r) => ({
    provision: fromJson<Provision>(r.get('json'), 'mostAmended'),
    count: toNumber(r.get('events'), 'events'),
  }));
}

export async function mostCited(state: Neo4jState, filter: MostCitedFilter, first: number): Promise<CitationCount[]> {
  checkLimit(BACKEND, 'first', first, MAX_PAGE_SIZE);
  const text = filter.documentId ? cypher.MOST_CITED.documentId : cypher.MOST_CITED.all;
  const records = await query(state, 'mostCited', text, {
    documentId: filter.documentId || null,
    provisionPrefix: filter.documentId ? provisionId(filter.documentId, '') : null,
    type: filter.type || null,
    first: neo4j.int(first),
  });
  return records.map((r) => ({
    provision: fromJson<Provision>(r.get('json'), 'mostCited'),
    count: toNumber(r.get('citations'), 'citations'),
  }));
}

export async function diagnosticsOfDocuments(state: Neo4jState, ids: readonly string[]): Promise<Diagnostic[][]> {
  if (ids.length === 0) return [];
  const records = await query(state, 'diagnosticsOfDocuments', cypher.DIAGNOSTICS_OF_DOCUMENTS, { keys: [...ids] });
  const found = new Map<string, Diagnostic[]>();
  for (const r of records) {
    const key = r.get('key') as string;
    const json: unknown = r.get('json');
    // Only a document written before diagnostics were stored lacks the property; a rewrite adds it.
    if (json === null) throw new GraphStoreError(BACKEND, `document ${key} was stored without its diagnostics: ingest it again`);
    found.set(key, fromJson<Diagnostic[]>(json, 'diagnosticsOfDocuments'));
  }
  return ids.map((id) => found.get(id) ?? []);
}

const COUNT_KEYS: (keyof StoreCounts)[] = [
  'documents',
  'provisions',
  'amendments',
  'citations',
  'acts',
  'mentions',
  'relations',
  'editorialNotes',
];

export async function counts(state: Neo4jState): Promise<StoreCounts> {
  const [row] = await query(state, 'counts', cypher.COUNTS);
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, toNumber(row?.get(k), k)])) as unknown as StoreCounts;
}
