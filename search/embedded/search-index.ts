/**
 * The embedded SearchIndex: an in-process inverted index (search/embedded/inverted-index.ts: BM25+ as
 * MiniSearch scores it, MiniSearch's radix tree as the term dictionary) over the Kazakh
 * analyzer's terms. The search documents are persisted in the data directory, beside the graph
 * store's data (search/embedded/index-file.ts), rewritten after every change and indexed again when
 * opened. A document is re-indexed alone when it changes: its search documents are taken out
 * and added again.
 *
 * Ranking: BM25 over the heading (boosted), the section/chapter path, the body and a heading
 * taken from above; prefix search on the last query word; typo tolerance growing with word
 * length; a boost for texts holding the query as a phrase and for texts holding more of its
 * terms; at most a few results of one section among the first (search/embedded/diversify.ts); reference
 * queries answered first. Every match is scored and counted (total, facets); only the page gets
 * snippets. Phrase checks read each text's words as term ids kept at indexing time.
 *
 * The index is one explicit state object (state.ts) that the module functions of state.ts
 * (indexing) and query.ts (answering) work on; the port object below only delegates and persists.
 */
import { join } from 'node:path';
import { analyzeWords, kazakhAnalyzer, type TextAnalyzer } from '../analyzer/index.ts';
import { buildSearchDocuments } from '../documents.ts';
import { SearchIndexError, type IndexedVersion, type SearchIndex, type SearchResults } from '../port.ts';
import { planQuery } from '../query-plan.ts';
import { readIndexFile, writeIndexFile, type StoredDocument } from './index-file.ts';
import { searchState } from './query.ts';
import { DEFAULT_RANKING, type RankingOptions } from './ranking.ts';
import { addSearchDocument, compactIfSparse, createState, reindex, removeDocument, termsOf } from './state.ts';

export { DEFAULT_RANKING, type RankingOptions } from './ranking.ts';

const BACKEND = 'embedded';
const FILE = 'search-index.json';
/** Bump when the search document or file shape changes: a file of another version is dropped and rebuilt. */
const FORMAT_VERSION = 4;
/**
 * Text whose analysis fingerprints the analyzer: a file written under other analysis (a changed
 * stemmer, the comparison analyzer) would match other terms, so it is dropped and rebuilt too.
 */
const PROBE =
  'ҚР ӘРПК-нің 15-1-бабы: мемлекеттiк органдардың шешімдеріне, соттың актілеріне және тараптардың құқықтарына шағым, принциптері';

export interface EmbeddedSearchOptions {
  /** Where the index file lives; null keeps the index in memory only */
  dataDir?: string | null;
  /** How texts become terms (default: the Kazakh analyzer) */
  analyzer?: TextAnalyzer;
  ranking?: Partial<RankingOptions>;
}

export interface EmbeddedSearchIndex extends SearchIndex {
  /** The directory of the index file, or null in memory */
  readonly dataDir: string | null;
}

export async function openEmbeddedSearchIndex(options: EmbeddedSearchOptions = {}): Promise<EmbeddedSearchIndex> {
  const analyzer = options.analyzer ?? kazakhAnalyzer;
  const state = createState(analyzer, { ...DEFAULT_RANKING, ...options.ranking });
  const dataDir = options.dataDir ?? null;
  const header = { version: FORMAT_VERSION, analysis: JSON.stringify(analyzer.analyze(PROBE).map((t) => t.term)) };
  const path = dataDir ? join(dataDir, FILE) : null;
  if (path) {
    for (const entry of await readIndexFile(path, header)) state.stored.set(entry.document.id, entry);
    reindex(state);
  }

  const persist = async (): Promise<void> => {
    if (path) await writeIndexFile(path, header, state.stored.values());
  };

  return {
    dataDir,
    async upsertDocuments(documents) {
      for (const item of documents) {
        removeDocument(state, item.document.id);
        const entry: StoredDocument = { document: item.document, searchDocuments: buildSearchDocuments(item) };
        state.stored.set(item.document.id, entry);
        for (const sd of entry.searchDocuments) addSearchDocument(state, sd);
      }
      compactIfSparse(state);
      await persist();
    },
    async removeDocuments(documentIds) {
      for (const id of documentIds) removeDocument(state, id);
      compactIfSparse(state);
      await persist();
    },
    async indexedVersions(): Promise<IndexedVersion[]> {
      return [...state.stored.values()].map((s) => ({ documentId: s.document.id, sha256: s.document.sha256 }));
    },
    async search(request): Promise<SearchResults> {
      if (!request.query.trim()) throw new SearchIndexError(BACKEND, 'empty query');
      return searchState(state, planQuery(analyzer, request.query), request);
    },
    async analyze(text) {
      return termsOf(state, text);
    },
    async analyzeWords(text) {
      return analyzeWords(analyzer, text);
    },
    async close() {
      // Every change is already on disk; nothing is held open.
    },
  };
}
