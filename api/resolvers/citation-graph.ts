/** Query.citationGraph, Query.citationPath and the CitationEdge type. */
import { MAX_TRAVERSAL_DEPTH, type CitationDirection, type CitationEdge } from '../../graph/port.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { checkRange, notFound } from '../errors.ts';
import { provisionIdOf } from '../references.ts';

export const resolvers: Resolvers = {
  Query: {
    citationGraph: async (_: unknown, args: { from: string; direction: CitationDirection; depth: number }, context: ApiContext) => {
      const depth = checkRange('depth', args.depth, MAX_TRAVERSAL_DEPTH);
      const from = await provisionIdOf(context, args.from, 'from');
      const graph = await context.graph.citationGraph(from, args.direction, depth);
      if (!graph) throw notFound('from', args.from, 'Provision');
      // Every edge's ends are among the nodes: resolving `from`/`to` then costs no store call.
      for (const node of graph.nodes) context.loaders.provision.prime(node.id, node);
      return graph;
    },
    citationPath: async (_: unknown, args: { from: string; to: string; maxDepth: number }, context: ApiContext) => {
      const maxDepth = checkRange('maxDepth', args.maxDepth, MAX_TRAVERSAL_DEPTH);
      const from = await provisionIdOf(context, args.from, 'from');
      const to = await provisionIdOf(context, args.to, 'to');
      return context.graph.citationPath(from, to, maxDepth);
    },
  },
  Direction: { OUT: 'out', IN: 'in', BOTH: 'both' },
  CitationEdge: {
    from: (e: CitationEdge, _: unknown, { loaders }: ApiContext) => loaders.provision.load(e.fromId),
    to: (e: CitationEdge, _: unknown, { loaders }: ApiContext) => loaders.provision.load(e.toId),
  },
};
