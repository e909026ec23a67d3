/**
 * The search port: what the API and the scripts ask of a full-text index, whatever engine
 * answers (an inverted index in process, Meilisearch over HTTP).
 *
 * The index takes the domain model as it is (model/types.ts Document and Provision) and
 * answers with provision ids, scores, snippets and highlights; the API turns ids into
 * Provisions through the graph port. Every call is async and takes batches, so a remote
 * engine maps each call onto one request or one task.
 *
 * How texts become search documents (one per article with its parts as passages, one per
 * paragraph of the other kinds) is engine-neutral: see search/documents.ts; a hit on an article is
 * the part its match lies in (search/best-part.ts). How words become
 * index terms (Kazakh normalization, stemming, stop words, synonyms) is engine-neutral too:
 * see search/analyzer/. Direct reference queries (`15-1-бап`, `ӘРПК 22-бап 2-бөлік`) are
 * parsed by search/reference-query.ts; an adapter answers them with that provision first.
 */
import type { DocumentKind, IngestedDocument, ProvisionStatus } from '../model/index.ts';
import type { AnalyzedWord } from './analyzer/index.ts';

/** The languages a query can be searched in (ISO 639-1, as Document.language): Kazakh, and the acts' Russian text. */
export type SearchLanguage = 'kk' | 'ru';

/**
 * What the index needs of an ingested document: the document and its provisions in document order; its wordings in
 * the other language (the Russian text of an act, aligned provision by provision), when it has them; its amendments
 * with the acts that made them, for each search document's date of last amendment and the note by which a repealed
 * unit (its text gone, алып тасталды: repealed) is searched; and the terms it defines (a query naming one finds its
 * definition first; absent, only a code's definitions article counts).
 */
export type IndexableDocument = Pick<IngestedDocument, 'document' | 'provisions'> &
  Partial<Pick<IngestedDocument, 'wordings' | 'amendments' | 'acts' | 'terms'>>;

/** Restrictions on a search; every field given must hold (AND). */
export interface SearchFilter {
  /** Document id (FRBR work URI) */
  document?: string;
  kind?: DocumentKind;
  /** Chapter number as printed and cleaned (`1`, `12-1`), matched against the hit's enclosing chapter */
  chapter?: string;
  status?: ProvisionStatus;
  /** Date of the last amendment within this inclusive range of full ISO dates (never amended never matches) */
  lastAmended?: { from?: string | null; to?: string | null };
}

export interface SearchRequest {
  /** The user's query as typed; the adapter analyzes it */
  query: string;
  filter?: SearchFilter;
  /** Hits to skip (pagination), default 0 */
  offset?: number;
  /** Hits to return, default 10 */
  limit?: number;
  /** Search the text in this language only; absent: the language the query is written in (search/language.ts) */
  language?: SearchLanguage;
}

/** One bucket of a facet: a value and how many matching search documents carry it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** Facet counts over every match of the query and filter (not only the returned page), most frequent first. */
export interface SearchFacets {
  document: FacetCount[];
  kind: FacetCount[];
  /** By chapter number; search documents outside any chapter are not counted */
  chapter: FacetCount[];
  status: FacetCount[];
  /** By year of the last amendment (`2025`); search documents never amended are not counted */
  lastAmended: FacetCount[];
}

export interface SearchHit {
  /** Global provision id (`${documentId}/~${eId}`) of the search document that matched, or of its part the match lies in */
  provisionId: string;
  /** Engine score, higher is better; comparable only within one response */
  score: number;
  /** A short excerpt of the best matching passage, matched words wrapped in `<mark>…</mark>` */
  snippet: string;
  /** The words of the text that matched, as printed (for client-side highlighting) */
  highlights: string[];
  /** Language of the text that matched (`kk`, `ru`) */
  language: string;
  /** The same provision in the other language (its Kazakh text for a Russian hit, and back), when the index holds it */
  aligned: AlignedText | null;
}

/** A provision's text in another language than the hit's: what the hit's provision says there. */
export interface AlignedText {
  language: string;
  heading: string;
  /** The provision's text in that language (an article's parts joined, one per line) */
  text: string;
}

export interface SearchResults {
  /**
   * Number of search documents matching the query and filter: those holding any content word of the
   * query (ranked by how many they hold), and the provisions a reference in the query names. A code article
   * whose match lies equally in several of its parts is listed as each of them, so the hits of all pages may
   * outnumber it: page by `hasMore`, not by the total.
   */
  total: number;
  /** Of `total`, those holding every content word of the query (and the provisions a reference names) */
  allWordsTotal: number;
  /** Provision ids a reference in the query (`22-бап`) names: the first hits of the first page, in their order */
  references: string[];
  /** The language searched: the request's, or the one detected from the query */
  language: SearchLanguage;
  /** Hits `offset … offset + limit - 1` in rank order */
  hits: SearchHit[];
  /** Whether a hit follows this page's */
  hasMore: boolean;
  facets: SearchFacets;
}

/** The version of a document the index holds: its id and the sha256 of the text it was built from. */
export interface IndexedVersion {
  documentId: string;
  sha256: string;
}

export interface SearchIndex {
  /**
   * Index these documents, replacing whatever the index held for each of them (so a changed
   * document never leaves stale passages behind). Resolves once the change is searchable.
   */
  upsertDocuments(documents: readonly IndexableDocument[]): Promise<void>;
  /** Drop these documents from the index; unknown ids are ignored. */
  removeDocuments(documentIds: readonly string[]): Promise<void>;
  /** Which document versions the index holds, so a caller re-indexes only documents whose sha256 changed. */
  indexedVersions(): Promise<IndexedVersion[]>;
  search(request: SearchRequest): Promise<SearchResults>;
  /** The index terms a text yields (what the index matches on), in order, for users to see how a query is understood. */
  analyze(text: string): Promise<string[]>;
  /** Each word of a text with its term and what is searched beside it (abbreviation, thesaurus), in order. */
  analyzeWords(text: string): Promise<AnalyzedWord[]>;
  /** Release resources (files, connections). */
  close(): Promise<void>;
}

/** Limits the API enforces before calling the port, shared so adapters and tests agree. */
export const SEARCH_LIMITS = {
  /** Longest query accepted, in characters */
  maxQueryLength: 500,
  /** Largest page */
  maxLimit: 100,
} as const;

/** A failure of a search backend, naming it (`[search:meilisearch] …`), with the cause kept. */
export class SearchIndexError extends Error {
  constructor(
    readonly backend: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[search:${backend}] ${message}`, options);
    this.name = 'SearchIndexError';
  }
}
