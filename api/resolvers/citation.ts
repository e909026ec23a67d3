/** The Citation type. */
import type { Citation } from '../../model/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';

export const resolvers: Resolvers = {
  Citation: {
    source: (c: Citation, _: unknown, { loaders }: ApiContext) => loaders.provision.load(c.sourceId),
    target: (c: Citation, _: unknown, { loaders }: ApiContext) => (c.targetId ? loaders.provision.load(c.targetId) : null),
    targetAct: (c: Citation, _: unknown, { loaders }: ApiContext) => (c.targetActId ? loaders.act.load(c.targetActId) : null),
    span: (c: Citation) => c.source,
  },
};
