/** A document written to an embedded graph store and search index in a temporary folder, served by yoga: the search API's tests. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import { openEmbeddedGraphStore } from '../../graph/embedded/store.ts';
import { importAct, type ImportReport } from '../../app/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { openEmbeddedSearchIndex, type RankingOptions } from '../../search/embedded/search-index.ts';
import { createBackends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';

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

/**
 * An act folder of the database exports (kaz.md and rus.md) imported alone, as `npm run import` imports it, into the
 * embedded stores under a temporary folder, behind a yoga server; with the import's report.
 */
export async function serveImportedAct(prefix: string, actFolder: string): Promise<ServedStores & { report: ImportReport }> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  const seed = join(work, 'seed');
  await mkdir(seed);
  await writeFile(join(seed, 'manifest.json'), '{ "documents": [] }');
  const config = loadConfig({ ZANGRAPH_DATA_DIR: join(work, 'data') });
  const backends = await createBackends(config);
  const report = await importAct(actFolder, { ...config.corpus, corpusDir: seed }, backends);
  const yoga = await createServer(backends, { graphiql: false });
  return {
    yoga,
    report,
    async close() {
      await backends.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/**
 * Act folders of the database exports imported one after the other into embedded stores under a temporary folder,
 * the search index ranking as `ranking` says (a route of search turned off), behind a yoga server; with the reports.
 */
export async function serveImportedActs(
  prefix: string,
  actFolders: readonly string[],
  ranking: Partial<RankingOptions> = {},
): Promise<ServedStores & { reports: ImportReport[] }> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  const seed = join(work, 'seed');
  await mkdir(seed);
  await writeFile(join(seed, 'manifest.json'), '{ "documents": [] }');
  const settings = { ...loadConfig({ ZANGRAPH_DATA_DIR: join(work, 'data') }).corpus, corpusDir: seed };
  const graph = await openEmbeddedGraphStore({ dataDir: join(work, 'graph') });
  const search = await openEmbeddedSearchIndex({ dataDir: join(work, 'search'), ranking });
  const reports: ImportReport[] = [];
  for (const folder of actFolders) reports.push(await importAct(folder, settings, { graph, search }));
  const yoga = await createServer({ graph, search }, { graphiql: false });
  return {
    yoga,
    reports,
    async close() {
      await graph.close();
      await search.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
