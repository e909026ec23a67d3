/** Query.analyze: the index terms of a text, as the search port understands it. */
import type { ApiContext, Resolvers } from '../context.ts';
import { checkQuery, searchPort } from './search.ts';

export const resolvers: Resolvers = {
  Query: {
    analyze: (_: unknown, { text }: { text: string }, context: ApiContext) => searchPort(context).analyze(checkQuery('text', text)),
  },
};
