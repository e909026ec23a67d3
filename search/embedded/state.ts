/**
 * What an open embedded index holds, as one explicit state object, and the functions that index
 * into it and take out of it. The index answers queries from this state (query.ts); the port
 * object (search-index.ts) only calls these functions and persists.
 */
import { contentTerms, type AnalyzedToken, type TextAnalyzer } from '../analyzer/index.ts';
import { bodyText, type Passage, type SearchDocument } from '../documents.ts';
import { createFacetTable, type FacetTable } from '../facets.ts';
import { containsPhrase } from '../query-plan.ts';
import type { StoredDocument } from './index-file.ts';
import { createInvertedIndex, type InvertedIndex } from './inverted-index.ts';
import type { RankingOptions } from './ranking.ts';

/** Taken-out search documents tolerated beyond the live ones before the index is rebuilt. */
const COMPACTION_SLACK = 1_000;

/** A provision by id: a passage inside a search document, or a search document itself (an article). */
export interface Located {
  doc: SearchDocument;
  passage: Passage | null;
}

export interface IndexState {
  analyzer: TextAnalyzer;
  ranking: RankingOptions;
  /** Field weights, in the order of analyzeDocument's fields */
  boosts: number[];
  /** Every indexed document with its search documents, by document id */
  stored: Map<string, StoredDocument>;
  /** Search documents by doc number (undefined once taken out), and doc numbers by id */
  byNumber: Array<SearchDocument | undefined>;
  numbers: Map<string, number>;
  /** Every passage by its provision id, for answering reference queries */
  passages: Map<string, Located>;
  /**
   * Each text's words as term ids by doc number, so a phrase check reads ints instead of analyzing
   * the text again: at 100× the copies of a text made a cache of analyses miss on every query.
   */
  wordIds: Map<string, number>;
  /** The terms by word id, to read a text's terms back from its sequence (word-association.ts) */
  words: string[];
  sequences: Array<Int32Array | undefined>;
  index: InvertedIndex;
  facets: FacetTable;
  /** Scratch space: the text matches a query keeps after filtering, and their scores */
  kept: Int32Array;
  keptScores: Float64Array;
  /**
   * Every term the search documents define (their definitions' and their sentences' terms), gathered on the first
   * query after a change: a query naming none of them need not look for definitions among its matches
   */
  definedTerms: ReadonlySet<string> | null;
}

export function createState(analyzer: TextAnalyzer, ranking: RankingOptions): IndexState {
  const boosts = [ranking.headingBoost, ranking.pathBoost, 1, ranking.inheritedHeadingBoost];
  return {
    analyzer,
    ranking,
    boosts,
    stored: new Map(),
    byNumber: [],
    numbers: new Map(),
    passages: new Map(),
    wordIds: new Map(),
    words: [],
    sequences: [],
    index: createInvertedIndex(boosts.length),
    facets: createFacetTable(),
    kept: new Int32Array(1024),
    keptScores: new Float64Array(1024),
    definedTerms: null,
  };
}

/** A text's index terms under the state's analyzer. */
export function termsOf(state: IndexState, text: string): string[] {
  return contentTerms(state.analyzer.analyze(text));
}

/**
 * The indexed fields, in the order of the boosts: own heading, section/chapter path, body,
 * heading taken from above. That last one is context: weighted as an own heading, it ranked
 * every paragraph under it alike, above the paragraphs that hold the query words themselves.
 */
function analyzeDocument(state: IndexState, doc: SearchDocument): { fields: string[][]; words: AnalyzedToken[][] } {
  const headingTokens = state.analyzer.analyze(doc.heading);
  const bodyTokens = state.analyzer.analyze(bodyText(doc));
  const heading = contentTerms(headingTokens);
  return {
    fields: [
      doc.headingInherited ? [] : heading,
      termsOf(state, doc.path.join('\n')),
      contentTerms(bodyTokens),
      doc.headingInherited ? heading : [],
    ],
    // Every word in order, stop words included: what a phrase is looked for in.
    words: [headingTokens, bodyTokens],
  };
}

function wordId(state: IndexState, term: string): number {
  let id = state.wordIds.get(term);
  if (id === undefined) {
    id = state.wordIds.size;
    state.wordIds.set(term, id);
    state.words.push(term);
  }
  return id;
}

export function addSearchDocument(state: IndexState, sd: SearchDocument): void {
  const { fields, words } = analyzeDocument(state, sd);
  const n = state.index.add(fields);
  const sequence = new Int32Array(words.reduce((length, tokens) => length + tokens.length, 0));
  let at = 0;
  for (const tokens of words) for (const token of tokens) sequence[at++] = wordId(state, token.term);
  state.sequences[n] = sequence;
  state.byNumber[n] = sd;
  state.numbers.set(sd.id, n);
  state.definedTerms = null;
  state.facets.set(n, sd);
  for (const passage of sd.passages) state.passages.set(passage.provisionId, { doc: sd, passage });
}

/** Index every stored search document again, in a fresh index (after loading, or when removals left it sparse). */
export function reindex(state: IndexState): void {
  state.index = createInvertedIndex(state.boosts.length);
  state.facets = createFacetTable();
  state.byNumber.length = 0;
  state.sequences.length = 0;
  state.numbers.clear();
  state.passages.clear();
  for (const entry of state.stored.values()) for (const sd of entry.searchDocuments) addSearchDocument(state, sd);
}

/**
 * Postings of taken-out documents stay in the index (skipped, and left out of the statistics)
 * until it is rebuilt: rebuild once they outnumber the live ones by more than a small index's worth.
 */
export function compactIfSparse(state: IndexState): void {
  const dead = state.byNumber.length - state.numbers.size;
  if (dead > state.numbers.size + COMPACTION_SLACK) reindex(state);
}

export function removeDocument(state: IndexState, documentId: string): void {
  const entry = state.stored.get(documentId);
  if (!entry) return;
  for (const sd of entry.searchDocuments) {
    const n = state.numbers.get(sd.id);
    if (n !== undefined) {
      state.index.remove(n, analyzeDocument(state, sd).fields);
      state.byNumber[n] = undefined;
      state.sequences[n] = undefined;
    }
    state.numbers.delete(sd.id);
    for (const passage of sd.passages) state.passages.delete(passage.provisionId);
  }
  state.stored.delete(documentId);
  state.definedTerms = null;
}

/** Every term the live search documents define (IndexState.definedTerms), gathered once after a change. */
export function definedTermsOf(state: IndexState): ReadonlySet<string> {
  if (!state.definedTerms) {
    const terms = new Set<string>();
    for (const sd of state.byNumber) {
      if (!sd) continue;
      if (sd.definition === true) terms.add(sd.heading);
      for (const term of sd.definedTerms ?? []) terms.add(term);
    }
    state.definedTerms = terms;
  }
  return state.definedTerms;
}

/** Whether a text holds the phrase: its words' ids in a row. */
export function holdsPhrase(state: IndexState, docNumber: number, phrase: readonly string[]): boolean {
  const ids = phrase.map((term) => state.wordIds.get(term) ?? -1);
  return !ids.includes(-1) && containsPhrase(state.sequences[docNumber] ?? [], ids);
}

export function locate(state: IndexState, id: string): Located | null {
  const inside = state.passages.get(id);
  if (inside) return inside;
  const n = state.numbers.get(id);
  const doc = n === undefined ? undefined : state.byNumber[n];
  return doc ? { doc, passage: null } : null;
}
