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
  text: ['DEFINITIONS_HEADING', 'ORDINALS', 'ORDINAL_SOURCE', 'definedTermOf', 'fixLookalikes', 'fixRomanNumerals', 'ordinalValue'],
  ingest: [
    'DEFAULT_MAX_FILE_BYTES',
    'IngestError',
    'MANIFEST_FILE',
    'MAX_FILE_BYTES_VARIABLE',
    'META_FILE',
    'buildLexicon',
    'corpusDirs',
    'createCorpusLookup',
    'decodeText',
    'exportDocument',
    'extractCitations',
    'formatReport',
    'ingestCorpus',
    'ingestDocument',
    'normalizeLines',
    'parseDocumentNotes',
    'pipelineFingerprint',
    'readActFolder',
    'readCorpus',
    'readManifest',
    'readStoreEntries',
    'segmentCode',
    'summarizeDocuments',
  ],
  graph: [
    'CLAIM_TIMEOUT_MS',
    'GraphStoreError',
    'GraphStoreInputError',
    'MAX_PAGE_SIZE',
    'MAX_TRAVERSAL_DEPTH',
    'SCRATCH_MARKER',
    'checkLimit',
    'checkWritable',
    'claimScratchDatabase',
    'contentHash',
    'documentProblems',
    'openEmbeddedGraphStore',
    'openNeo4jGraphStore',
    'openScratchNeo4jStore',
  ],
  'graph/embedded': ['openEmbeddedGraphStore'],
  'graph/neo4j': ['CLAIM_TIMEOUT_MS', 'SCRATCH_MARKER', 'claimScratchDatabase', 'openNeo4jGraphStore', 'openScratchNeo4jStore'],
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
  'search/eval': ['buildSpanIndex', 'describeJudgement', 'engineDefaultAnalyzer', 'mean', 'overlaps', 'scorable', 'scoreQuery'],
  api: ['AMENDMENT_ACTIONS', 'DEFAULT_SECURITY', 'PROVISION_STATUSES', 'createServer', 'enumResolver', 'listen'],
  app: ['IngestError', 'createCorpusSync', 'importAct', 'syncGraphStore', 'syncSearchIndex', 'syncStores'],
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
