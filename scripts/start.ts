/**
 * `npm start`: open the graph store in ZANGRAPH_DATA_DIR (default ./data), ingest the corpus
 * if the store is missing or stale, bring the search index in step with the store, print a
 * short report, serve GraphQL (with GraphiQL) on PORT (default 4000) at /graphql.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen } from '../api/main.ts';
import { createServer } from '../api/server.ts';
import { openEmbeddedGraphStore } from '../graph/embedded.ts';
import { syncCorpus } from '../graph/sync.ts';
import { ingestCorpus, readManifest } from '../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../search/embedded.ts';
import { syncSearchIndex } from '../search/sync.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** SHA-256 over the pipeline's sources and the model: a changed parser re-ingests even unchanged texts. */
async function pipelineFingerprint(): Promise<string> {
  const files = (await readdir(join(ROOT, 'ingest'), { recursive: true }))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, 'ingest', f))
    .concat(join(ROOT, 'graph', 'model.ts'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

const dataDir = resolve(process.env.ZANGRAPH_DATA_DIR ?? './data');
const corpusDir = resolve(process.env.ZANGRAPH_CORPUS_DIR ?? './corpus');
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '0.0.0.0';

const graph = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
console.log(`loaded ${graph.loadedDocuments} documents from store ${graph.dataDir}`);
const sync = await syncCorpus(graph, {
  manifest: await readManifest(corpusDir),
  ingest: () => ingestCorpus(corpusDir),
  pipeline: await pipelineFingerprint(),
  statePath: join(dataDir, 'corpus-sync.json'),
});
const changed = sync.written.filter((w) => w.status !== 'unchanged');
console.log(
  sync.ingested
    ? `ingested corpus: ${sync.stale.length} stale; ${changed.map((w) => `${w.status} ${w.documentId}`).join(', ') || 'no change'}` +
        (sync.skipped.length ? `; skipped ${sync.skipped.length} (no segmenter yet)` : '')
    : 'store is up to date with the manifest: nothing ingested',
);
if (sync.removed.length) console.log(`removed ${sync.removed.length} documents no longer in the manifest`);
const counts = await graph.counts();
console.log(
  `graph: ${counts.documents} documents, ${counts.provisions} provisions, ${counts.amendments} amendments, ` +
    `${counts.citations} citations, ${counts.acts} acts`,
);

// The search index follows the graph store: built from stored documents, never from a new parse.
const search = await openEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
const stored = await graph.listDocuments();
const provisions = await graph.provisionsOfDocuments(stored.map((d) => d.id));
const indexable = stored.map((document, i) => ({ document, provisions: provisions[i] ?? [] }));
const searchSync = await syncSearchIndex(search, indexable);
const reparsed = new Set(changed.map((w) => w.documentId));
const alsoChanged = indexable.filter((d) => reparsed.has(d.document.id) && !searchSync.indexed.includes(d.document.id));
if (alsoChanged.length > 0) await search.upsertDocuments(alsoChanged);
console.log(`search index: ${searchSync.indexed.length + alsoChanged.length} documents (re)indexed, ${searchSync.removed.length} removed`);

const yoga = await createServer({ graph, search });
const { server, port: bound } = await listen(yoga, port, host);
console.log(`serving http://localhost:${bound}/graphql`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void Promise.all([graph.close(), search.close()]).then(() => process.exit(0));
  });
}
