/** The Amendment type and its enums. */
import type { Amendment, AmendmentAction, AmendmentScope } from '../../model/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';

export const AMENDMENT_ACTIONS: Record<AmendmentAction, true> = {
  amended: true,
  restated: true,
  inserted: true,
  repealed: true,
  other: true,
};
const AMENDMENT_SCOPES: Record<AmendmentScope, true> = { provision: true, heading: true };

export const resolvers: Resolvers = {
  AmendmentAction: enumResolver(AMENDMENT_ACTIONS),
  AmendmentScope: enumResolver(AMENDMENT_SCOPES),
  Amendment: {
    act: (a: Amendment, _: unknown, { loaders }: ApiContext) => loaders.act.load(a.actId),
    document: (a: Amendment, _: unknown, { loaders }: ApiContext) => loaders.document.load(a.documentId),
    target: (a: Amendment, _: unknown, { loaders }: ApiContext) => (a.targetId ? loaders.provision.load(a.targetId) : null),
  },
};
