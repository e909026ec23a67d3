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
 */
import { join } from 'node:path';
import { provisionId } from '../../model/index.ts';
import { contentTerms, kazakhAnalyzer, type AnalyzedToken, type TextAnalyzer } from '../analyzer/index.ts';
import { bodyText, buildSearchDocuments, type Passage, type SearchDocument } from '../documents.ts';
import { diversify } from './diversify.ts';
import { createFacetTable, matchesFilter } from '../facets.ts';
import { readIndexFile, writeIndexFile, type StoredDocument } from './index-file.ts';
import { createInvertedIndex, type QueryTermSpec } from './inverted-index.ts';
import { type IndexedVersion, type SearchHit, type SearchIndex, type SearchRequest, type SearchResults, SearchIndexError } from '../port.ts';
import { containsPhrase, planQuery, type QueryPlan } from '../query-plan.ts';
import { enclosingEIds } from '../reference-query.ts';
import { buildSnippet } from '../snippet.ts';
import { topK } from './top-k.ts';

const BACKEND = 'embedded';
const FILE = 'search-index.json';
/** Bump when the search document or file shape changes: a file of another version is dropped and rebuilt. */
const FORMAT_VERSION = 3;
/**
 * Text whose analysis fingerprints the analyzer: a file written under other analysis (a changed
 * stemmer, the comparison analyzer) would match other terms, so it is dropped and rebuilt too.
 */
const PROBE = 'ҚР ӘРПК-нің 15-1-бабы: мемлекеттiк органдардың шешімдеріне, соттың актілеріне және тараптардың құқықтарына шағым, принциптері';
/** How many of the best text matches are checked for the query phrase. */
const PHRASE_WINDOW = 50;
/** Taken-out search documents tolerated beyond the live ones before the index is rebuilt. */
const COMPACTION_SLACK = 1_000;

export interface RankingOptions {
  /** Weight of the heading against the body (1) */
  headingBoost: number;
  /** Weight of the enclosing sections' and chapters' headings */
  pathBoost: number;
  /** Weight of a heading a paragraph takes from above (outside codes): as much as its own text */
  inheritedHeadingBoost: number;
  /** Score factor for a text holding the query's words in order */
  phraseBoost: number;
  /** Exponent of the share of query terms a text holds (0: plain BM25 sum) */
  coordination: number;
  /** Score factors for terms found by typo tolerance and by prefix, against exact (1) */
  fuzzyWeight: number;
  prefixWeight: number;
  /** BM25+ parameters: term-frequency saturation k, length normalization b, lower bound d */
  bm25: { k: number; b: number; d: number };
  /** Most text matches of one parent section among the first results (search/embedded/diversify.ts); Infinity: no limit */
  perSection: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  headingBoost: 3,
  pathBoost: 0.5,
  inheritedHeadingBoost: 1,
  phraseBoost: 1.5,
  coordination: 1,
  fuzzyWeight: 0.4,
  prefixWeight: 0.5,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  // 3 pushed judged paragraphs out of the top 10 on the tuning split; 4 to 10 changed none of its figures
  perSection: 5,
};

/**
 * The parent section a text match is grouped under when results are diversified: its document and
 * the headings above it. A text with no heading above it is a group of its own: the paragraphs of
 * a paper without sections are not one section.
 */
const sectionOf = (doc: SearchDocument): string => (doc.path.length === 0 ? doc.id : `${doc.documentId}\n${doc.path.join('\n')}`);

export interface EmbeddedSearchOptions {
  /** Where the index file lives; null keeps the index in memory only */
  dataDir?: string | null;
  /** How texts become terms (default: the Kazakh analyzer) */
  analyzer?: TextAnalyzer;
  ranking?: Partial<RankingOptions>;
}

/** Typo tolerance scaled with word length: none below 4 letters, one edit up to 7, two from 8. Numbers are exact. */
function fuzziness(term: string): number {
  if (/^\d/.test(term) || term.length < 4) return 0;
  return term.length >= 8 ? 2 : 1;
}

export interface EmbeddedSearchIndex extends SearchIndex {
  /** The directory of the index file, or null in memory */
  readonly dataDir: string | null;
}

/** A text match: doc number and final score (BM25+ × query terms matched × their share, phrase boost). */
interface TextMatch {
  docNumber: number;
  doc: SearchDocument;
  score: number;
}

export async function openEmbeddedSearchIndex(options: EmbeddedSearchOptions = {}): Promise<EmbeddedSearchIndex> {
  const analyzer = options.analyzer ?? kazakhAnalyzer;
  const ranking = { ...DEFAULT_RANKING, ...options.ranking };
  const dataDir = options.dataDir ?? null;
  const analysis = JSON.stringify(analyzer.analyze(PROBE).map((t) => t.term));
  const terms = (text: string): string[] => contentTerms(analyzer.analyze(text));
  /**
   * The indexed fields, in the order of the boosts below: own heading, section/chapter path, body,
   * heading taken from above. That last one is context: weighted as an own heading, it ranked
   * every paragraph under it alike, above the paragraphs that hold the query words themselves.
   */
  const analyzeDocument = (doc: SearchDocument): { fields: string[][]; words: AnalyzedToken[][] } => {
    const headingTokens = analyzer.analyze(doc.heading);
    const bodyTokens = analyzer.analyze(bodyText(doc));
    const heading = contentTerms(headingTokens);
    return {
      fields: [doc.headingInherited ? [] : heading, terms(doc.path.join('\n')), contentTerms(bodyTokens), doc.headingInherited ? heading : []],
      // Every word in order, stop words included: what a phrase is looked for in.
      words: [headingTokens, bodyTokens],
    };
  };
  const boosts = [ranking.headingBoost, ranking.pathBoost, 1, ranking.inheritedHeadingBoost];

  const stored = new Map<string, StoredDocument>();
  /** Search documents by doc number (undefined once taken out), and doc numbers by id */
  const byNumber: Array<SearchDocument | undefined> = [];
  const numbers = new Map<string, number>();
  /** Every passage by its provision id, for answering reference queries */
  const passages = new Map<string, { doc: SearchDocument; passage: Passage }>();
  /**
   * Each text's words as term ids by doc number, so a phrase check reads ints instead of analyzing
   * the text again: at 100× the copies of a text made a cache of analyses miss on every query.
   */
  const wordIds = new Map<string, number>();
  const sequences: Array<Int32Array | undefined> = [];
  const idOf = (term: string): number => {
    let id = wordIds.get(term);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(term, id);
    }
    return id;
  };
  let index = createInvertedIndex(boosts.length);
  let facets = createFacetTable();
  /** Scratch space: the text matches a query keeps after filtering, and their scores */
  let kept = new Int32Array(1024);
  let keptScores = new Float64Array(1024);

  const addSearchDocument = (sd: SearchDocument): void => {
    const { fields, words } = analyzeDocument(sd);
    const n = index.add(fields);
    const sequence = new Int32Array(words.reduce((length, tokens) => length + tokens.length, 0));
    let at = 0;
    for (const tokens of words) for (const token of tokens) sequence[at++] = idOf(token.term);
    sequences[n] = sequence;
    byNumber[n] = sd;
    numbers.set(sd.id, n);
    facets.set(n, sd);
    for (const passage of sd.passages) passages.set(passage.provisionId, { doc: sd, passage });
  };

  /** Index every stored search document again, in a fresh index (after loading, or when removals left it sparse). */
  const reindex = (): void => {
    index = createInvertedIndex(boosts.length);
    facets = createFacetTable();
    byNumber.length = 0;
    sequences.length = 0;
    numbers.clear();
    passages.clear();
    for (const entry of stored.values()) for (const sd of entry.searchDocuments) addSearchDocument(sd);
  };

  /**
   * Postings of taken-out documents stay in the index (skipped, and left out of the statistics)
   * until it is rebuilt: rebuild once they outnumber the live ones by more than a small index's worth.
   */
  const compactIfSparse = (): void => {
    const dead = byNumber.length - numbers.size;
    if (dead > numbers.size + COMPACTION_SLACK) reindex();
  };

  const path = dataDir ? join(dataDir, FILE) : null;
  if (path) {
    for (const entry of await readIndexFile(path, { version: FORMAT_VERSION, analysis })) stored.set(entry.document.id, entry);
    reindex();
  }

  const persist = async (): Promise<void> => {
    if (!path) return;
    await writeIndexFile(path, { version: FORMAT_VERSION, analysis }, stored.values());
  };

  const remove = (documentId: string): void => {
    const entry = stored.get(documentId);
    if (!entry) return;
    for (const sd of entry.searchDocuments) {
      const n = numbers.get(sd.id);
      if (n !== undefined) {
        index.remove(n, analyzeDocument(sd).fields);
        byNumber[n] = undefined;
        sequences[n] = undefined;
      }
      numbers.delete(sd.id);
      for (const passage of sd.passages) passages.delete(passage.provisionId);
    }
    stored.delete(documentId);
  };

  /** Whether a text holds the phrase: its words' ids in a row. */
  const holdsPhrase = (docNumber: number, phrase: readonly string[]): boolean => {
    const ids = phrase.map((term) => wordIds.get(term) ?? -1);
    return !ids.includes(-1) && containsPhrase(sequences[docNumber] ?? [], ids);
  };

  /**
   * Text matches: every match counted (for the total and facets), only the best `wanted` of
   * them ranked (the phrase window at least), each with the index terms it matched.
   */
  const textMatches = (plan: QueryPlan, request: SearchRequest, wanted: number): { count: number; kept: Int32Array; best: TextMatch[]; expandedTerms: string[] } => {
    if (plan.terms.length === 0) return { count: 0, kept, best: [], expandedTerms: [] };
    // Each term once, so the number of query terms a text matches is the share it holds.
    const queryTerms = [...new Set(plan.terms)];
    const specs: QueryTermSpec[] = queryTerms.map((term, i) => ({
      term,
      prefix: i === queryTerms.length - 1 && term.length >= 3 && !/^\d/.test(term),
      fuzzy: fuzziness(term),
    }));
    const matches = index.match(specs, { boosts, fuzzyWeight: ranking.fuzzyWeight, prefixWeight: ranking.prefixWeight, bm25: ranking.bm25 });
    if (kept.length < matches.count) {
      kept = new Int32Array(matches.count * 2);
      keptScores = new Float64Array(matches.count * 2);
    }
    // The score factor of a text matching q of the query terms, by q.
    const factor = Array.from({ length: queryTerms.length + 1 }, (_, q) => q * (q / queryTerms.length) ** ranking.coordination);
    const { filter } = request;
    const phrase = plan.phraseRequired ? (plan.phrase ?? plan.terms) : null;
    // A text can hold the phrase only if the index lists it under each of the phrase's indexed words:
    // that look-up is cheap, analyzing the text to find the words in order is not.
    const phraseWords = (plan.phrase ?? plan.terms).filter((term) => queryTerms.includes(term));
    const mayHoldPhrase = (n: number): boolean => index.termsIn(n, phraseWords).length === phraseWords.length;
    let count = 0;
    for (let i = 0; i < matches.count; i++) {
      const n = matches.docs[i] ?? 0;
      // Matches are live documents: the document itself is needed only to filter.
      if (filter || phrase) {
        const doc = byNumber[n];
        if (!doc || (filter && !matchesFilter(doc, filter))) continue;
        if (phrase && !(mayHoldPhrase(n) && holdsPhrase(n, phrase))) continue;
      }
      kept[count] = n;
      keptScores[count] = (matches.scores[n] ?? 0) * (factor[matches.termCounts[n] ?? 0] ?? 0);
      count++;
    }
    const best: TextMatch[] = topK(keptScores, count, Math.max(wanted, PHRASE_WINDOW)).map((i) => {
      const n = kept[i] ?? 0;
      return { docNumber: n, doc: byNumber[n] as SearchDocument, score: keptScores[i] ?? 0 };
    });
    // The phrase boost reorders the head of the list only: checking every match would cost a pass over every text.
    if (plan.phrase && !plan.phraseRequired) {
      const head = best.slice(0, PHRASE_WINDOW);
      for (const m of head) if (mayHoldPhrase(m.docNumber) && holdsPhrase(m.docNumber, plan.phrase)) m.score *= ranking.phraseBoost;
      // A boost only raises scores, so the head stays ahead of the rest.
      head.sort((a, b) => b.score - a.score || a.docNumber - b.docNumber);
      best.splice(0, head.length, ...head);
    }
    const diverse = diversify(best, (m) => sectionOf(m.doc), ranking.perSection, PHRASE_WINDOW);
    return { count, kept, best: diverse, expandedTerms: matches.expandedTerms };
  };

  /** A provision by id: a passage inside a search document, or a search document itself (an article). */
  type Located = { doc: SearchDocument; passage: Passage | null };
  const locate = (id: string): Located | null => {
    const inside = passages.get(id);
    if (inside) return inside;
    const n = numbers.get(id);
    const doc = n === undefined ? undefined : byNumber[n];
    return doc ? { doc, passage: null } : null;
  };

  /** The provisions a reference query names, in the documents it names (all codes when it names none). */
  const referenceMatches = (plan: QueryPlan, request: SearchRequest): Located[] => {
    const reference = plan.reference;
    if (!reference) return [];
    const codes = [...stored.values()].map((s) => s.document).filter((d) => d.kind === 'code');
    const named = codes.filter((d) => d.shortNames.some((n) => reference.documentNames.includes(n.toLowerCase())));
    const found: Located[] = [];
    for (const code of named.length > 0 ? named : codes) {
      const hit = enclosingEIds(reference.eId).reduce<Located | null>((at, eId) => at ?? locate(provisionId(code.id, eId)), null);
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
        stored.set(item.document.id, entry);
        for (const sd of entry.searchDocuments) addSearchDocument(sd);
      }
      compactIfSparse();
      await persist();
    },
    async removeDocuments(documentIds) {
      for (const id of documentIds) remove(id);
      compactIfSparse();
      await persist();
    },
    async indexedVersions(): Promise<IndexedVersion[]> {
      return [...stored.values()].map((s) => ({ documentId: s.document.id, sha256: s.document.sha256 }));
    },
    async search(request): Promise<SearchResults> {
      if (!request.query.trim()) throw new SearchIndexError(BACKEND, 'empty query');
      const plan = planQuery(analyzer, request.query);
      const offset = request.offset ?? 0;
      const limit = request.limit ?? 10;
      const references = referenceMatches(plan, request);
      const seen = new Set(references.map((r) => r.passage?.provisionId ?? r.doc.id));
      const text = textMatches(plan, request, offset + limit + seen.size);
      const topScore = text.best[0]?.score ?? 0;

      type Ranked = { doc: SearchDocument; provisionId: string; score: number; terms: readonly string[]; passage: Passage | null; docNumber: number | null };
      const ranked: Ranked[] = references.map((r, i) => ({
        doc: r.doc,
        provisionId: r.passage?.provisionId ?? r.doc.id,
        score: topScore + references.length - i,
        terms: plan.terms,
        passage: r.passage,
        docNumber: null,
      }));
      for (const m of text.best)
        if (!seen.has(m.doc.id)) ranked.push({ doc: m.doc, provisionId: m.doc.id, score: m.score, terms: [], passage: null, docNumber: m.docNumber });

      // Facets and total over every match: the text matches a reference already answers are counted once, as the reference.
      let counted = text.count;
      for (let i = 0; seen.size > 0 && i < counted; ) {
        if (seen.has(byNumber[text.kept[i] ?? 0]?.id ?? '')) text.kept[i] = text.kept[--counted] ?? 0;
        else i++;
      }
      const facetDocs = new Int32Array(counted + references.length);
      facetDocs.set(text.kept.subarray(0, counted));
      references.forEach((r, i) => (facetDocs[counted + i] = numbers.get(r.doc.id) ?? -1));

      const hits: SearchHit[] = ranked.slice(offset, offset + limit).map((r) => {
        const matched = r.docNumber === null ? r.terms : index.termsIn(r.docNumber, text.expandedTerms);
        const snippet = buildSnippet(analyzer, r.doc.heading, r.passage ? [r.passage] : r.doc.passages, new Set(matched));
        return { provisionId: r.provisionId, score: r.score, snippet: snippet.snippet, highlights: snippet.highlights };
      });
      return { total: counted + references.length, hits, facets: facets.count(facetDocs, facetDocs.length) };
    },
    async analyze(text) {
      return terms(text);
    },
    async close() {
      // Every change is already on disk; nothing is held open.
    },
  };
}
