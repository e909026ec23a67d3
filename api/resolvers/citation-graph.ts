/** Query.citationGraph, Query.citationPath, Query.mostCited and the CitationEdge type. */
import type { ProvisionType } from '../../model/index.ts';
import { MAX_PAGE_SIZE, MAX_TRAVERSAL_DEPTH, type CitationDirection, type CitationEdge } from '../../graph/port.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { checkRange, notFound } from '../errors.ts';
import { documentIdOf, provisionIdOf, provisionReference, type ProvisionRefInput } from '../references.ts';

export const resolvers: Resolvers = {
  Query: {
    citationGraph: async (
      _: unknown,
      args: { from?: string | null; fromRef?: ProvisionRefInput | null; direction: CitationDirection; depth: number },
      context: ApiContext,
    ) => {
      const depth = checkRange('depth', args.depth, MAX_TRAVERSAL_DEPTH);
      const reference = provisionReference(args.from, args.fromRef, ['from', 'fromRef']);
      const from = await provisionIdOf(context, reference, 'from');
      const graph = await context.graph.citationGraph(from, args.direction, depth);
      if (!graph) throw notFound('from', reference, 'Provision');
      // Every edge's ends are among the nodes: resolving `from`/`to` then costs no store call.
      for (const node of graph.nodes) context.loaders.provision.prime(node.id, node);
      return graph;
    },
    citationPath: async (
      _: unknown,
      args: {
        from?: string | null;
        to?: string | null;
        fromRef?: ProvisionRefInput | null;
        toRef?: ProvisionRefInput | null;
        maxDepth: number;
      },
      context: ApiContext,
    ) => {
      const maxDepth = checkRange('maxDepth', args.maxDepth, MAX_TRAVERSAL_DEPTH);
      const from = await provisionIdOf(context, provisionReference(args.from, args.fromRef, ['from', 'fromRef']), 'from');
      const to = await provisionIdOf(context, provisionReference(args.to, args.toRef, ['to', 'toRef']), 'to');
      return context.graph.citationPath(from, to, maxDepth);
    },
    mostCited: async (_: unknown, args: { document: string | null; type: ProvisionType | null; first: number }, context: ApiContext) => {
      const first = checkRange('first', args.first, MAX_PAGE_SIZE);
      const documentId = args.document ? await documentIdOf(context, args.document, 'document') : null;
      return context.graph.mostCited({ documentId, type: args.type }, first);
    },
  },
  Direction: { OUT: 'out', IN: 'in', BOTH: 'both' },
  CitationEdge: {
    from: (e: CitationEdge, _: unknown, { loaders }: ApiContext) => loaders.provision.load(e.fromId),
    to: (e: CitationEdge, _: unknown, { loaders }: ApiContext) => loaders.provision.load(e.toId),
  },
};
