/** Query.provision, Query.article and the Provision type. */
import { articleEId, provisionId, type Provision, type ProvisionStatus, type ProvisionType } from '../../model/index.ts';
import { versionAt, type ProvisionVersion } from '../../app/index.ts';
import { versionReads, type ApiContext, type Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { orderedAmendments, type AmendmentOrderArgs } from '../order.ts';
import { readIn, readOneIn, type ReadProvision } from '../reading-language.ts';
import { notInForce } from '../errors.ts';
import { documentIdOf, findProvisionId, provisionReference, type ProvisionRefInput } from '../references.ts';
import { firstDay } from './date.ts';

/** The provision `id`, or its wording on `asOf` (null with a NOT_IN_FORCE error saying why it had none). */
async function provisionAsOf(context: ApiContext, id: string, asOf: string | null | undefined): Promise<Provision | null> {
  if (!asOf) return context.loaders.provision.load(id);
  const found = await versionAt(versionReads(context), id, firstDay(asOf));
  if ('version' in found) return found.version;
  // An id no version holds is simply unknown, as without `asOf`.
  if ((await context.loaders.wordings.load(id)).length === 0 && !(await context.loaders.provision.load(id))) return null;
  throw notInForce('asOf', id, found.absent);
}

/** A provision asked for as of a day: its parent and children answer as worded that day too. */
type Dated = Provision & Partial<Pick<ProvisionVersion, 'asOf'>>;

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
export const PROVISION_STATUSES: Record<ProvisionStatus, true> = { inForce: true, repealed: true, pending: true };

export const resolvers: Resolvers = {
  Query: {
    provision: async (
      _: unknown,
      { id, ref, asOf }: { id?: string | null; ref?: ProvisionRefInput | null; asOf?: string | null },
      context: ApiContext,
    ) => {
      const provisionId = await findProvisionId(context, provisionReference(id, ref, ['id', 'ref']));
      return provisionId ? provisionAsOf(context, provisionId, asOf) : null;
    },
    article: async (_: unknown, args: { document: string; number: string; asOf?: string | null }, context: ApiContext) => {
      const documentId = await documentIdOf(context, args.document, 'document');
      // Articles are numbered through the whole code, so the eId follows from the number alone.
      return provisionAsOf(context, provisionId(documentId, articleEId(args.number)), args.asOf);
    },
  },
  ProvisionType: enumResolver(PROVISION_TYPES),
  ProvisionStatus: enumResolver(PROVISION_STATUSES),
  Provision: {
    number: (p: Provision) => p.num,
    document: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.document.load(p.documentId),
    parent: async (p: Dated & ReadProvision, _: unknown, context: ApiContext) => {
      if (!p.parentId) return null;
      if (!p.asOf) return readOneIn(await context.loaders.provision.load(p.parentId), p.readIn);
      const found = await versionAt(versionReads(context), p.parentId, p.asOf);
      return 'version' in found ? readOneIn(found.version, p.readIn) : null;
    },
    children: async (p: Dated & ReadProvision, _: unknown, context: ApiContext) => {
      if (!p.asOf) return readIn(await context.loaders.children.load(p.id), p.readIn);
      // As worded that day: children the newest version no longer holds included.
      const day = await context.loaders.documentOn.load({ documentId: p.documentId, date: p.asOf });
      return readIn(
        day.filter((c) => c.parentId === p.id),
        p.readIn,
      );
    },
    ancestors: async (p: ReadProvision, _: unknown, { loaders }: ApiContext) => readIn(await loaders.ancestors.load(p.id), p.readIn),
    amendments: async (p: Provision, args: AmendmentOrderArgs, context: ApiContext) =>
      orderedAmendments(await context.loaders.amendmentsOfProvision.load(p.id), args, context),
    citations: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.citationsFrom.load(p.id),
    citedBy: (p: Provision, _: unknown, { loaders }: ApiContext) => loaders.citationsTo.load(p.id),
  },
};
