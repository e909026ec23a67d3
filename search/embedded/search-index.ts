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
 * The index is one explicit state object per language (state.ts: Kazakh, and the acts' Russian text, each with
 * its own analyzer and statistics) that the module functions of state.ts (indexing) and query.ts (answering) work
 * on; the port object below only routes a query to its language's state, delegates and persists.
 */
import { join } from 'node:path';
import { analyzeWords, type TextAnalyzer } from '../analyzer/index.ts';
import { buildSearchDocuments, type SearchDocument } from '../documents.ts';
import { ANALYZERS, detectLanguage, isSearchLanguage, SEARCH_LANGUAGES } from '../language.ts';
import {
  SearchIndexError,
  type AlignedText,
  type IndexedVersion,
  type SearchIndex,
  type SearchLanguage,
  type SearchResults,
} from '../port.ts';
import { planQuery, type QueryPlan } from '../query-plan.ts';
import { bridgedWords, type BridgedWord } from './bridge.ts';
import { readIndexFile, writeIndexFile, type StoredDocument } from './index-file.ts';
import { searchState } from './query.ts';
import { withoutOtherSenses } from './synonym-senses.ts';
import { createWordAssociations } from './word-association.ts';
import { DEFAULT_RANKING, type RankingOptions } from './ranking.ts';
import { addSearchDocument, compactIfSparse, createState, locate, reindex, removeDocument, termsOf, type IndexState } from './state.ts';

export { DEFAULT_RANKING, type RankingOptions } from './ranking.ts';

const BACKEND = 'embedded';
const FILE = 'search-index.json';
/** Bump when the search document or file shape changes: a file of another version is dropped and rebuilt. */
const FORMAT_VERSION = 8;
/**
 * Text whose analysis fingerprints the analyzer: a file written under other analysis (a changed
 * stemmer, the comparison analyzer) would match other terms, so it is dropped and rebuilt too.
 */
const PROBE =
  'ҚР ӘРПК-нің 15-1-бабы: мемлекеттiк органдардың шешімдеріне, соттың актілеріне және тараптардың құқықтарына шағым, принциптері';
const RUSSIAN_PROBE = 'Статья 15-1. Обжалование решений государственных органов, актов суда и жалобы участников ещё';

export interface EmbeddedSearchOptions {
  /** Where the index file lives; null keeps the index in memory only */
  dataDir?: string | null;
  /** How texts become terms in every language (default: each language's own analyzer, search/language.ts) */
  analyzer?: TextAnalyzer;
  ranking?: Partial<RankingOptions>;
}

export interface EmbeddedSearchIndex extends SearchIndex {
  /** The directory of the index file, or null in memory */
  readonly dataDir: string | null;
}

/** The language whose text a query's hits carry beside their own, and whose text its words are also read through */
const otherOf = (language: SearchLanguage): SearchLanguage => (language === 'kk' ? 'ru' : 'kk');

/** The state a search document goes to: its language's, or Kazakh for a language the search has no analyzer for. */
const languageOf = (doc: SearchDocument): SearchLanguage => (isSearchLanguage(doc.language) ? doc.language : 'kk');

/** The text of a provision in a state's language: the passage of that provision, or the search document's passages. */
function alignedText(state: IndexState, language: SearchLanguage, id: string): AlignedText | null {
  const found = locate(state, id);
  if (!found) return null;
  const text = found.passage ? found.passage.text : found.doc.passages.map((p) => p.text).join('\n');
  return { language, heading: found.doc.heading, text };
}

export async function openEmbeddedSearchIndex(options: EmbeddedSearchOptions = {}): Promise<EmbeddedSearchIndex> {
  const ranking = { ...DEFAULT_RANKING, ...options.ranking };
  const states = Object.fromEntries(
    SEARCH_LANGUAGES.map((language) => [language, createState(options.analyzer ?? ANALYZERS[language], ranking)]),
  ) as Record<SearchLanguage, IndexState>;
  /** Every indexed document with its search documents of every language, as the file holds them */
  const entries = new Map<string, StoredDocument>();
  const dataDir = options.dataDir ?? null;
  const header = {
    version: FORMAT_VERSION,
    analysis: JSON.stringify(
      [states.kk.analyzer.analyze(PROBE), states.ru.analyzer.analyze(RUSSIAN_PROBE)].map((tokens) => tokens.map((t) => t.term)),
    ),
  };
  const path = dataDir ? join(dataDir, FILE) : null;
  /** Translations learned from the aligned texts, forgotten whenever the documents change */
  const associations = createWordAssociations();

  /** Put a document's search documents into each language's state. */
  const place = (entry: StoredDocument, add: boolean): void => {
    associations.clear();
    entries.set(entry.document.id, entry);
    for (const language of SEARCH_LANGUAGES) {
      const searchDocuments = entry.searchDocuments.filter((sd) => languageOf(sd) === language);
      if (searchDocuments.length === 0) continue;
      const state = states[language];
      state.stored.set(entry.document.id, { document: entry.document, searchDocuments });
      if (add) for (const sd of searchDocuments) addSearchDocument(state, sd);
    }
  };
  const remove = (documentId: string): void => {
    associations.clear();
    entries.delete(documentId);
    for (const state of Object.values(states)) removeDocument(state, documentId);
  };
  if (path) {
    for (const entry of await readIndexFile(path, header)) place(entry, false);
    for (const state of Object.values(states)) reindex(state);
  }

  const persist = async (): Promise<void> => {
    if (path) await writeIndexFile(path, header, entries.values());
  };
  /**
   * The query's words read through the other language's text (bridge.ts): none for a quoted phrase, which asks for the
   * words as typed in the language typed, nor when the ranking weighs the reading 0; through their translations
   * (word-association.ts) unless the ranking weighs those 0.
   */
  const readThrough = (language: SearchLanguage, query: string, plan: QueryPlan): BridgedWord[] =>
    plan.phraseRequired || ranking.otherLanguageWeight === 0
      ? []
      : bridgedWords(states[language], states[otherOf(language)], query, plan.terms, ranking.associationWeight === 0 ? null : associations);
  /** How many of a query's terms a language's index holds, to settle a query its letters leave open */
  const vocabulary = (language: SearchLanguage, terms: readonly string[]): number =>
    terms.filter((t) => states[language].index.holds(t)).length;
  /**
   * The language a text is searched in: the one asked for, else the one its letters say, else the one whose texts hold
   * more of its words. One for search, analyze and analyzeWords, so a query is explained as it was searched.
   */
  const queryLanguage = (text: string, forced?: SearchLanguage): SearchLanguage =>
    detectLanguage(text, { forced, available: SEARCH_LANGUAGES.filter((l) => states[l].numbers.size > 0), vocabulary });

  return {
    dataDir,
    async upsertDocuments(documents) {
      for (const item of documents) {
        remove(item.document.id);
        place({ document: item.document, searchDocuments: buildSearchDocuments(item) }, true);
      }
      for (const state of Object.values(states)) compactIfSparse(state);
      await persist();
    },
    async removeDocuments(documentIds) {
      for (const id of documentIds) remove(id);
      for (const state of Object.values(states)) compactIfSparse(state);
      await persist();
    },
    async indexedVersions(): Promise<IndexedVersion[]> {
      return [...entries.values()].map((s) => ({ documentId: s.document.id, sha256: s.document.sha256 }));
    },
    async search(request): Promise<SearchResults> {
      if (!request.query.trim()) throw new SearchIndexError(BACKEND, 'empty query');
      const language = queryLanguage(request.query, request.language);
      const state = states[language];
      const other = otherOf(language);
      const aligned = (id: string): AlignedText | null => alignedText(states[other], other, id);
      const plan = withoutOtherSenses(state.index, planQuery(state.analyzer, request.query));
      return searchState(state, plan, readThrough(language, request.query, plan), request, language, aligned);
    },
    async analyze(text) {
      return termsOf(states[queryLanguage(text)], text);
    },
    async analyzeWords(text) {
      const language = queryLanguage(text);
      const state = states[language];
      const plan = withoutOtherSenses(state.index, planQuery(state.analyzer, text));
      const bridged = readThrough(language, text, plan);
      return analyzeWords(state.analyzer, text).map((w) => {
        // A quoted phrase searches its words as typed (query-plan.ts): nothing beside them. Only the synonyms the index
        // searches (synonym-senses.ts) and some text holds are shown: a wordnet's other senses no text holds (`утроба`,
        // a womb, among those of `животное`, an animal) would only puzzle a reader.
        const expansion = plan.phraseRequired
          ? []
          : w.expansionKind === 'synonym'
            ? w.expansion.filter((term) => plan.synonyms.has(term) && state.index.frequency(term) > 0)
            : w.expansion;
        const shown = expansion.length > 0 ? { ...w, expansion } : { ...w, expansion, expansionKind: null };
        const through = bridged.find((b) => b.word === w.word);
        return through && !shown.expansionKind ? { ...shown, expansion: [through.via], expansionKind: 'otherLanguage' as const } : shown;
      });
    },
    async close() {
      // Every change is already on disk; nothing is held open.
    },
  };
}
