/**
 * The real GraphQL server (api/server.ts) over embedded stores in a temporary directory, holding
 * the ingested seed corpus or nothing, and a client that shows status and headers as well as the
 * body: the security tests look at HTTP as much as at GraphQL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueryLimits } from '../../api/limits.ts';
import type { SecurityOptions } from '../../api/security.ts';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { openEmbeddedGraphStore, type EmbeddedGraphStore } from '../../graph/embedded/store.ts';
import { openEmbeddedSearchIndex, type EmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { CORPUS_DIR, ingestedCorpus } from '../contract/corpus-fixture.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../ingest/index.ts';
import { createCorpusSync } from '../../app/index.ts';
import type { CorpusSync } from '../../api/index.ts';
import type { GraphQLResponse } from '../api/graphql-client.ts';

export { CORPUS_DIR };

export interface Served {
  yoga: ZangraphYoga;
  graph: EmbeddedGraphStore;
  search: EmbeddedSearchIndex;
  dataDir: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Write the ingested seed corpus into the stores first (default true) */
  filled?: boolean;
  /** The corpus `reingest` reads (default: the seed corpus) */
  corpusDir?: string;
  security?: Partial<SecurityOptions>;
  /** Query limits other than the defaults (api/limits.ts) */
  limits?: Partial<QueryLimits>;
  /** Awaited by `reingest` before it parses the corpus: a test holds the write there, before anything is written */
  beforeIngest?: () => Promise<void>;
}

export async function serve(options: ServeOptions = {}): Promise<Served> {
  const dataDir = await mkdtemp(join(tmpdir(), 'zangraph-served-'));
  const graph = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
  const search = await openEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
  if (options.filled ?? true) {
    const documents = await ingestedCorpus();
    for (const doc of documents) await graph.writeDocument(doc);
    await search.upsertDocuments(documents);
  }
  const corpusDir = options.corpusDir ?? CORPUS_DIR;
  const sync = createCorpusSync(
    { graph, search },
    {
      corpusDir,
      importedDir: null,
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      statePath: join(dataDir, 'corpus-sync.json'),
      indexPendingPath: join(dataDir, 'index-pending'),
    },
  );
  // The hook holds a reingest before the corpus is read, so a test can answer TIMEOUT while the write waits.
  const corpus: CorpusSync = {
    documentIds: () => sync.documentIds(),
    sync: async (force, acceptLoss) => {
      await options.beforeIngest?.();
      return sync.sync(force, acceptLoss);
    },
  };
  const yoga = await createServer(
    { graph, search, corpus },
    { graphiql: false, security: options.security ?? {}, limits: options.limits ?? {} },
  );
  return {
    yoga,
    graph,
    search,
    dataDir,
    async close() {
      await Promise.all([graph.close(), search.close()]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Answer<T> extends GraphQLResponse<T> {
  status: number;
  headers: Headers;
}

/** POST a GraphQL request, with extra headers (e.g. Authorization). */
export async function post<T = Record<string, unknown>>(
  yoga: ZangraphYoga,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return { ...body, status: response.status, headers: response.headers };
}

/** The `extensions.code` of the first error. */
export function codeOf(answer: GraphQLResponse<unknown>): unknown {
  return answer.errors?.[0]?.extensions?.code;
}
