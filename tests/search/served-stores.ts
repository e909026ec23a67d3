/** A document written to an embedded graph store and search index in a temporary folder, served by yoga: the search API's tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { openEmbeddedGraphStore } from '../../graph/embedded/store.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';

export interface ServedStores {
  yoga: ZangraphYoga;
  /** Close both stores and delete their folder */
  close(): Promise<void>;
}

/** `document` in fresh embedded stores under a temporary folder named from `prefix`, behind a yoga server. */
export async function serveInEmbeddedStores(prefix: string, document: IngestedDocument): Promise<ServedStores> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  const graph = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
  await graph.writeDocument(document);
  const search = await openEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
  await search.upsertDocuments([document]);
  const yoga = await createServer({ graph, search }, { graphiql: false });
  return {
    yoga,
    async close() {
      await graph.close();
      await search.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
