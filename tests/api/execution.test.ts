/**
 * api/execution.ts: a document runs through graphql-js first and compiled (graphql-jit) from its
 * second execution on, and the compiled query answers exactly as graphql-js did, on the real
 * corpus: enums both ways, the Date scalar, nulls, lists, aliases, fragments, variables, errors;
 * and over yoga, which rebuilds each error of an answer, errors keep their locations.
 */
import { envelop, useEngine, useSchema } from '@envelop/core';
import { execute, parse, specifiedRules, subscribe, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../api/context.ts';
import { executionPlugins } from '../../api/execution.ts';
import { createServer, loadSchema } from '../../api/server.ts';
import type { GraphStore } from '../../graph/port.ts';
import { CODE_ID, ingestedCorpus, provision, testGraphStore } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';

/** Queries touching every kind of value the schema returns; each with its variables. */
const QUERIES: [string, string, Record<string, unknown>][] = [
  [
    'an article with its enums',
    `{ article(document: "${CODE_ID}", number: "4") { id type number heading status source { startLine } } }`,
    {},
  ],
  [
    "an article's amendment history with acts and dates",
    `{ provision(id: "${provision('art_4')}") { amendments { id action scope effectiveFrom act { id number date kind } target { id } } } }`,
    {},
  ],
  [
    'a depth-3 citation traversal, an enum argument',
    `{ citationGraph(from: "${provision('art_23')}", direction: BOTH, depth: 3) { nodes { id number } edges { from { id } to { id } citation { id raw } } } }`,
    {},
  ],
  [
    'aliases, a fragment and variables',
    `query ($doc: ID!) { a: article(document: $doc, number: "4") { ...P } b: article(document: $doc, number: "5") { ...P parent { id } } } fragment P on Provision { id number children { id type } }`,
    { doc: CODE_ID },
  ],
  ['an unknown provision, answered null', `{ provision(id: "${provision('art_99999')}") { id } }`, {}],
  [
    'an unknown traversal start, a NOT_FOUND error on line 3',
    `query {\n  provision(id: "${provision('art_4')}") { id }\n    citationGraph(from: "${provision('art_99999')}") { nodes { id } }\n}`,
    {},
  ],
  ['a depth out of range, a BAD_USER_INPUT error', `{ citationGraph(from: "${provision('art_23')}", depth: 99) { nodes { id } } }`, {}],
  ['the document list', '{ documents { id kind title } }', {}],
];

describe('query execution (graphql-jit from the second run of a document)', () => {
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let store: GraphStore;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    stored = await testGraphStore(await ingestedCorpus());
    store = stored.store;
    schema = await loadSchema();
  });
  afterAll(async () => {
    await stored.remove();
  });

  /** Execute one parsed document as yoga does (one parsed object per query text, from its cache); the raw result. */
  function executor(): (document: DocumentNode, variables: Record<string, unknown>) => Promise<Record<string, unknown>> {
    const getEnveloped = envelop({
      plugins: [useEngine({ parse, validate, execute, subscribe, specifiedRules }), useSchema(schema), ...executionPlugins()],
    });
    return async (document, variables) => {
      const run = getEnveloped();
      expect(run.validate(run.schema, document)).toEqual([]);
      const contextValue = await run.contextFactory(createContext({ graph: store }));
      return (await run.execute({ document, schema: run.schema, contextValue, variableValues: variables })) as Record<string, unknown>;
    };
  }

  it.each(QUERIES)('answers %s the same compiled as through graphql-js', async (_, text, variables) => {
    const run = executor();
    const document = parse(text);
    const first = await run(document, variables);
    const compiled = [await run(document, variables), await run(document, variables)];
    // graphql-jit marks its results with the serializer it compiled; graphql-js results carry none
    expect('stringify' in first).toBe(false);
    for (const result of compiled) {
      expect('stringify' in result).toBe(true);
      expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(first)));
    }
  });

  it.each(QUERIES)('answers %s the same over yoga when the query is sent again', async (_, text, variables) => {
    const yoga = await createServer({ graph: store }, { graphiql: false });
    const send = () => graphql(yoga.fetch, text, variables);
    const first = await send();
    for (const error of first.errors ?? []) expect(error.locations).toBeDefined();
    expect(await send()).toEqual(first);
    expect(await send()).toEqual(first);
  });

  it('answers with data where graphql-js did, so the comparison above is not between two failures', async () => {
    const run = executor();
    const result = await run(parse(QUERIES[0]![1]), {});
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ article: { id: provision('art_4'), type: 'ARTICLE', number: '4', status: 'IN_FORCE' } });
  });

  it('compiles per document: a new query text runs through graphql-js first', async () => {
    const run = executor();
    const [a, b] = [parse(QUERIES[0]![1]), parse(QUERIES[7]![1])];
    await run(a, {});
    expect('stringify' in (await run(a, {}))).toBe(true);
    expect('stringify' in (await run(b, {}))).toBe(false);
  });
});
