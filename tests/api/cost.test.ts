/**
 * api/cost.ts and api/list-sizes.ts on the seed corpus: the estimate multiplies list lengths
 * measured from the store through nesting, takes page sizes from the query, its variables or the
 * defaults, covers every list of the schema, and lands near the real size of ordinary answers.
 */
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCostEstimator, estimateCost, listsWithoutLength } from '../../api/cost.ts';
import { measureListSizes, type ListSizes } from '../../api/list-sizes.ts';
import { createServer, loadSchema } from '../../api/server.ts';
import { CODE_ID, ingestedCorpus, provision, temporaryStore } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';

/** Values an answer holds, counted as the estimate counts them: each field 1, each list item 1 plus its fields. */
function valuesIn(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce((sum: number, item) => sum + 1 + (typeof item === 'object' && item !== null ? valuesIn(item) : 0), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce((sum: number, field) => sum + (Array.isArray(field) ? valuesIn(field) : 1 + valuesIn(field)), 0);
}

describe('query cost estimate', () => {
  let stored: Awaited<ReturnType<typeof temporaryStore>>;
  let schema: GraphQLSchema;
  let sizes: ListSizes;
  const estimate = (query: string, variables: Record<string, unknown> = {}) =>
    estimateCost({ schema, document: parse(query), variables, sizes });

  beforeAll(async () => {
    stored = await temporaryStore(await ingestedCorpus());
    schema = await loadSchema();
    sizes = await measureListSizes(stored.store);
  });
  afterAll(() => stored.remove());

  it('knows a length for every list field of the schema', () => {
    expect(listsWithoutLength(schema, sizes)).toEqual([]);
  });

  it('measures the lists from the store: documents, provisions per document, articles per document with articles', async () => {
    const { documents, provisions } = await stored.store.counts();
    expect(sizes.fields['Query.documents']).toBe(documents);
    expect(sizes.fields['Document.provisions']).toBe(Math.ceil(provisions / documents));
    const [articles = []] = await stored.store.provisionsOfDocuments([CODE_ID], 'article');
    // the code is the only document with articles
    expect(sizes.fields['Document.articles']).toBe(articles.length);
  });

  it('multiplies each list length through the nesting', () => {
    const documents = sizes.fields['Query.documents']!;
    const perDocument = sizes.fields['Document.provisions']!;
    const provisionIds = perDocument * (1 + 1);
    expect(estimate('{ documents { provisions { document { provisions { id } } } } }')).toBe(
      documents * (1 + perDocument * (1 + 1 * (1 + provisionIds))),
    );
  });

  it('takes a page size from the query, a variable, the variable’s default or the field’s default alike', () => {
    const query = (first: string) => `query ($n: Int = 7) { amendments${first} { nodes { id } } }`;
    expect(estimate(query('(first: 30)'))).toBe(estimate(query('(first: $n)'), { n: 30 }));
    expect(estimate(query('(first: 7)'))).toBe(estimate(query('(first: $n)')));
    expect(estimate(query('(first: 20)'))).toBe(estimate(query('')));
    expect(estimate(query('(first: 30)'))).toBeGreaterThan(estimate(query('(first: 20)')));
  });

  it('estimates a repeated query as estimateCost does, keeping an estimate only while no variable and no list size changes it', () => {
    const estimator = createCostEstimator();
    const both = (document: DocumentNode, variables: Record<string, unknown>, measured: ListSizes) => [
      estimator({ schema, document, variables, sizes: measured }),
      estimateCost({ schema, document, variables, sizes: measured }),
    ];
    const fixed = parse('{ documents { provisions { id } } }');
    const [first, fresh] = both(fixed, {}, sizes);
    expect(first).toBe(fresh);
    expect(both(fixed, {}, sizes)).toEqual([first, first]);
    // after a re-ingest the server measures its lists anew
    const doubled: ListSizes = { ...sizes, fields: { ...sizes.fields, 'Query.documents': sizes.fields['Query.documents']! * 2 } };
    const [again, freshAgain] = both(fixed, {}, doubled);
    expect(again).toBe(freshAgain);
    expect(again).toBeGreaterThan(first!);
    const paged = parse('query ($n: Int) { amendments(first: $n) { nodes { id } } }');
    const [five] = both(paged, { n: 5 }, sizes);
    const [fifty, freshFifty] = both(paged, { n: 50 }, sizes);
    expect(fifty).toBe(freshFifty);
    expect(fifty).toBeGreaterThan(five!);
  });

  it('costs a fragment spread as its fields, once per page size in force', () => {
    const inline = estimate(`{ provision(id: "x") { children { id text children { id text } } } }`);
    const spread = estimate(
      `{ provision(id: "x") { ...C } } fragment C on Provision { children { ...L children { ...L } } } fragment L on Provision { id text }`,
    );
    expect(spread).toBe(inline);
  });

  it('lands within a factor of three of the real size of ordinary answers', async () => {
    const server = await createServer({ graph: stored.store }, { graphiql: false });
    for (const query of [
      '{ documents { id title kind } }',
      '{ documents { provisions { id } } }',
      `{ document(id: "${CODE_ID}") { articles { id number heading children { id text } } } }`,
      `{ document(id: "${CODE_ID}") { articles { amendments { id action act { number } } } } }`,
    ]) {
      const { data, errors } = await graphql<Record<string, unknown>>(server.fetch, query);
      expect(errors).toBeUndefined();
      const real = valuesIn(data);
      const estimated = estimate(query);
      expect(estimated / real, query).toBeGreaterThan(1 / 3);
      expect(estimated / real, query).toBeLessThan(3);
    }
  });

  it('costs a traversal as the largest of the sample measured at its depth: at least what article 23’s answer holds', async () => {
    const server = await createServer({ graph: stored.store }, { graphiql: false });
    for (const depth of [1, 3, 5]) {
      const query = `{ citationGraph(from: "${provision('art_23')}", direction: BOTH, depth: ${depth}) { nodes { id number } edges { from { id } to { id } } } }`;
      const { data, errors } = await graphql<Record<string, unknown>>(server.fetch, query);
      expect(errors).toBeUndefined();
      expect(estimate(query)).toBeGreaterThanOrEqual(valuesIn(data));
    }
    expect(sizes.traversalNodes).toEqual([...sizes.traversalNodes].sort((a, b) => a - b));
  });
});
