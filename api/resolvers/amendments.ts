/** Query.amendments (a Relay connection over the port's keyset pages), Query.amendmentCounts, Query.mostAmended and the UndatedAmendments enum. */
import type { AmendmentAction, ProvisionType } from '../../model/index.ts';
import { MAX_PAGE_SIZE, type AmendmentFilter, type AmendmentTally, type DateRange, type UndatedAmendments } from '../../graph/port.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { badInput, checkRange, notFound } from '../errors.ts';
import { actIdOf, documentIdOf, provisionIdOf, provisionReference, type ProvisionRefInput } from '../references.ts';
import { enumResolver } from '../enums.ts';
import { wholeDays } from './date.ts';

const CURSOR_KIND = 'amendment';
const UNDATED_RULES: Record<UndatedAmendments, true> = { exclude: true, include: true, actDate: true };

interface AmendmentFilterInput {
  document?: string | null;
  act?: string | null;
  action?: AmendmentAction | null;
  target?: string | null;
  targetRef?: ProvisionRefInput | null;
  effectiveFrom?: DateRange | null;
  undated?: UndatedAmendments | null;
  actDate?: DateRange | null;
}

/** The API filter, with human references turned into ids (unknown ones are NOT_FOUND errors). */
async function portFilter(input: AmendmentFilterInput, context: ApiContext): Promise<AmendmentFilter> {
  const filter: AmendmentFilter = {
    action: input.action,
    effectiveFrom: wholeDays(input.effectiveFrom),
    undated: input.undated,
    actDate: wholeDays(input.actDate),
  };
  if (input.document) filter.documentId = await documentIdOf(context, input.document, 'filter.document');
  if (input.act) {
    filter.actId = await actIdOf(context, input.act, 'filter.act');
    if (!filter.actId) throw notFound('filter.act', input.act, 'Act');
  }
  if (input.target != null || input.targetRef != null) {
    const target = provisionReference(input.target, input.targetRef, ['filter.target', 'filter.targetRef']);
    filter.targetId = await provisionIdOf(context, target, 'filter.target');
  }
  for (const field of ['effectiveFrom', 'actDate'] as const) {
    const range = filter[field];
    if (range?.from && range.to && range.from > range.to) {
      throw badInput(`filter.${field}`, `from ${range.from} is after to ${range.to}`);
    }
  }
  return filter;
}

export const resolvers: Resolvers = {
  Query: {
    amendments: async (
      _: unknown,
      args: { filter: AmendmentFilterInput | null; order: 'OLDEST_FIRST' | 'NEWEST_FIRST'; first: number; after: string | null },
      context: ApiContext,
    ) => {
      const first = checkRange('first', args.first, MAX_PAGE_SIZE);
      const after = args.after ? decodeCursor(CURSOR_KIND, args.after, 'after') : null;
      if (after && !(await context.graph.getAmendments([after]))[0]) throw badInput('after', 'cursor names no amendment');
      const filter = await portFilter(args.filter ?? {}, context);
      const page = await context.graph.findAmendments(filter, { first, after, newestFirst: args.order === 'NEWEST_FIRST' });
      const edges = page.items.map((node) => ({ cursor: encodeCursor(CURSOR_KIND, node.id), node }));
      return {
        edges,
        nodes: page.items,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: after !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
    amendmentCounts: async (_: unknown, args: { filter: AmendmentFilterInput | null }, context: ApiContext) =>
      context.graph.tallyAmendments(await portFilter(args.filter ?? {}, context)),
    mostAmended: async (
      _: unknown,
      args: { document: string | null; type: ProvisionType | null; first: number; filter: AmendmentFilterInput | null },
      context: ApiContext,
    ) => {
      const first = checkRange('first', args.first, MAX_PAGE_SIZE);
      const filter = await portFilter(args.filter ?? {}, context);
      if (args.document) {
        const documentId = await documentIdOf(context, args.document, 'document');
        if (filter.documentId && filter.documentId !== documentId) {
          throw badInput('filter.document', `names another document than "document": ${filter.documentId}, not ${documentId}`);
        }
        filter.documentId = documentId;
      }
      return context.graph.mostAmended({ ...filter, type: args.type }, first);
    },
  },
  UndatedAmendments: enumResolver(UNDATED_RULES),
  AmendmentCounts: {
    byAct: (tally: AmendmentTally, args: { first: number }) => tally.byAct.slice(0, checkRange('first', args.first, MAX_PAGE_SIZE)),
  },
  ActCount: {
    act: (count: AmendmentTally['byAct'][number], _: unknown, { loaders }: ApiContext) => loaders.act.load(count.actId),
  },
};
