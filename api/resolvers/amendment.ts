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

/** The date an amendment is dated by: the note's effective date, else its act's date (what `undated: ACT_DATE` compares). */
async function dated(a: Amendment, { loaders }: ApiContext): Promise<{ date: string | null; source: 'note' | 'actDate' | null }> {
  if (a.effectiveFrom !== null) return { date: a.effectiveFrom, source: 'note' };
  const actDate = (await loaders.act.load(a.actId))?.date ?? null;
  return { date: actDate, source: actDate === null ? null : 'actDate' };
}

export const resolvers: Resolvers = {
  AmendmentAction: enumResolver(AMENDMENT_ACTIONS),
  AmendmentScope: enumResolver(AMENDMENT_SCOPES),
  Amendment: {
    act: (a: Amendment, _: unknown, { loaders }: ApiContext) => loaders.act.load(a.actId),
    document: (a: Amendment, _: unknown, { loaders }: ApiContext) => loaders.document.load(a.documentId),
    target: (a: Amendment, _: unknown, { loaders }: ApiContext) => (a.targetId ? loaders.provision.load(a.targetId) : null),
    dateUsed: async (a: Amendment, _: unknown, context: ApiContext) => (await dated(a, context)).date,
    dateSource: async (a: Amendment, _: unknown, context: ApiContext) => (await dated(a, context)).source,
  },
  AmendmentDateSource: { NOTE: 'note', ACT_DATE: 'actDate' },
};
