/**
 * The Meilisearch search index: the SearchIndex port over the `meilisearch` client.
 *
 * Two indexes: `<prefix>-provisions` holds the search documents of search/documents.ts (one per
 * article of a code, one per text provision elsewhere) with the analyzer's stems beside the
 * text; `<prefix>-versions` holds one record per corpus document (its sha256), for
 * `indexedVersions`. Settings are applied and waited for before any document is added; every
 * task is waited for and must have `succeeded` (a resolved wait is not a success).
 *
 * Replacing a document never leaves a gap: the new search documents are added under a fresh
 * `generation`, then the document's older generations are deleted by filter. Query planning,
 * reference queries and snippets are the engine-neutral ones the embedded index uses.
 */
import { randomUUID } from 'node:crypto';
import { Meilisearch, type EnqueuedTaskPromise, type Index, type MultiSearchQuery, type Settings } from 'meilisearch';
import { analyzeWords, contentTerms, type TextAnalyzer } from '../analyzer/index.ts';
import {
  bodyText,
  buildSearchDocuments,
  definedTermMatcher,
  termsDefinedBy,
  type DefinedTermMatcher,
  searchDocumentKey,
} from '../documents.ts';
import { amendedYear } from '../facets.ts';
import { ANALYZERS, detectLanguage, isSearchLanguage, SEARCH_LANGUAGES } from '../language.ts';
import { buildSearchFilter, dayNumber, documentIdsFilter, languageFilter, quoteFilterValue } from './filter.ts';
import { meiliDocumentId } from './ids.ts';
import {
  addToFacets,
  buildMeiliQuery,
  documentNames,
  locateReference,
  referenceFilter,
  referenceRows,
  toFacets,
  wordsAsSearched,
} from './query.ts';
import {
  FACET_ATTRIBUTES,
  meilisearchSettings,
  versionIndexSettings,
  type MeiliSearchDocument,
  type MeiliVersionRecord,
} from './settings.ts';
import {
  SearchIndexError,
  type AlignedText,
  type IndexableDocument,
  type IndexedVersion,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchLanguage,
  type SearchResults,
} from '../port.ts';
import { planQuery, termReadings, type QueryPlan } from '../query-plan.ts';
import { bestParts } from '../best-part.ts';
import { buildSnippet } from '../snippet.ts';

const BACKEND = 'meilisearch';
const PRIMARY_KEY = 'id';
/** Reference hits rank above every text hit: Meilisearch ranking scores lie in [0, 1]. */
const REFERENCE_SCORE = 2;
const PAGE = 1000;

export interface MeilisearchIndexOptions {
  /** `http://localhost:7700` */
  host: string;
  apiKey: string | null;
  /** Prefix of the two index uids (default `zangraph`) */
  indexPrefix?: string;
  /** Documents per addDocuments task (default 1000) */
  batchSize?: number;
  /** How long to wait for one task, in ms (default 10 minutes: a whole code indexes in one task) */
  taskTimeoutMs?: number;
}

/** A Meilisearch failure: `[search:meilisearch] …` with the host, and Meilisearch's error code when it gave one. */
export class MeilisearchIndexError extends SearchIndexError {
  constructor(
    message: string,
    readonly code: string | null,
    options?: { cause?: unknown },
  ) {
    super(BACKEND, message, options);
    this.name = 'MeilisearchIndexError';
  }
}

type Row = MeiliSearchDocument & { _rankingScore?: number };

/**
 * The first page with the definition of the term the query names moved to the front, as the
 * embedded index ranks it (search/documents.ts DefinedTermMatcher). Meilisearch cannot rank on it, so
 * only a definition its own ranking put on the first page is moved; later pages are left as they are.
 */
function firstDefinitions(defined: DefinedTermMatcher, rows: Row[], offset: number): Row[] {
  if (offset > 0) return rows;
  const named = rows.filter((row) => termsDefinedBy(row).some(defined.names));
  return [...named, ...rows.filter((row) => !named.includes(row))];
}

export async function openMeilisearchIndex(options: MeilisearchIndexOptions): Promise<SearchIndex> {
  const { host } = options;
  const prefix = options.indexPrefix ?? 'zangraph';
  const batchSize = options.batchSize ?? 1000;
  const waitOptions = { timeout: options.taskTimeoutMs ?? 600_000, interval: 100 };
  const client = new Meilisearch({ host, ...(options.apiKey ? { apiKey: options.apiKey } : {}) });

  async function call<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw asIndexError(operation, error, host);
    }
  }

  /** Wait for a task and insist it succeeded; a failed or canceled task carries Meilisearch's error code. */
  async function settle(operation: string, enqueued: EnqueuedTaskPromise): Promise<void> {
    const task = await call(operation, () => enqueued.waitTask(waitOptions));
    if (task.status === 'succeeded') return;
    const code = task.error?.code ?? null;
    const reason = task.error ? `: ${task.error.message}` : '';
    throw new MeilisearchIndexError(`${operation} at ${host}: task ${task.uid} ${task.status}${reason}${code ? ` [${code}]` : ''}`, code);
  }

  /** Create the index with its primary key if it is missing, then apply settings and wait. */
  async function prepare(uid: string, settings: Settings): Promise<Index> {
    const { results } = await call(`list indexes`, () => client.getRawIndexes({ limit: PAGE }));
    if (!results.some((r) => r.uid === uid)) {
      await settle(`create index ${uid}`, client.createIndex(uid, { primaryKey: PRIMARY_KEY }));
    }
    const index = client.index(uid);
    await settle(`update settings of ${uid}`, index.updateSettings(settings));
    return index;
  }

  await call('connect', () => client.health());
  const provisions = await prepare(`${prefix}-provisions`, meilisearchSettings());
  const versions = await prepare(`${prefix}-versions`, versionIndexSettings());

  function rowsOf(doc: IndexableDocument, generation: string): MeiliSearchDocument[] {
    const names = documentNames(doc.document.shortNames);
    return buildSearchDocuments(doc).map((sd, position) => {
      const text = bodyText(sd);
      const analyzer = ANALYZERS[isSearchLanguage(sd.language) ? sd.language : 'kk'];
      return {
        id: meiliDocumentId(searchDocumentKey(sd)),
        provisionId: sd.id,
        documentId: sd.documentId,
        documentNames: names,
        kind: sd.kind,
        eId: sd.eId,
        language: sd.language,
        chapter: sd.chapter,
        status: sd.status,
        lastAmendedYear: amendedYear(sd),
        lastAmendedDay: sd.lastAmended ? dayNumber(sd.lastAmended) : null,
        heading: sd.heading,
        definition: sd.definition ?? false,
        definedTerms: sd.definedTerms ?? [],
        path: sd.path,
        text,
        passages: sd.passages,
        stems: contentTerms(analyzer.analyze([...sd.path, sd.heading, text].join('\n'))).join(' '),
        position,
        generation,
      };
    });
  }

  /** The languages with rows, asked once after each change (a query is never sent to a language with nothing to find). */
  let available: SearchLanguage[] | null = null;
  async function availableLanguages(): Promise<SearchLanguage[]> {
    available ??= (
      await Promise.all(
        SEARCH_LANGUAGES.map(async (language) => {
          const found = await call('count languages', () => provisions.search('', { filter: languageFilter(language), limit: 0 }));
          return found.estimatedTotalHits > 0 ? [language] : [];
        }),
      )
    ).flat();
    return available;
  }

  /** The provisions' texts in a language, by provision id: one request for a page of hits. */
  async function alignedTexts(language: SearchLanguage, ids: readonly string[]): Promise<Map<string, AlignedText>> {
    const texts = new Map<string, AlignedText>();
    if (ids.length === 0) return texts;
    // A part's text lies in its article's row: ask for the rows of the hits' articles too.
    const rowIds = [...new Set(ids.flatMap((id) => [id, ...articleIdOf(id)]))];
    const filter = `provisionId IN [${rowIds.map(quoteFilterValue).join(', ')}] AND ${languageFilter(language)}`;
    const found = await call('read aligned texts', () => provisions.search<Row>('', { filter, limit: rowIds.length }));
    for (const id of ids) {
      const row = found.hits.find((r) => r.provisionId === id) ?? found.hits.find((r) => r.passages.some((p) => p.provisionId === id));
      if (!row) continue;
      const passage = row.provisionId === id ? null : row.passages.find((p) => p.provisionId === id);
      texts.set(id, { language, heading: row.heading, text: passage ? passage.text : row.passages.map((p) => p.text).join('\n') });
    }
    return texts;
  }

  /**
   * The provisions a reference query names, one per act, in the acts it names or else in every code and law, within
   * the request's filter; when it names several, the acts the rest of the query matches best first.
   */
  async function referenceHits(plan: QueryPlan, q: string, userFilter: string | null): Promise<Row[]> {
    const find = async (byName: boolean): Promise<Row[]> => {
      const filter = and(userFilter, referenceFilter(plan, byName));
      if (filter === null || !plan.reference) return [];
      const found = await call('search reference', () => provisions.search<Row>('', { filter, limit: 100 }));
      return found.hits;
    };
    const named = await find(true);
    const rows = named.length > 0 || !plan.reference?.documentNames.length ? named : await find(false);
    let actOrder: string[] = [];
    if (new Set(rows.map((r) => r.documentId)).size > 1 && q) {
      const best = await call('rank referenced acts', () =>
        provisions.search<Row>(q, { filter: userFilter ?? undefined, limit: 20, attributesToRetrieve: ['documentId'] }),
      );
      actOrder = [...new Set(best.hits.map((h) => h.documentId))];
    }
    return referenceRows(rows, actOrder);
  }

  return {
    async upsertDocuments(documents: readonly IndexableDocument[]): Promise<void> {
      for (const doc of documents) {
        const documentId = doc.document.id;
        const generation = randomUUID();
        const rows = rowsOf(doc, generation);
        for (let i = 0; i < rows.length; i += batchSize) {
          await settle(`add search documents of ${documentId}`, provisions.addDocuments(rows.slice(i, i + batchSize)));
        }
        const stale = `documentId = ${quoteFilterValue(documentId)} AND generation != ${quoteFilterValue(generation)}`;
        await settle(`delete stale search documents of ${documentId}`, provisions.deleteDocuments({ filter: stale }));
        const version: MeiliVersionRecord = { id: meiliDocumentId(documentId), documentId, sha256: doc.document.sha256 };
        await settle(`record the version of ${documentId}`, versions.addDocuments([version]));
      }
      available = null;
    },

    async removeDocuments(documentIds: readonly string[]): Promise<void> {
      if (documentIds.length === 0) return;
      await settle('remove search documents', provisions.deleteDocuments({ filter: documentIdsFilter(documentIds) }));
      await settle('remove versions', versions.deleteDocuments(documentIds.map(meiliDocumentId)));
      available = null;
    },

    async indexedVersions(): Promise<IndexedVersion[]> {
      const out: IndexedVersion[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await call('read versions', () =>
          versions.getDocuments<MeiliVersionRecord>({ limit: PAGE, offset, fields: ['documentId', 'sha256'] }),
        );
        out.push(...page.results.map((r) => ({ documentId: r.documentId, sha256: r.sha256 })));
        if (page.results.length < PAGE) return out;
      }
    },

    async search(request: SearchRequest): Promise<SearchResults> {
      if (!request.query.trim()) throw new SearchIndexError(BACKEND, 'empty query');
      const language = detectLanguage(request.query, { forced: request.language, available: await availableLanguages() });
      const analyzer = ANALYZERS[language];
      const plan = planQuery(analyzer, request.query);
      const defined = definedTermMatcher(analyzer, termReadings(plan), plan.askedAbout);
      const query = buildMeiliQuery(plan);
      const userFilter = and(buildSearchFilter(request.filter), languageFilter(language));
      const offset = request.offset ?? 0;
      const limit = request.limit ?? 10;

      const referenced = await referenceHits(plan, query.q, userFilter);
      const exclude =
        referenced.length > 0 ? `provisionId NOT IN [${referenced.map((r) => quoteFilterValue(r.provisionId)).join(', ')}]` : null;
      const filter = and(userFilter, exclude) ?? undefined;

      // The reference hits take the first places; the text hits fill the rest of the page.
      const textOffset = Math.max(0, offset - referenced.length);
      const textLimit = limit - Math.max(0, Math.min(limit, referenced.length - offset));
      let textHits: Row[] = [];
      let textTotal = 0;
      let allWordsTotal = 0;
      let facets = toFacets(undefined);
      if (plan.terms.length > 0) {
        const common: MultiSearchQuery = { indexUid: provisions.uid, q: query.q, filter, matchingStrategy: 'last' };
        // One request, three queries: the page of hits, the exact total with facets over every match, and how many hold every word.
        const { results } = await call('search', () =>
          client.multiSearch({
            queries: [
              { ...common, offset: textOffset, limit: Math.max(textLimit, 0), showRankingScore: true },
              { ...common, page: 1, hitsPerPage: 0, facets: [...FACET_ATTRIBUTES] },
              { ...common, matchingStrategy: 'all', page: 1, hitsPerPage: 0 },
            ],
          }),
        );
        textHits = firstDefinitions(defined, (results[0]?.hits ?? []) as Row[], textOffset);
        textTotal = results[1]?.totalHits ?? 0;
        allWordsTotal = results[2]?.totalHits ?? 0;
        facets = toFacets(results[1]?.facetDistribution);
      }

      const hits: SearchHit[] = [
        ...referenced.slice(offset, offset + limit).map((row) => {
          const { provisionId, passage } = locateReference(plan, row);
          return toHit(analyzer, language, row, provisionId, REFERENCE_SCORE, passage ? [passage] : row.passages, query.matchedTerms);
        }),
        ...textHits.map((row) => {
          // A hit on a code article is the part its match lies in, or the passage defining the term the query names,
          // as on the embedded index. One part per row: Meilisearch pages by row, so a row cannot become two hits.
          const defining = termsDefinedBy(row).some(defined.names) ? defined.definingPassage(row) : null;
          const [part] = defining
            ? [{ provisionId: defining.provisionId, passages: [defining] }]
            : bestParts(analyzer, row, row.provisionId, query.matchedTerms);
          const provisionId = part?.provisionId ?? row.provisionId;
          return toHit(analyzer, language, row, provisionId, row._rankingScore ?? 0, part?.passages ?? row.passages, query.matchedTerms);
        }),
      ];
      const other: SearchLanguage = language === 'kk' ? 'ru' : 'kk';
      const aligned = await alignedTexts(
        other,
        hits.map((h) => h.provisionId),
      );
      for (const hit of hits) hit.aligned = aligned.get(hit.provisionId) ?? null;
      return {
        total: referenced.length + textTotal,
        allWordsTotal: referenced.length + allWordsTotal,
        references: referenced.map((row) => locateReference(plan, row).provisionId),
        language,
        hits,
        // One hit per row here (see above), so the total counts the hits.
        hasMore: offset + hits.length < referenced.length + textTotal,
        facets: addToFacets(facets, referenced),
      };
    },

    // In the language search would read the text in (the languages the index holds), so a query is explained as searched.
    async analyze(text: string): Promise<string[]> {
      return contentTerms(ANALYZERS[detectLanguage(text, { available: await availableLanguages() })].analyze(text));
    },

    async analyzeWords(text: string) {
      const analyzer = ANALYZERS[detectLanguage(text, { available: await availableLanguages() })];
      return wordsAsSearched(analyzeWords(analyzer, text), planQuery(analyzer, text));
    },

    async close(): Promise<void> {
      // The client keeps no connection open between requests: nothing to release.
    },
  };
}

/** Filters joined with AND; null when none is given. */
function and(...filters: (string | null)[]): string | null {
  return filters.filter((f): f is string => f !== null).join(' AND ') || null;
}

/** The id of the article a provision id lies in (`…/~art_4__para_1` → `…/~art_4`), when it lies in one. */
function articleIdOf(id: string): string[] {
  const article = /^(.*\/~art_[^_]+)__/.exec(id)?.[1];
  return article ? [article] : [];
}

/** A port hit with the engine-neutral snippet, cut from the best of the given passages; its aligned text is added after. */
function toHit(
  analyzer: TextAnalyzer,
  language: SearchLanguage,
  row: MeiliSearchDocument,
  provisionId: string,
  score: number,
  passages: MeiliSearchDocument['passages'],
  matchedTerms: ReadonlySet<string>,
): SearchHit {
  const { snippet, highlights } = buildSnippet(analyzer, row.heading, passages, matchedTerms);
  return { provisionId, score, snippet, highlights, language, aligned: null };
}

/** What to check, by Meilisearch error code or by the failure to reach the host. */
const HINTS: [RegExp, string][] = [
  [/^(missing_authorization_header|invalid_api_key)$/, 'check MEILI_API_KEY (the master key, or a key allowed these actions)'],
  [/^MeilisearchRequestError$/, 'is the Meilisearch server running and reachable, and is MEILI_HOST right?'],
];

export function asIndexError(operation: string, error: unknown, host: string): MeilisearchIndexError {
  if (error instanceof MeilisearchIndexError) return error;
  const code = apiErrorCode(error);
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const hint = HINTS.find(([pattern]) => pattern.test(code ?? name))?.[1];
  return new MeilisearchIndexError(
    `${operation} failed at ${host}: ${message}${code ? ` [${code}]` : ''}${hint ? `; ${hint}` : ''}`,
    code,
    { cause: error },
  );
}

/** The `code` of Meilisearch's error body, which MeilisearchApiError keeps as its cause. */
function apiErrorCode(error: unknown): string | null {
  if (!(error instanceof Error) || typeof error.cause !== 'object' || error.cause === null) return null;
  const code = (error.cause as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}
