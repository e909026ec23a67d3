/**
 * Citation-graph walks over the embedded index.
 *
 * A node's outgoing edges are the citations made in its subtree that hit a corpus
 * provision; its incoming edges are the citations pointing into its subtree. This is the
 * meaning of `Provision.citations` / `citedBy`, so a traversal from an article sees what
 * its parts cite. The neighbourhood walk is the one shared with the Neo4j adapter
 * (citation-bfs.ts), fed from the index; only the shortest path is searched here.
 */
import { citationNeighbourhood, type CitationStep } from '../citation-bfs.ts';
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

/** Nodes within `depth` hops of `fromId`, and every edge met while expanding them. */
export async function citationGraph(
  index: GraphIndex,
  fromId: string,
  direction: CitationDirection,
  depth: number,
): Promise<CitationSubgraph | null> {
  if (!provisionOf(index, fromId)) return null;
  const found = await citationNeighbourhood(fromId, direction, depth, async (ids, d) => ids.map((id) => steps(index, id, d)));
  return { nodes: found.nodeIds.flatMap((id) => provisionOf(index, id) ?? []), edges: found.edges };
}

/** Fewest outgoing hops from `fromId` into `toId`'s subtree; null when none within `maxDepth`. */
export function citationPath(index: GraphIndex, fromId: string, toId: string, maxDepth: number): Provision[] | null {
  if (!provisionOf(index, fromId) || !provisionOf(index, toId)) return null;
  const previous = new Map<string, string | null>([[fromId, null]]);
  let frontier = [fromId];
  for (let hop = 0; hop <= maxDepth && frontier.length > 0; hop++) {
    const reached = frontier.find((id) => inSubtree(index, id, toId));
    if (reached) return pathTo(index, reached, previous);
    if (hop === maxDepth) break;
    const next: string[] = [];
    for (const nodeId of frontier) {
      for (const { neighbourId } of steps(index, nodeId, 'out')) {
        if (previous.has(neighbourId)) continue;
        previous.set(neighbourId, nodeId);
        next.push(neighbourId);
      }
    }
    frontier = next;
  }
  return null;
}

function pathTo(index: GraphIndex, endId: string, previous: Map<string, string | null>): Provision[] {
  const path: Provision[] = [];
  for (let id: string | null | undefined = endId; id; id = previous.get(id)) {
    const node = provisionOf(index, id);
    if (node) path.unshift(node);
  }
  return path;
}
