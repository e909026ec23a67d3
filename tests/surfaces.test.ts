/**
 * The public surface of every module: the names its index.ts exports, pinned, so a change of what
 * a module offers is a visible decision (as the mdast packages pin theirs). Other modules import
 * only these surfaces (and the ports, graph/port.ts and search/port.ts); a module's own files and
 * its tests may import its internals.
 */
import { describe, expect, it } from 'vitest';

const SURFACES: Record<string, string[]> = {
  model: [
    'AKN_ALIAS',
    'EID_SEPARATOR',
    'actWorkUri',
    'amendmentId',
    'articleEId',
    'childEId',
    'citationId',
    'cleanNum',
    'codeEId',
    'eIdComponent',
    'mentionId',
    'noteId',
    'ownerDocumentId',
    'parseProvisionId',
    'provisionId',
    'relationId',
    'trailingNumber',
    'unknownActUri',
  ],
  text: ['ORDINALS', 'ORDINAL_SOURCE', 'fixLookalikes', 'fixRomanNumerals', 'ordinalValue'],
  ingest: [
    'DEFAULT_MAX_FILE_BYTES',
    'IngestError',
    'MAX_FILE_BYTES_VARIABLE',
    'buildLexicon',
    'createCorpusLookup',
    'extractCitations',
    'formatReport',
    'ingestCorpus',
    'ingestDocument',
    'normalizeLines',
    'parseDocumentNotes',
    'pipelineFingerprint',
    'readCorpus',
    'readManifest',
    'segmentCode',
    'summarizeDocuments',
  ],
  graph: [
    'GraphStoreError',
    'GraphStoreInputError',
    'MAX_PAGE_SIZE',
    'MAX_TRAVERSAL_DEPTH',
    'checkLimit',
    'checkWritable',
    'contentHash',
    'documentProblems',
    'openEmbeddedGraphStore',
    'openNeo4jGraphStore',
  ],
  'graph/embedded': ['openEmbeddedGraphStore'],
  'graph/neo4j': ['openNeo4jGraphStore'],
  search: [
    'DEFAULT_RANKING',
    'KazakhStemmer',
    'MeilisearchIndexError',
    'SEARCH_LIMITS',
    'SearchIndexError',
    'buildSearchDocuments',
    'createKazakhStemmer',
    'indexTerms',
    'kazakhAnalyzer',
    'openEmbeddedSearchIndex',
    'openMeilisearchIndex',
    'stemWord',
  ],
  'search/embedded': ['DEFAULT_RANKING', 'openEmbeddedSearchIndex'],
  'search/meilisearch': ['MeilisearchIndexError', 'openMeilisearchIndex'],
  'search/analyzer': [
    'ABBREVIATIONS',
    'KazakhStemmer',
    'STOP_WORDS',
    'SYNONYMS',
    'analyzeTokens',
    'contentTerms',
    'createKazakhStemmer',
    'indexTerms',
    'isStopWord',
    'kazakhAnalyzer',
    'lowercase',
    'matchTermTokens',
    'normalizeForSearch',
    'stemWord',
    'tokenize',
  ],
  'search/eval': ['buildSpanIndex', 'engineDefaultAnalyzer', 'mean', 'overlaps', 'scoreQuery'],
  api: ['AMENDMENT_ACTIONS', 'DEFAULT_SECURITY', 'PROVISION_STATUSES', 'createServer', 'enumResolver', 'listen'],
  app: ['IngestError', 'createCorpusSync', 'syncGraphStore', 'syncSearchIndex', 'syncStores'],
  files: ['writeDurably', 'writeFileDurably'],
};

describe('module surfaces', () => {
  for (const [module, names] of Object.entries(SURFACES)) {
    it(`${module}/index.ts exports exactly its pinned names`, async () => {
      const exported = (await import(/* @vite-ignore */ new URL(`../${module}/index.ts`, import.meta.url).href)) as Record<string, unknown>;
      expect(Object.keys(exported).sort()).toEqual(names);
    });
  }
});
