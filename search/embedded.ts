/**
 * The embedded SearchIndex: MiniSearch in process, with the Kazakh analyzer as its tokenizer
 * (MiniSearch takes a custom tokenizer and term processor, and ranks with BM25+), persisted as
 * one JSON file in the data directory (`<dataDir>/search-index.json`, beside the graph store's
 * data), rewritten atomically after every change. A document is re-indexed alone when it
 * changes: its search documents are discarded and added again.
 *
 * Ranking: BM25 over heading (boosted), section/chapter path and body; prefix search on the
 * last query word; typo tolerance growing with word length; a boost for texts holding the query
 * as a phrase and for texts holding more of its terms; reference queries answered first.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import type { Document } from '../graph/model.ts';
import { contentTerms, kazakhAnalyzer, type TextAnalyzer } from './analyzer/index.ts';
import { bodyText, buildSearchDocuments, type Passage, type SearchDocument } from './documents.ts';
import { countFacets, matchesFilter } from './facets.ts';
import type { IndexableDocument, IndexedVersion, SearchHit, SearchIndex, SearchRequest, SearchResults } from './port.ts';
import { SearchIndexError } from './port.ts';
import { containsPhrase, planQuery, type QueryPlan } from './query-plan.ts';
import { buildSnippet } from './snippet.ts';

const BACKEND = 'embedded';
const FILE = 'search-index.json';
/** Bump when the search document or file shape changes: a file of another version is dropped and rebuilt. */
const FORMAT_VERSION = 1;
/**
 * Text whose analysis fingerprints the analyzer: a file written under other analysis (a changed
 * stemmer, the comparison analyzer) would match other terms, so it is dropped and rebuilt too.
 */
const PROBE = 'ҚР ӘРПК-нің 15-1-бабы: мемлекеттiк органдардың шешімдеріне, соттың актілеріне және тараптардың құқықтарына шағым';
/** How many of the best text matches are checked for the query phrase. */
const PHRASE_WINDOW = 50;

export interface RankingOptions {
  /** Weight of the heading against the body (1) */
  headingBoost: number;
  /** Weight of the enclosing sections' and chapters' headings */
  pathBoost: number;
  /** Score factor for a text holding the query's words in order */
  phraseBoost: number;
  /** Exponent of the share of query terms a text holds (0: plain BM25 sum) */
  coordination: number;
  /** Score factors for terms found by typo tolerance and by prefix, against exact (1) */
  fuzzyWeight: number;
  prefixWeight: number;
  /** BM25+ parameters: term-frequency saturation k, length normalization b, lower bound d */
  bm25: { k: number; b: number; d: number };
}

export const DEFAULT_RANKING: RankingOptions = {
  headingBoost: 3,
  pathBoost: 0.5,
  phraseBoost: 1.5,
  coordination: 1,
  fuzzyWeight: 0.4,
  prefixWeight: 0.5,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};

export interface EmbeddedSearchOptions {
  /** Where the index file lives; null keeps the index in memory only */
  dataDir?: string | null;
  /** How texts become terms (default: the Kazakh analyzer) */
  analyzer?: TextAnalyzer;
  ranking?: Partial<RankingOptions>;
}

interface StoredDocument {
  document: Document;
  searchDocuments: SearchDocument[];
}

interface IndexFile {
  version: number;
  analysis: string;
  documents: StoredDocument[];
  engine: AsPlainObject;
}

/** Typo tolerance scaled with word length: none below 4 letters, one edit up to 7, two from 8. Numbers are exact. */
function fuzziness(term: string): number | false {
  if (/^\d/.test(term) || term.length < 4) return false;
  return term.length >= 8 ? 2 : 1;
}

export interface EmbeddedSearchIndex extends SearchIndex {
  /** The directory of the index file, or null in memory */
  readonly dataDir: string | null;
}

export async function openEmbeddedSearchIndex(options: EmbeddedSearchOptions = {}): Promise<EmbeddedSearchIndex> {
  const analyzer = options.analyzer ?? kazakhAnalyzer;
  const ranking = { ...DEFAULT_RANKING, ...options.ranking };
  const dataDir = options.dataDir ?? null;
  const analysis = JSON.stringify(analyzer.analyze(PROBE).map((t) => t.term));
  const engineOptions = {
    fields: ['heading', 'path', 'body'],
    extractField: (doc: SearchDocument, field: string): string =>
      field === 'body' ? bodyText(doc) : field === 'path' ? doc.path.join('\n') : field === 'heading' ? doc.heading : doc.id,
    tokenize: (text: string): string[] => contentTerms(analyzer.analyze(text)),
    processTerm: (term: string): string => term,
  };
  const stored = new Map<string, StoredDocument>();
  const searchDocs = new Map<string, SearchDocument>();
  /** Every passage by its provision id, for answering reference queries */
  const passages = new Map<string, { doc: SearchDocument; passage: Passage }>();
  const sequences = new Map<string, string[]>();

  const track = (entry: StoredDocument, add: boolean): void => {
    for (const sd of entry.searchDocuments) {
      if (add) searchDocs.set(sd.id, sd);
      else searchDocs.delete(sd.id);
      sequences.delete(sd.id);
      for (const passage of sd.passages) {
        if (add) passages.set(passage.provisionId, { doc: sd, passage });
        else passages.delete(passage.provisionId);
      }
    }
  };

  let engine = new MiniSearch<SearchDocument>(engineOptions);
  const path = dataDir ? join(dataDir, FILE) : null;
  if (path) {
    const file = await readIndexFile(path);
    if (file && file.version === FORMAT_VERSION && file.analysis === analysis) {
      engine = MiniSearch.loadJS<SearchDocument>(file.engine, engineOptions);
      for (const entry of file.documents) {
        stored.set(entry.document.id, entry);
        track(entry, true);
      }
    }
  }

  const persist = async (): Promise<void> => {
    if (!path || !dataDir) return;
    const file: IndexFile = { version: FORMAT_VERSION, analysis, documents: [...stored.values()], engine: engine.toJSON() };
    try {
      await mkdir(dataDir, { recursive: true });
      await writeFile(`${path}.tmp`, JSON.stringify(file));
      await rename(`${path}.tmp`, path);
    } catch (cause) {
      throw new SearchIndexError(BACKEND, `cannot write ${path}`, { cause });
    }
  };

  const remove = (documentId: string): void => {
    const entry = stored.get(documentId);
    if (!entry) return;
    engine.discardAll(entry.searchDocuments.map((d) => d.id));
    track(entry, false);
    stored.delete(documentId);
  };

  const sequenceOf = (doc: SearchDocument): string[] => {
    let seq = sequences.get(doc.id);
    if (!seq) {
      seq = analyzer.analyze(`${doc.heading}\n${bodyText(doc)}`).map((t) => t.term);
      sequences.set(doc.id, seq);
    }
    return seq;
  };

  /** Text matches, ranked, each with the index terms it matched. */
  const textMatches = (plan: QueryPlan, request: SearchRequest): Array<{ doc: SearchDocument; score: number; terms: string[] }> => {
    if (plan.terms.length === 0) return [];
    // Each term once: MiniSearch then reports each matched query term once, so their count is the share matched.
    const queryTerms = [...new Set(plan.terms)];
    const results: SearchResult[] = engine.search(queryTerms.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      boost: { heading: ranking.headingBoost, path: ranking.pathBoost, body: 1 },
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3 && !/^\d/.test(term),
      fuzzy: (term) => fuzziness(term),
      weights: { fuzzy: ranking.fuzzyWeight, prefix: ranking.prefixWeight },
      bm25: ranking.bm25,
      // Without a filter every result passes: no callback per result.
      filter: request.filter
        ? (r) => {
            const doc = searchDocs.get(String(r.id));
            return doc !== undefined && matchesFilter(doc, request.filter);
          }
        : undefined,
    });
    const matches = [];
    for (const r of results) {
      const doc = searchDocs.get(String(r.id));
      if (!doc) continue;
      if (plan.phraseRequired && !containsPhrase(sequenceOf(doc), plan.phrase ?? plan.terms)) continue;
      const share = r.queryTerms.length / queryTerms.length;
      matches.push({ doc, score: r.score * share ** ranking.coordination, terms: r.terms });
    }
    matches.sort((a, b) => b.score - a.score);
    // The phrase boost reorders the head of the list only: checking every match would cost a pass over every text.
    const phrase = plan.phrase;
    if (phrase && !plan.phraseRequired) {
      for (const m of matches.slice(0, PHRASE_WINDOW)) if (containsPhrase(sequenceOf(m.doc), phrase)) m.score *= ranking.phraseBoost;
      matches.sort((a, b) => b.score - a.score);
    }
    return matches;
  };

  /** A provision by id: a passage inside a search document, or a search document itself (an article). */
  const locate = (id: string): { doc: SearchDocument; passage: Passage | null } | null => {
    const inside = passages.get(id);
    if (inside) return inside;
    const doc = searchDocs.get(id);
    return doc ? { doc, passage: null } : null;
  };

  /** The provisions a reference query names, in the documents it names (all codes when it names none). */
  const referenceMatches = (plan: QueryPlan, request: SearchRequest): Array<{ doc: SearchDocument; passage: Passage | null }> => {
    const reference = plan.reference;
    if (!reference) return [];
    const codes = [...stored.values()].map((s) => s.document).filter((d) => d.kind === 'code');
    const named = codes.filter((d) => d.shortNames.some((n) => reference.documentNames.includes(n.toLowerCase())));
    const found = [];
    for (const code of named.length > 0 ? named : codes) {
      // A part the code does not number (`art_56__point_3` has no para) falls back to the nearest enclosing node.
      let eId = reference.eId;
      let hit = locate(`${code.id}/~${eId}`);
      while (!hit && eId.includes('__')) {
        eId = eId.slice(0, eId.lastIndexOf('__'));
        hit = locate(`${code.id}/~${eId}`);
      }
      if (hit && matchesFilter(hit.doc, request.filter)) found.push(hit);
    }
    return found;
  };

  return {
    dataDir,
    async upsertDocuments(documents) {
      for (const item of documents) {
        remove(item.document.id);
        const entry: StoredDocument = { document: item.document, searchDocuments: buildSearchDocuments(item) };
        engine.addAll(entry.searchDocuments);
        stored.set(item.document.id, entry);
        track(entry, true);
      }
      await persist();
    },
    async removeDocuments(documentIds) {
      for (const id of documentIds) remove(id);
      await persist();
    },
    async indexedVersions(): Promise<IndexedVersion[]> {
      return [...stored.values()].map((s) => ({ documentId: s.document.id, sha256: s.document.sha256 }));
    },
    async search(request): Promise<SearchResults> {
      if (!request.query.trim()) throw new SearchIndexError(BACKEND, 'empty query');
      const plan = planQuery(analyzer, request.query);
      const text = textMatches(plan, request);
      const references = referenceMatches(plan, request);
      const topScore = text[0]?.score ?? 0;
      type Ranked = { doc: SearchDocument; provisionId: string; score: number; terms: readonly string[]; passage: Passage | null };
      const ranked: Ranked[] = references.map((r, i) => ({
        doc: r.doc,
        provisionId: r.passage?.provisionId ?? r.doc.id,
        score: topScore + references.length - i,
        terms: plan.terms,
        passage: r.passage,
      }));
      const seen = new Set(ranked.map((r) => r.provisionId));
      for (const m of text) if (!seen.has(m.doc.id)) ranked.push({ doc: m.doc, provisionId: m.doc.id, score: m.score, terms: m.terms, passage: null });

      const offset = request.offset ?? 0;
      const limit = request.limit ?? 10;
      const hits: SearchHit[] = ranked.slice(offset, offset + limit).map((r) => {
        const snippet = buildSnippet(analyzer, r.doc.heading, r.passage ? [r.passage] : r.doc.passages, new Set(r.terms));
        return { provisionId: r.provisionId, score: r.score, snippet: snippet.snippet, highlights: snippet.highlights };
      });
      return { total: ranked.length, hits, facets: countFacets(ranked.map((r) => r.doc)) };
    },
    async analyze(text) {
      return contentTerms(analyzer.analyze(text));
    },
    async close() {
      // Every change is already on disk; nothing is held open.
    },
  };
}

async function readIndexFile(path: string): Promise<IndexFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SearchIndexError(BACKEND, `cannot read ${path}`, { cause: error });
  }
  try {
    return JSON.parse(text) as IndexFile;
  } catch (cause) {
    throw new SearchIndexError(BACKEND, `${path} is not valid JSON (delete it to rebuild the index)`, { cause });
  }
}
