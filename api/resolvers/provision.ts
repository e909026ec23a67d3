/** Query.provision, Query.article and the Provision type. */
import { articleEId, provisionId, type Provision, type ProvisionStatus, type ProvisionType } from '../../model/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { readIn, readOneIn, type ReadProvision } from '../reading-language.ts';
import { documentIdOf, findProvisionId } from '../references.ts';

const PROVISION_TYPES: Record<ProvisionType, true> = {
  section: true,
  chapter: true,
  article: true,
  part: true,
  subparagraph: true,
  paragraph: true,
  heading: true,
  item: true,
  footnote: true,
  preface: true,
  signature: true,
  topic: true,
};
export const PROVISION_STATUSES: Record<ProvisionStatus, true> = { inForce: true, repealed: true };

export const resolvers: Resolvers = {
  Query: {
    provision: async (_: unknown, { id }: { id: string }, context: ApiContext) => {
      const provisionId = await findProvisionId(context, id);
      return provisionId ? context.loaders.provision.load(provisionId) : null;
    },
    article: async (_: unknown, args: { document: string; number: string }, context: ApiContext) => {
      const documentId = await documentIdOf(context, args.document, 'document');
      // Articles are numbered through the whole code, so the eId follows from the number alone.
      return context.loaders.provision.load(provisionId(documentId, articleEId(args.number)));
    },
  },
  ProvisionType: enumResolver(PROVISION_TYPES),
  ProvisionStatus: enumResolver(PROVISION_STATUSES),
  Provision: {
    number: (p: Provision) => p.num,
    document: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.document.load(p.documentId),
    parent: async (p: ReadProvision, _: unknown, { loaders }: ApiContext) =>
      p.parentId ? readOneIn(await loaders.provision.load(p.parentId), p.readIn) : null,
    children: async (p: ReadProvision, _: unknown, { loaders }: ApiContext) => readIn(await loaders.children.load(p.id), p.readIn),
    ancestors: async (p: ReadProvision, _: unknown, { loaders }: ApiContext) => readIn(await loaders.ancestors.load(p.id), p.readIn),
    amendments: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.amendmentsOfProvision.load(p.id),
    citations: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.citationsFrom.load(p.id),
    citedBy: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.citationsTo.load(p.id),
  },
};
