/**
 * Build the GraphQL server over the ports, without listening: tests call `yoga.fetch`,
 * `api/main.ts` hands it to node:http.
 *
 * The schema is every `api/schema/*.graphql` module; the resolvers are the `resolvers`
 * export of every `api/resolvers/*.ts` module. Adding a concern (e.g. search) means adding
 * one file to each directory, no edit here. `requireResolversToMatchSchema: 'error'` fails
 * the build when a resolver names a field the schema lacks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL, useWeb } from '../web/index.ts';
import { createContext, type ApiContext, type ApiPorts, type CorpusSync, type Resolvers } from './context.ts';
import { listsWithoutLength } from './cost.ts';
import { executionPlugins } from './execution.ts';
import { HeavyGate } from './heavy-gate.ts';
import { DEFAULT_QUERY_LIMITS, useHeavyGate, useQueryLimits, type QueryLimits } from './limits.ts';
import { measureListSizes } from './list-sizes.ts';
import { meterSchema } from './work-meter.ts';
import { corsOption, DEFAULT_SECURITY, securityPlugins, withLimitCodes, type SecurityOptions } from './security.ts';

const API_DIR = dirname(fileURLToPath(import.meta.url));

export type ZangraphYoga = YogaServerInstance<Record<string, never>, ApiContext>;

export interface ServerOptions {
  /** Serve GraphiQL on GET /graphql (default true) */
  graphiql?: boolean;
  /** Admin token, CORS origins, request time limit (default: api/security.ts DEFAULT_SECURITY) */
  security?: Partial<SecurityOptions>;
  /** Cost budget, answer ceiling, memory headroom (default: api/limits.ts DEFAULT_QUERY_LIMITS) */
  limits?: Partial<QueryLimits>;
}

/**
 * Limits on the shape of a query (GraphQL Armor): deep enough for `citationGraph { edges { citation { source { document } } } }`.
 * What a query costs is counted by api/limits.ts, which multiplies by the lengths of lists; Armor's cost
 * limit cannot, so it is off.
 */
const ARMOR = {
  maxDepth: { n: 10, flattenFragments: true },
  costLimit: { enabled: false },
  maxAliases: { n: 15 },
  maxTokens: { n: 1000 },
  maxDirectives: { n: 50 },
  // "Did you mean …" stays in validation errors: the API is public and read-only and serves its schema
  // by introspection and GraphiQL, so a suggestion discloses nothing a client cannot already read,
  // while hiding it leaves a newcomer with a typo and no hint (README, "Errors").
  blockFieldSuggestion: { enabled: false },
};

export async function createServer(ports: ApiPorts, options: ServerOptions = {}): Promise<ZangraphYoga> {
  const schema = meterSchema(await loadSchema());
  const security = { ...DEFAULT_SECURITY, ...options.security };
  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const gate = new HeavyGate(limits.maxHeavyRunning);
  let sizes = await measureListSizes(ports.graph);
  const unsized = listsWithoutLength(schema, sizes);
  if (unsized.length > 0) throw new Error(`api/list-sizes.ts: no length is measured for the lists ${unsized.join(', ')}`);
  // A re-ingest changes the lists' lengths: measure them again once it has written.
  const corpus =
    ports.corpus &&
    remeasuredAfterSync(ports.corpus, async () => {
      sizes = await measureListSizes(ports.graph);
    });
  const served: ApiPorts = corpus ? { ...ports, corpus } : ports;
  return createYoga<Record<string, never>, ApiContext>({
    schema,
    context: ({ request }) => createContext(served, { signal: request.signal, limits, gate }),
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ?? true,
    renderGraphiQL,
    landingPage: false,
    maskedErrors: true,
    cors: corsOption(security.corsOrigins),
    // Security plugins last: the time limit wraps whatever execution the plugins before it set up,
    // the wait for the heavy gate included.
    plugins: [
      useWeb(),
      EnvelopArmorPlugin(withLimitCodes(ARMOR)),
      useQueryLimits(() => sizes, limits),
      ...executionPlugins(),
      useHeavyGate(),
      ...securityPlugins(security),
    ],
  });
}

function remeasuredAfterSync(corpus: CorpusSync, remeasure: () => Promise<void>): CorpusSync {
  return {
    documentIds: () => corpus.documentIds(),
    async sync(force, acceptLoss) {
      const result = await corpus.sync(force, acceptLoss);
      await remeasure();
      return result;
    },
  };
}

/** The executable schema from the SDL modules and resolver modules beside this file. */
export async function loadSchema(): Promise<GraphQLSchema> {
  const schemaDir = join(API_DIR, 'schema');
  const sdlFiles = (await readdir(schemaDir)).filter((f) => f.endsWith('.graphql')).sort();
  const typeDefs = await Promise.all(sdlFiles.map((f) => readFile(join(schemaDir, f), 'utf8')));
  return makeExecutableSchema<ApiContext>({
    typeDefs,
    resolvers: await loadResolvers(join(API_DIR, 'resolvers')),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}

async function loadResolvers(dir: string): Promise<Resolvers> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  const merged: Resolvers = {};
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { resolvers?: Resolvers };
    if (!module.resolvers) throw new Error(`api/resolvers/${file}: exports no "resolvers"`);
    for (const [typeName, fields] of Object.entries(module.resolvers)) {
      const existing = merged[typeName];
      if (existing === undefined) {
        merged[typeName] = fields;
        continue;
      }
      if (existing instanceof GraphQLScalarType || fields instanceof GraphQLScalarType) {
        throw new Error(`api/resolvers/${file}: scalar ${typeName} is already resolved by another module`);
      }
      for (const field of Object.keys(fields)) {
        if (field in existing) throw new Error(`api/resolvers/${file}: ${typeName}.${field} is already resolved by another module`);
      }
      merged[typeName] = { ...existing, ...fields };
    }
  }
  return merged;
}
