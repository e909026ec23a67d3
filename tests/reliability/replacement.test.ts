/**
 * Issue 11: damaged text must never replace good data. A code cut off in article 5 sent through
 * `reingest` and `npm run ingest` is refused with what it would lose, and the stored code goes on
 * being served, unless the loss is accepted. A manifest file swapped or deleted behind a store that
 * is up to date is named at the next sync; an index left behind the graph by an interrupted sync is
 * brought level by the next one.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syncStores, type CorpusSettings } from '../../app/index.ts';
import { openEmbeddedGraphStore } from '../../graph/embedded/store.ts';
import { DEFAULT_MAX_FILE_BYTES, ingestCorpus } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { ARTICLE_FILE, CODE_FILE, makeCorpus, seedBytes, seedText, tempDir, type CorpusFile } from './fixture.ts';
import { post, serve } from './api-fixture.ts';
import { runScript } from '../run-script.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_FILES: string[] = (JSON.parse(seedText('manifest.json')) as { documents: { file: string }[] }).documents.map((d) => d.file);
/** The code cut off at line 1206, in part 1 of article 5 */
const CUT_CODE = Buffer.from(seedText(CODE_FILE).split('\n').slice(0, 1206).join('\n'));

/** The seed corpus, with the texts given in place of the seed ones. */
function corpusWith(replaced: Record<string, Uint8Array> = {}): string {
  return makeCorpus(SEED_FILES.map((file): CorpusFile => ({ like: file, file, bytes: replaced[file] ?? seedBytes(file) })));
}

/** The sync's settings as loadConfig gives them for a corpus and a data directory. */
function settings(corpusDir: string, dataDir: string): CorpusSettings {
  return {
    corpusDir,
    importedDir: null,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    statePath: join(dataDir, 'corpus-sync.json'),
    indexPendingPath: join(dataDir, 'index-pending'),
  };
}

const TOKEN = 'r'.repeat(40);
const REINGEST = 'mutation ($accept: Boolean) { reingest(acceptLoss: $accept) { written { status document { id } } log } }';
const ARTICLE_151 = '{ article(document: "ӘРПК", number: "151") { id heading } }';

describe('reingest of a damaged text', () => {
  it('is refused with REPLACEMENT_REFUSED listing what would be lost, and the stored code is still served', async () => {
    const served = await serve({ corpusDir: corpusWith({ [CODE_FILE]: CUT_CODE }), security: { adminToken: TOKEN } });
    try {
      const countsBefore = await served.graph.counts();
      const answer = await post(served.yoga, REINGEST, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(answer.errors?.[0]?.extensions?.code).toBe('REPLACEMENT_REFUSED');
      const [loss] = answer.errors?.[0]?.extensions?.losses as {
        file: string;
        articles: string[];
        warnings: { rule: string; line: number }[];
      }[];
      expect(loss?.file).toBe(CODE_FILE);
      expect(loss?.articles).toContain('art_151');
      expect(loss?.warnings).toEqual([expect.objectContaining({ rule: 'truncated', line: 1206 })]);
      expect(answer.errors?.[0]?.message).toMatch(/nothing was written/);
      expect(await served.graph.counts()).toEqual(countsBefore);
      const article = await post<{ article: { heading: string } | null }>(served.yoga, ARTICLE_151);
      expect(article.data?.article?.heading).toBeTruthy();

      const accepted = await post<{ reingest: { log: string[] } }>(served.yoga, REINGEST, {
        variables: { accept: true },
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.reingest.log).toContainEqual(
        expect.stringMatching(new RegExp(`^accepted loss: ${CODE_FILE.replace(/\./g, '\\.')} \\(.*\\): \\d+ articles \\(art_6, `)),
      );
      expect((await post<{ article: unknown }>(served.yoga, ARTICLE_151)).data?.article).toBeNull();
    } finally {
      await served.close();
    }
  });
});

/** The ingest script on the embedded backends, whatever the shell selects. */
const run = (script: string, args: string[], env: Record<string, string>) =>
  runScript(script.replace(/\.ts$/, ''), args, { ZANGRAPH_GRAPH: 'embedded', ZANGRAPH_SEARCH: 'embedded', ...env });

describe('npm run ingest of a damaged text', () => {
  it('exits 1 listing what would be lost, leaving the store as it was; --accept-loss writes it', async () => {
    const dataDir = tempDir('ingest-data');
    const first = await run('ingest.ts', [], { ZANGRAPH_DATA_DIR: dataDir, ZANGRAPH_CORPUS_DIR: corpusWith() });
    expect(first.code).toBe(0);
    const damaged = corpusWith({ [CODE_FILE]: CUT_CODE });
    const refused = await run('ingest.ts', [], { ZANGRAPH_DATA_DIR: dataDir, ZANGRAPH_CORPUS_DIR: damaged });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(
        `refused to replace 1 stored document.*nothing was written[^]*${CODE_FILE.replace(/\./g, '\\.')} \\(.*\\): \\d+ articles \\(art_6, .*truncated at ${CODE_FILE.replace(/\./g, '\\.')}:1206`,
      ),
    );
    const forced = await run('ingest.ts', ['--accept-loss'], { ZANGRAPH_DATA_DIR: dataDir, ZANGRAPH_CORPUS_DIR: damaged });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(new RegExp(`^accepted loss: ${CODE_FILE.replace(/\./g, '\\.')}`, 'm'));
  }, 180_000);
});

describe('a sync', () => {
  it('names a manifest file swapped or deleted behind an up-to-date store, and serves what is stored', async () => {
    const dataDir = tempDir('sync-data');
    const corpusDir = corpusWith();
    const graph = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
    const search = await openEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
    try {
      const options = settings(corpusDir, dataDir);
      expect((await syncStores({ graph, search }, options)).log).toContain('corpus: every manifest file is there and matches its SHA-256');
      writeFileSync(join(corpusDir, CODE_FILE), CUT_CODE);
      rmSync(join(corpusDir, ARTICLE_FILE));
      const { log } = await syncStores({ graph, search }, options);
      expect(log[0]).toMatch(/up to date with the manifest: nothing ingested/);
      expect(log).toContainEqual(
        expect.stringMatching(new RegExp(`^corpus file problem: ${CODE_FILE.replace(/\./g, '\\.')}:1:1: SHA-256 mismatch`)),
      );
      expect(log).toContainEqual(
        expect.stringMatching(
          new RegExp(`^corpus file problem: ${ARTICLE_FILE.replace(/\./g, '\\.')}:1:1: the manifest lists a file that cannot be read`),
        ),
      );
    } finally {
      await Promise.all([graph.close(), search.close()]);
    }
  });

  it('brings the search index level with the graph after a sync that wrote the graph and not the index', async () => {
    const dataDir = tempDir('sync-data');
    const graph = await openEmbeddedGraphStore({ dataDir: join(dataDir, 'graph') });
    let search = await openEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
    try {
      const first = corpusWith();
      await syncStores({ graph, search }, settings(first, dataDir));
      // The next sync reads a new version of the article and parses the code's unchanged text anew
      // (as a new pipeline would), giving article 4 a word no text holds…
      const next = corpusWith({ [ARTICLE_FILE]: Buffer.concat([seedBytes(ARTICLE_FILE), Buffer.from('\n')]) });
      const reparse = async () => {
        const parsed = await ingestCorpus(next);
        return {
          ...parsed,
          documents: parsed.documents.map((d) => ({
            ...d,
            provisions: d.provisions.map((p) => (p.eId === 'art_4' ? { ...p, text: `${p.text} zqxjvw` } : p)),
          })),
        };
      };
      // …and dies once the graph is written, before the index is on disk: here its directory is a file for that sync.
      const searchDir = join(dataDir, 'search');
      renameSync(searchDir, `${searchDir}.kept`);
      writeFileSync(searchDir, '');
      await expect(syncStores({ graph, search }, settings(next, dataDir), { parsed: await reparse(), force: true })).rejects.toThrow(
        /\[search:embedded\] cannot write/,
      );
      rmSync(searchDir);
      renameSync(`${searchDir}.kept`, searchDir);
      search = await openEmbeddedSearchIndex({ dataDir: searchDir });
      expect((await search.search({ query: 'zqxjvw', filter: {}, offset: 0, limit: 10 })).total).toBe(0);

      const { log } = await syncStores({ graph, search }, settings(next, dataDir));
      expect(log[0]).toMatch(/nothing ingested/);
      expect(log.at(-1)).toMatch(/every document re-indexed/);
      const found = await search.search({ query: 'zqxjvw', filter: {}, offset: 0, limit: 10 });
      expect(found.hits.map((h) => h.provisionId)).toContainEqual(expect.stringMatching(/~art_4$/));
    } finally {
      await Promise.all([graph.close(), search.close()]);
    }
  });
});

// the seed corpus is never touched: every corpus here is a temporary copy
expect(readFileSync(join(ROOT, 'corpus', CODE_FILE)).equals(seedBytes(CODE_FILE))).toBe(true);
