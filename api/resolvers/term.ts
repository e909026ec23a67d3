/** Query.terms, Provision.definedTerms and the Term type: defined terms from the graph port, their use from the search port. */
import { type Provision, type Term, type TermKind, translationsOf } from '../../model/index.ts';
import { SEARCH_LIMITS } from '../../search/port.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { enumResolver } from '../enums.ts';
import { badInput, checkRange } from '../errors.ts';
import { checkQuery, searchPort } from './search.ts';

const CURSOR_KIND = 'usedIn';

const TERM_KINDS: Record<TermKind, true> = { definitionsArticle: true, sentence: true, shortForm: true };

/** Every stored term, in document order. */
async function allTerms(context: ApiContext): Promise<Term[]> {
  const ids = (await context.graph.listDocuments()).map((d) => d.id);
  return (await Promise.all(ids.map((id) => context.loaders.termsOfDocument.load(id)))).flat();
}

export const resolvers: Resolvers = {
  TermKind: enumResolver(TERM_KINDS),
  Query: {
    terms: async (_: unknown, args: { query: string; first: number }, context: ApiContext) => {
      const first = checkRange('first', args.first, SEARCH_LIMITS.maxLimit);
      const search = searchPort(context);
      const wanted = new Set(await search.analyze(checkQuery('query', args.query)));
      const matches: Array<{ term: Term; exact: boolean; size: number }> = [];
      for (const term of await allTerms(context)) {
        const words = new Set(await search.analyze(term.term));
        if ([...wanted].every((w) => words.has(w))) matches.push({ term, exact: words.size === wanted.size, size: words.size });
      }
      // A stable sort keeps document order among equals.
      matches.sort((a, b) => Number(b.exact) - Number(a.exact) || a.size - b.size);
      return matches.slice(0, first).map((m) => m.term);
    },
  },
  Provision: {
    definedTerms: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.termsDefinedBy.load(p.id),
  },
  Term: {
    document: (t: Term, _: unknown, { loaders }: ApiContext) => loaders.document.load(t.documentId),
    definition: async (t: Term, _: unknown, { loaders }: ApiContext) => {
      const provision = await loaders.provision.load(t.definitionId);
      // A store refuses a term whose provision the document lacks (graph/port.ts documentProblems).
      if (!provision) throw new Error(`term ${t.id} is defined by ${t.definitionId}, which the graph store lacks`);
      return provision;
    },
    translations: async (t: Term, _: unknown, { loaders }: ApiContext) =>
      translationsOf(t, await loaders.termsDefinedBy.load(t.definitionId)),
    usedIn: async (t: Term, args: { first: number; after: string | null }, context: ApiContext) => {
      const first = checkRange('first', args.first, SEARCH_LIMITS.maxLimit);
      const offset = args.after ? Number(decodeCursor(CURSOR_KIND, args.after, 'after')) + 1 : 0;
      if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'not a cursor of this list');
      // The term's words in order (a quoted query is a phrase). The definition holds them too and ranks first (a query
      // naming a defined term finds its definition first): it is left out, and every page cut from the list without it.
      const results = await searchPort(context).search({ query: `"${t.term}"`, offset: 0, limit: offset + first + 1 });
      const ids = results.hits.map((h) => h.provisionId).filter((id) => id !== t.definitionId);
      const totalCount = results.total - (results.hits.length - ids.length);
      const page = ids.slice(offset, offset + first);
      const nodes = (await context.loaders.provision.loadMany(page)).filter((p): p is Provision => p !== null && !(p instanceof Error));
      const cursor = (i: number) => encodeCursor(CURSOR_KIND, String(offset + i));
      return {
        nodes,
        totalCount,
        pageInfo: {
          hasNextPage: offset + page.length < totalCount,
          hasPreviousPage: offset > 0,
          startCursor: page.length > 0 ? cursor(0) : null,
          endCursor: page.length > 0 ? cursor(page.length - 1) : null,
        },
      };
    },
  },
};
