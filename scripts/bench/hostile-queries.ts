/**
 * Every hostile query tried against the API (issue 11), in one list: the reliability tests send each
 * one and check the server's answer, and `npm run soak -- --hostile` sends them beside the normal
 * load and reports each one's estimate, outcome and time. Each is built from ids the store holds
 * (`hostileIds`), so they ask for real work. `refusedWith` is the error code the server must answer
 * with on the seed corpus (null: answered): QUERY_LIMIT_EXCEEDED before it runs, ANSWER_TOO_LARGE
 * when the estimate let it through and the answer ceiling stopped it, GRAPHQL_VALIDATION_FAILED for
 * yoga's own introspection depth limit.
 */
import type { GraphReader } from '../../graph/port.ts';

export interface HostileQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  refusedWith: 'QUERY_LIMIT_EXCEEDED' | 'ANSWER_TOO_LARGE' | 'GRAPHQL_VALIDATION_FAILED' | null;
}

/** Ids the queries start from. */
export interface HostileIds {
  /** The document with the most provisions */
  document: string;
  /** The provision citing the most corpus provisions */
  article: string;
  /** The provision with the most children */
  widest: string;
  /** The act that made the most amendments */
  act: string;
}

/** The ids, read off the store. */
export async function hostileIds(reader: GraphReader): Promise<HostileIds> {
  const documents = await reader.listDocuments();
  const provisionLists = await reader.provisionsOfDocuments(documents.map((d) => d.id));
  const provisions = provisionLists.flat();
  const most = <T>(items: readonly T[], score: (item: T) => number): T => items.reduce((best, item) => (score(item) > score(best) ? item : best));
  const children = new Map<string, number>();
  for (const p of provisions) if (p.parentId) children.set(p.parentId, (children.get(p.parentId) ?? 0) + 1);
  const citing = new Map<string, number>();
  for (const c of (await reader.citationsOfDocuments(documents.map((d) => d.id))).flat()) {
    if (c.targetId) citing.set(c.sourceId, (citing.get(c.sourceId) ?? 0) + 1);
  }
  const acts = await reader.listActs();
  const amendmentCounts = (await reader.amendmentsOfActs(acts.map((a) => a.id))).map((list) => list.length);
  return {
    document: documents[provisionLists.indexOf(most(provisionLists, (list) => list.length))]!.id,
    article: most([...citing], ([, n]) => n)[0],
    widest: most([...children], ([, n]) => n)[0],
    act: acts[amendmentCounts.indexOf(Math.max(...amendmentCounts))]!.id,
  };
}

/** The 63-byte query of the issue: every provision of every document, each with its document's provisions (314 MB). */
export const PROVISIONS_SQUARED = '{ documents { provisions { document { provisions { id } } } } }';

/** Six aliases of it in one request: the request that killed the process. */
export const SIX_ALIASES = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: documents { provisions { document { provisions { id } } } }`).join(' ')} }`;

export function hostileQueries(ids: HostileIds): HostileQuery[] {
  return [
    { name: 'provisions of every provision’s document (63 bytes)', query: PROVISIONS_SQUARED, refusedWith: 'QUERY_LIMIT_EXCEEDED' },
    { name: 'six aliases of it', query: SIX_ALIASES, refusedWith: 'QUERY_LIMIT_EXCEEDED' },
    {
      name: 'a page size from a variable, each amendment with its document’s provisions',
      query: 'query ($n: Int) { amendments(first: $n) { nodes { document { provisions { id text } } } } }',
      variables: { n: 100 },
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'search hits from a variable page size, each with its document’s provisions',
      query: 'query ($q: String!, $n: Int) { search(query: $q, first: $n) { hits { provision { document { provisions { id text } } } } } }',
      variables: { q: 'сот', n: 100 },
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'children, parent and ancestors nested four times through fragments',
      query: [
        `{ provision(id: "${ids.article}") { ...G4 } }`,
        'fragment G0 on Provision { id number heading text status type }',
        ...[1, 2, 3, 4].map((k) => `fragment G${k} on Provision { children { ...G${k - 1} } parent { ...G${k - 1} } ancestors { ...G${k - 1} } }`),
      ].join('\n'),
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'a document’s provisions, each with its parent’s children and their parents’ children',
      query: `{ document(id: "${ids.document}") { provisions { children { parent { children { parent { children { id text } } } } } } } }`,
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'every act’s amendments, each with its document’s texts',
      query: '{ acts { amendments { document { provisions { text } } } } }',
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'every reference, its source’s citations, their targets’ citers’ documents’ references',
      query: '{ documents { references { source { citations { target { citedBy { source { document { references { raw } } } } } } } } } }',
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'every mention of every act, with the mentioning document’s mentions',
      query: '{ acts { mentionedIn { source { document { mentions { raw source { text } } } } } } }',
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'a depth-5 traversal both ways, each node with its document’s texts',
      query: `{ citationGraph(from: "${ids.article}", direction: BOTH, depth: 5) { nodes { document { provisions { text } } } } }`,
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'an act’s amendments, their targets’ subtrees’ citers and the citing documents',
      query: `{ act(id: "${ids.act}") { amendments { target { children { citedBy { source { document { articles { text children { text } } } } } } } } } }`,
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'introspection nested through field types',
      query: '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }',
      refusedWith: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'the whole corpus text once: every provision with its parent and ancestors',
      query: '{ documents { provisions { id text parent { id } ancestors { id } } } }',
      refusedWith: null,
    },
    {
      name: 'every article of every document with two levels of children (a bulk export, estimated as if every document had the code’s articles)',
      query: '{ documents { id articles { id number heading text children { id text children { id text } } } } }',
      refusedWith: 'QUERY_LIMIT_EXCEEDED',
    },
    {
      name: 'the widest provision’s children’s parent’s children, three times over: cheap by the mean, 75^3 by this parent',
      query: `{ provision(id: "${ids.widest}") { children { parent { children { parent { children { id text } } } } } } }`,
      refusedWith: 'ANSWER_TOO_LARGE',
    },
    {
      name: 'a document’s articles with their parts, as a reader of the code asks',
      query: `{ document(id: "${ids.document}") { articles { id number heading text children { id number text } } } }`,
      refusedWith: null,
    },
    {
      name: 'a depth-5 traversal both ways with texts',
      query: `{ citationGraph(from: "${ids.article}", direction: BOTH, depth: 5) { nodes { id number heading text document { id title } } edges { from { id } to { id } citation { id raw } } } }`,
      refusedWith: null,
    },
  ];
}

/**
 * A query text the server has never seen (a fresh comment), so it runs uncompiled (graphql-jit
 * compiles a document from its second run): the way a client defeats a per-text cache.
 */
export function unseen(query: string, n: number): string {
  return `${query}\n# ${n}`;
}
