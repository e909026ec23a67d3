/**
 * The query mixes the benchmarks send: search queries (Kazakh, from the seed code's own
 * vocabulary) and GraphQL API cases over the seed code. One list, shared by the scale, API
 * and cold-start benchmarks, so their figures are about the same questions.
 */

/** The consolidated Administrative Procedural Code (ӘРПК), the seed corpus's code */
export const CODE_ID = '/akn/kz/act/code/2020-06-29/350-VI';
export const ARTICLE_4 = `${CODE_ID}/~art_4`;
export const ARTICLE_23 = `${CODE_ID}/~art_23`;

/** Search queries as users type them; each finds hits in the code. */
export const SEARCH_QUERIES: readonly string[] = [
  'әкімшілік акт', // administrative act
  'лауазымды адам', // official (person holding office)
  'сотқа шағым', // complaint to a court
  'жергілікті атқарушы орган', // local executive body
  'талап қою', // bringing a claim
  'мемлекеттік органның шешімі', // decision of a state body
  'бәсекелес', // competitor (the competition-law articles)
  'прокурор', // prosecutor
  'әкімшілік рәсім', // administrative procedure
  '23-бап', // article 23: a direct reference query
];

export interface ApiCase {
  name: string;
  /** A GraphQL query answered with data and no errors on the seed corpus */
  query: string;
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
  {
    name: 'search',
    // "complaint to a court"
    query: `{ search(query: "сотқа шағым", first: 10) { total hits { score snippet provision { id number heading } } } }`,
  },
];

/** The smallest question whose answer proves the server answers from its store (cold start). */
export const READY_QUERY = `{ document(id: "${CODE_ID}") { id } }`;
