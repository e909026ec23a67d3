/** Query.stats. */
import type { ApiContext, Resolvers } from '../context.ts';

export const resolvers: Resolvers = {
  Query: {
    stats: (_: unknown, __: unknown, { graph }: ApiContext) => graph.counts(),
  },
};
