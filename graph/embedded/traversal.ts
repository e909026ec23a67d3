/**
 * Citation-graph walks over the embedded index.
 *
 * A node's outgoing edges are the citations made in its subtree that hit a corpus
 * provision; its incoming edges are the citations pointing into its subtree. This is the
 * meaning of `Provision.citations` / `citedBy`, so a traversal from an article sees what
 * its parts cite. Both walks are the ones shared with the Neo4j adapter (citation-bfs.ts),
 * fed from the index.
 */
import { citationNeighbourhood, shortestCitationPath, type CitationStep, type StepSource } from '../citation-bfs.ts';
import { citationsFromSubtree, citationsToSubtree, inSubtree, provisionOf, type GraphIndex } from './indexes.ts';
import type { Provision } from '../../model/index.ts';
import type { CitationDirection, CitationSubgraph } from '../port.ts';

/** A node's steps in the port's order: outgoing (text order), then incoming (text order). */
function steps(index: GraphIndex, nodeId: string, direction: CitationDirection): CitationStep[] {
  const out: CitationStep[] = [];
  if (direction !== 'in') {
    for (const citation of citationsFromSubtree(index, nodeId)) {
      const target = citation.targetId;
      if (target && provisionOf(index, target)) {
        out.push({ neighbourId: target, edge: { fromId: nodeId, toId: target, citation } });
      }
    }
  }
  if (direction !== 'out') {
    for (const citation of citationsToSubtree(index, nodeId)) {
      const source = citation.sourceId;
      if (provisionOf(index, source)) {
        out.push({ neighbourId: source, edge: { fromId: source, toId: nodeId, citation } });
      }
    }
  }
  return out;
}

function stepSource(index: GraphIndex): StepSource {
  return async (ids, direction) => ids.map((id) => steps(index, id, direction));
}

/** Nodes within `depth` hops of `fromId`, and every edge met while expanding them. */
export async function citationGraph(
  index: GraphIndex,
  fromId: string,
  direction: CitationDirection,
  depth: number,
): Promise<CitationSubgraph | null> {
  if (!provisionOf(index, fromId)) return null;
  const found = await citationNeighbourhood(fromId, direction, depth, stepSource(index));
  return { nodes: found.nodeIds.flatMap((id) => provisionOf(index, id) ?? []), edges: found.edges };
}

/** Fewest outgoing hops from `fromId` into `toId`'s subtree (the walk shared with Neo4j); null when none within `maxDepth`. */
export async function citationPath(index: GraphIndex, fromId: string, toId: string, maxDepth: number): Promise<Provision[] | null> {
  if (!provisionOf(index, fromId) || !provisionOf(index, toId)) return null;
  const ids = await shortestCitationPath(fromId, toId, maxDepth, stepSource(index), async (nodeIds, rootId) =>
    nodeIds.map((id) => inSubtree(index, id, rootId)),
  );
  return ids?.flatMap((id) => provisionOf(index, id) ?? []) ?? null;
}
