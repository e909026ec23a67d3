/**
 * The search page `/` and its downloads `/search.csv`, `/search.json`. The URL holds the whole
 * search (q, document, kind, chapter, status, lastAmended, after, page), so it can be shared.
 */
import { planQueryIn, withoutSynonyms, type QueryPlan } from '../../search/query-plan.ts';
import { WebError } from '../client.ts';
import type { PageContext } from '../context.ts';
import type { Page } from '../page.ts';
import { renderSearch } from '../views/search.ts';

export const PAGE_SIZE = 10;
/** Rows of a download: ten pages of the API's largest page */
export const MAX_DOWNLOAD = 1000;
const API_MAX_FIRST = 100;

export const FILTERS = ['document', 'kind', 'chapter', 'status', 'lastAmended'] as const;
/** Facet values a page lists at most: a corpus of hundreds of documents lists its most frequent */
export const FACET_VALUES_MAX = 50;
export type FilterName = (typeof FILTERS)[number];

export interface SearchParams {
  q: string;
  filter: Partial<Record<FilterName, string>>;
  after: string | null;
  page: number;
}

const HIT_FIELDS = `
  cursor score snippet highlights
  provision {
    id type number heading status
    ancestors { id type number heading amendments { effectiveFrom act { date } } }
    document { id title shortNames kind }
    amendments { effectiveFrom act { date } }
  }`;

const SEARCH = `
query WebSearch($query: String!, $filter: SearchFilter, $first: Int!, $after: String, $document: ID!, $withChapters: Boolean!) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    total
    language
    facets {
      document(first: ${FACET_VALUES_MAX}) { value count document { title shortNames } }
      kind { value count } chapter { value count } status { value count } lastAmended { value count }
    }
    hits { ${HIT_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
  analyzeWords(text: $query) { word expansion expansionKind }
  chapterList: document(id: $document) @include(if: $withChapters) {
    chapters: provisions(type: CHAPTER) { number heading }
    topics: provisions(type: TOPIC) { number heading }
  }
}`;

const LANDING = `
query WebLanding {
  documents { id kind title titleEn shortNames date }
  stats { documents provisions amendments citations }
}`;

const DOWNLOAD = `
query WebSearchDownload($query: String!, $filter: SearchFilter, $first: Int!, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    total
    hits { ${HIT_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface Hit {
  cursor: string;
  score: number;
  snippet: string;
  highlights: string[];
  provision: {
    id: string;
    type: string;
    number: string | null;
    heading: string | null;
    status: string;
    ancestors: { id: string; type: string; number: string | null; heading: string | null; amendments: DatedAmendment[] }[];
    document: { id: string; title: string; shortNames: string[]; kind: string };
    amendments: DatedAmendment[];
  };
}

/** What a hit shows of an amendment: its date, or its act's when it states none. */
interface DatedAmendment {
  effectiveFrom: string | null;
  act: { date: string | null };
}

export interface FacetValue {
  value: string;
  count: number;
  /** The document a value of the document facet names */
  document?: { title: string; shortNames: string[] };
}

export interface SearchData {
  search: {
    total: number;
    /** The language the query was searched in: its words are read by that language's analyzer */
    language: 'KK' | 'RU';
    facets: Record<FilterName, FacetValue[]>;
    hits: Hit[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  /** The query's words as the index reads them: the explanation names those read through the other language */
  analyzeWords: { word: string; expansion: string[]; expansionKind: string | null }[];
  chapterList?: {
    chapters: { number: string | null; heading: string | null }[];
    topics: { number: string | null; heading: string | null }[];
  } | null;
}

export interface LandingData {
  documents: { id: string; kind: string; title: string; titleEn: string | null; shortNames: string[]; date: string | null }[];
  stats: { documents: number; provisions: number; amendments: number; citations: number };
}

export function searchParams(url: URL): SearchParams {
  const filter: SearchParams['filter'] = {};
  for (const name of FILTERS) {
    const value = url.searchParams.get(name)?.trim();
    if (value) filter[name] = value;
  }
  const page = Number(url.searchParams.get('page') ?? 1);
  return {
    q: url.searchParams.get('q')?.trim() ?? '',
    filter,
    after: url.searchParams.get('after') || null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * The API's filter from the URL's: `lastAmended` holds a date as partial as wanted (a facet link holds
 * a year), which stands for the range from its first day to its last.
 */
function apiFilter(filter: SearchParams['filter']): Record<string, unknown> {
  const { lastAmended, ...rest } = filter;
  return lastAmended ? { ...rest, lastAmended: { from: lastAmended, to: lastAmended } } : rest;
}

export async function searchPage(ctx: PageContext): Promise<Page> {
  const params = searchParams(ctx.url);
  if (!params.q) {
    const data = await ctx.client.query<LandingData>(LANDING);
    return { title: ctx.t.nav.search, data, body: renderSearch(ctx, params, { landing: data }) };
  }
  const document = params.filter.document ?? '';
  const data = await ctx.client.query<SearchData>(SEARCH, {
    query: params.q,
    filter: apiFilter(params.filter),
    first: PAGE_SIZE,
    after: params.after,
    document,
    withChapters: document !== '',
  });
  return {
    title: `${params.q} · ${ctx.t.nav.search}`,
    query: params.q,
    data,
    body: renderSearch(ctx, params, { results: data, plan: searchedPlan(params.q, data) }),
  };
}

/**
 * How the engine read the query, for the explanation: the same planning code the index runs, with the analyzer of the
 * language the search detected (a Russian query is stemmed as Russian), and of the words' general-language synonyms
 * only those `analyzeWords` says the index searched (it leaves out a synonym that is another sense of the word in
 * these texts: `решение`, decision, for `ответ`, answer).
 */
function searchedPlan(query: string, data: SearchData): QueryPlan {
  const plan = planQueryIn(data.search.language === 'RU' ? 'ru' : 'kk', query);
  const searched = new Set(data.analyzeWords.flatMap((w) => (w.expansionKind === 'SYNONYM' ? w.expansion : [])));
  return withoutSynonyms(plan, new Set([...plan.synonyms.keys()].filter((term) => !searched.has(term))));
}

/** Every hit of a search, up to MAX_DOWNLOAD, page by page through the API. */
export async function searchHits(ctx: PageContext): Promise<{ params: SearchParams; total: number; hits: Hit[] }> {
  const params = searchParams(ctx.url);
  if (!params.q) throw new WebError(400, 'q: a search query is required');
  const hits: Hit[] = [];
  let after: string | null = null;
  let total = 0;
  while (hits.length < MAX_DOWNLOAD) {
    const data: { search: SearchData['search'] } = await ctx.client.query(DOWNLOAD, {
      query: params.q,
      filter: apiFilter(params.filter),
      first: Math.min(API_MAX_FIRST, MAX_DOWNLOAD - hits.length),
      after,
    });
    total = data.search.total;
    hits.push(...data.search.hits);
    if (!data.search.pageInfo.hasNextPage) break;
    after = data.search.pageInfo.endCursor;
  }
  return { params, total, hits };
}
