/** Query.acts, Query.act and the Act, ActMention and DocumentRelation types. */
import type { Act, ActKind, ActMention, DocumentRelation, DocumentRelationType } from '../../model/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { actIdOf } from '../references.ts';
import { byDate, orderedAmendments, type AmendmentOrderArgs, type DatedOrder } from '../order.ts';

const ACT_KINDS: Record<ActKind, true> = {
  constitution: true,
  constitutionalLaw: true,
  code: true,
  law: true,
  decree: true,
  resolution: true,
  order: true,
  concept: true,
  treaty: true,
  other: true,
};
const RELATION_TYPES: Record<DocumentRelationType, true> = {
  pendingAmendment: true,
  implementedBy: true,
  repeals: true,
  respondsTo: true,
  see: true,
};

export const resolvers: Resolvers = {
  Query: {
    acts: async (_: unknown, { kind, order }: { kind: ActKind | null; order: DatedOrder }, { graph }: ApiContext) => {
      const acts = await graph.listActs();
      return byDate(kind ? acts.filter((a) => a.kind === kind) : acts, order);
    },
    act: async (_: unknown, { id }: { id: string }, context: ApiContext) => {
      const actId = await actIdOf(context, id, 'id');
      return actId ? context.loaders.act.load(actId) : null;
    },
  },
  ActKind: enumResolver(ACT_KINDS),
  DocumentRelationType: enumResolver(RELATION_TYPES),
  Act: {
    document: (act: Act, _: unknown, { loaders }: ApiContext) => (act.documentId ? loaders.document.load(act.documentId) : null),
    amendments: async (act: Act, args: AmendmentOrderArgs, context: ApiContext) =>
      orderedAmendments(await context.loaders.amendmentsOfAct.load(act.id), args, context),
    citedBy: (act: Act, _: unknown, { loaders }: ApiContext) => loaders.citationsOfAct.load(act.id),
    mentionedIn: (act: Act, _: unknown, { loaders }: ApiContext) => loaders.mentionsOfAct.load(act.id),
  },
  ActMention: {
    act: (m: ActMention, _: unknown, { loaders }: ApiContext) => loaders.act.load(m.actId),
    source: (m: ActMention, _: unknown, { loaders }: ApiContext) => loaders.provision.load(m.sourceId),
    span: (m: ActMention) => m.source,
  },
  DocumentRelation: {
    act: (r: DocumentRelation, _: unknown, { loaders }: ApiContext) => loaders.act.load(r.actId),
  },
};
