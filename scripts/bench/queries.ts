/**
 * The query mixes the benchmarks send: the search evaluation's queries and GraphQL API cases
 * over the seed code. Shared by the scale, API and cold-start benchmarks, so their figures
 * are about the same questions.
 */
import { readFile } from 'node:fs/promises';
import type { QuerySet } from '../../search/eval/index.ts';

/** The consolidated Administrative Procedural Code (ӘРПК), the seed corpus's code */
export const CODE_ID = '/akn/kz/act/code/2020-06-29/350-VI';
export const ARTICLE_4 = `${CODE_ID}/~art_4`;
export const ARTICLE_23 = `${CODE_ID}/~art_23`;
/** "complaint to a court": the search case's query */
export const SEARCH_QUERY = 'сотқа шағым';

/** The search mix: the relevance evaluation's query set (search/eval/queries.json), questions users ask of the corpus. */
export async function loadSearchQueries(): Promise<string[]> {
  const set = JSON.parse(await readFile(new URL('../../search/eval/queries.json', import.meta.url), 'utf8')) as QuerySet;
  return set.queries.map((q) => q.query);
}

/** The Russian queries of the analyst set (search/eval/analyst-queries.json), their text only: the Russian search mix. */
export async function loadRussianSearchQueries(): Promise<string[]> {
  const set = JSON.parse(await readFile(new URL('../../search/eval/analyst-queries.json', import.meta.url), 'utf8')) as QuerySet;
  return set.queries.filter((q) => q.language === 'ru').map((q) => q.query);
}

export interface ApiCase {
  name: string;
  /** A GraphQL query answered with data and no errors on the seed corpus */
  query: string;
  /**
   * false: not held to issue 8's lookup targets (≥ 1× the yoga floor, p99 ≤ 10 ms at 8 connections).
   * Search is measured the same way, but its own targets are the search latencies of the scale benchmark.
   */
  lookup?: false;
}

/** The API cases of issue 8: article lookup, amendment history, depth-3 citation traversal, search. */
export const API_CASES: readonly ApiCase[] = [
  { name: 'article lookup', query: `{ article(document: "${CODE_ID}", number: "4") { id number heading text status } }` },
  {
    name: 'amendment history',
    query: `{ provision(id: "${ARTICLE_4}") { amendments { id action effectiveFrom act { id number date } target { id } } } }`,
  },
  {
    name: 'depth-3 traversal',
    query: `{ citationGraph(from: "${ARTICLE_23}", direction: BOTH, depth: 3) { nodes { id number } edges { from { id } to { id } citation { id } } } }`,
  },
  { name: 'search', lookup: false, query: `{ search(query: "${SEARCH_QUERY}", first: 10) { total hits { score snippet provision { id number heading } } } }` },
];

/** The smallest question whose answer proves the server answers from its store (cold start). */
export const READY_QUERY = `{ document(id: "${CODE_ID}") { id } }`;
