/** Query.search: validates the arguments, asks the search port, maps provision ids to Provisions via the graph loaders. */
import type { DocumentKind, Provision, ProvisionStatus } from '../../model/index.ts';
import {
  SEARCH_LIMITS,
  type FacetCount,
  type SearchFacets,
  type SearchFilter,
  type SearchHit,
  type SearchIndex,
  type SearchLanguage,
} from '../../search/port.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { badInput, checkRange } from '../errors.ts';
import { findDocumentId } from '../references.ts';
import type { DateRange } from '../../graph/port.ts';
import { wholeDays } from './date.ts';

const CURSOR_KIND = 'search';

interface SearchFilterInput {
  document?: string | null;
  kind?: DocumentKind | null;
  chapter?: string | null;
  status?: ProvisionStatus | null;
  lastAmended?: DateRange | null;
}

/** The search port, or an error saying the server runs without one. */
export function searchPort(context: ApiContext): SearchIndex {
  if (!context.search) throw badInput('query', 'this server has no search index');
  return context.search;
}

export function checkQuery(argument: string, text: string): string {
  if (!text.trim()) throw badInput(argument, 'must not be empty');
  if (text.length > SEARCH_LIMITS.maxQueryLength) {
    throw badInput(argument, `must be at most ${SEARCH_LIMITS.maxQueryLength} characters, got ${text.length}`);
  }
  return text;
}

/** The port filter; a document or chapter the graph does not hold is a BAD_USER_INPUT error. */
async function portFilter(input: SearchFilterInput, context: ApiContext): Promise<SearchFilter> {
  const filter: SearchFilter = {};
  if (input.document) {
    const id = await findDocumentId(context, input.document);
    if (!id) throw badInput('filter.document', `no document has the id, number or short name ${input.document}`);
    filter.document = id;
  }
  if (input.chapter) {
    if (!filter.document) {
      throw badInput(
        'filter.chapter',
        "give filter.document with a chapter: chapter numbers repeat across documents (the code's chapter 3, a textbook's topic 3)",
      );
    }
    if (!(await chapterHeadings(context, filter.document)).has(input.chapter)) {
      throw badInput('filter.chapter', `no chapter is numbered ${input.chapter}`);
    }
    filter.chapter = input.chapter;
  }
  if (input.kind) filter.kind = input.kind;
  if (input.status) filter.status = input.status;
  const lastAmended = wholeDays(input.lastAmended);
  if (lastAmended?.from && lastAmended.to && lastAmended.from > lastAmended.to) {
    throw badInput('filter.lastAmended', `from ${lastAmended.from} is after to ${lastAmended.to}`);
  }
  if (lastAmended) filter.lastAmended = lastAmended;
  return filter;
}

/** A document's chapters by number, with their headings; a textbook's topics (Тақырып № N) are its chapters for search, as in search/documents.ts. */
async function chapterHeadings(context: ApiContext, documentId: string): Promise<Map<string, string | null>> {
  const [[chapters = []], [topics = []]] = await Promise.all([
    context.graph.provisionsOfDocuments([documentId], 'chapter'),
    context.graph.provisionsOfDocuments([documentId], 'topic'),
  ]);
  return new Map([...chapters, ...topics].flatMap((c) => (c.num === null ? [] : [[c.num, c.heading] as const])));
}

/**
 * The chapter facet with titles: each chapter's heading when every match lies in one document. (A document facet
 * entry names its document through DocumentFacetCount, read only for the entries a client asks for.)
 */
async function titledFacets(facets: SearchFacets, context: ApiContext) {
  const only = facets.document.length === 1 ? facets.document[0]?.value : undefined;
  const headings = only ? await chapterHeadings(context, only) : new Map<string, string | null>();
  return { ...facets, chapter: facets.chapter.map((f) => ({ ...f, title: headings.get(f.value) ?? null })) };
}

export const resolvers: Resolvers = {
  // GraphQL names the languages in capitals, the port by their ISO 639-1 codes.
  SearchLanguage: { KK: 'kk', RU: 'ru' },
  Query: {
    search: async (
      _: unknown,
      args: { query: string; filter: SearchFilterInput | null; first: number; after: string | null; language: SearchLanguage | null },
      context: ApiContext,
    ) => {
      const query = checkQuery('query', args.query);
      const first = checkRange('first', args.first, SEARCH_LIMITS.maxLimit);
      const offset = args.after ? Number(decodeCursor(CURSOR_KIND, args.after, 'after')) + 1 : 0;
      if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'not a cursor of this list');
      const index = searchPort(context);
      const filter = await portFilter(args.filter ?? {}, context);
      const results = await index.search({ query, filter, offset, limit: first, ...(args.language ? { language: args.language } : {}) });
      const hits = results.hits.map((hit: SearchHit, i) => ({ ...hit, cursor: encodeCursor(CURSOR_KIND, String(offset + i)) }));
      return {
        total: results.total,
        allWordsTotal: results.allWordsTotal,
        language: results.language,
        facets: await titledFacets(results.facets, context),
        references: results.references,
        hits,
        pageInfo: {
          hasNextPage: results.hasMore,
          hasPreviousPage: offset > 0,
          startCursor: hits[0]?.cursor ?? null,
          endCursor: hits.at(-1)?.cursor ?? null,
        },
      };
    },
  },
  SearchResults: {
    references: async ({ references }: { references: string[] }, _: unknown, { loaders }: ApiContext) =>
      (await loaders.provision.loadMany(references)).filter((p): p is Provision => p !== null && !(p instanceof Error)),
    citing: async ({ references }: { references: string[] }, _: unknown, { loaders }: ApiContext) => {
      const lists = await loaders.citationsTo.loadMany(references);
      // Each citation once: a reference and another inside it (never both, in practice) would share their citations.
      const all = lists.flatMap((list) => (list instanceof Error ? [] : list));
      return [...new Map(all.map((c) => [c.id, c])).values()];
    },
  },
  SearchHit: {
    provision: async (hit: SearchHit, _: unknown, { loaders }: ApiContext) => {
      const provision = await loaders.provision.load(hit.provisionId);
      // The index and the graph are written from the same ingest; a miss means they are out of step.
      if (!provision) throw new Error(`search hit ${hit.provisionId} is not in the graph store`);
      return provision;
    },
  },
  SearchFacets: {
    document: (facets: SearchFacets, args: { first?: number | null }) =>
      args.first == null ? facets.document : facets.document.slice(0, checkRange('first', args.first, SEARCH_LIMITS.maxLimit)),
  },
  DocumentFacetCount: {
    document: (facet: FacetCount, _: unknown, { loaders }: ApiContext) => loaders.document.load(facet.value),
    title: async (facet: FacetCount, _: unknown, { loaders }: ApiContext) => (await loaders.document.load(facet.value))?.title ?? null,
  },
};
