/** Query.search: validates the arguments, asks the search port, maps provision ids to Provisions via the graph loaders. */
import type { DocumentKind, ProvisionStatus } from '../../model/index.ts';
import { SEARCH_LIMITS, type SearchFilter, type SearchHit, type SearchIndex, type SearchLanguage } from '../../search/port.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { badInput, checkRange } from '../errors.ts';
import { findDocumentId } from '../references.ts';

const CURSOR_KIND = 'search';

interface SearchFilterInput {
  document?: string | null;
  kind?: DocumentKind | null;
  chapter?: string | null;
  status?: ProvisionStatus | null;
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
    const scope = filter.document ? [filter.document] : (await context.graph.listDocuments()).map((d) => d.id);
    // A textbook's topics (Тақырып № N) are its chapters for search, as in search/documents.ts.
    const [chapters, topics] = await Promise.all([
      context.graph.provisionsOfDocuments(scope, 'chapter'),
      context.graph.provisionsOfDocuments(scope, 'topic'),
    ]);
    if (![...chapters.flat(), ...topics.flat()].some((c) => c.num === input.chapter)) {
      throw badInput('filter.chapter', `no chapter is numbered ${input.chapter}`);
    }
    filter.chapter = input.chapter;
  }
  if (input.kind) filter.kind = input.kind;
  if (input.status) filter.status = input.status;
  return filter;
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
        language: results.language,
        facets: results.facets,
        hits,
        pageInfo: {
          hasNextPage: offset + hits.length < results.total,
          hasPreviousPage: offset > 0,
          startCursor: hits[0]?.cursor ?? null,
          endCursor: hits.at(-1)?.cursor ?? null,
        },
      };
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
};
