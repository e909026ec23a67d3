/**
 * Breadth-first walks of the citation graph over an asynchronous step source: one call per hop
 * for the whole frontier, so a database adapter pays one round trip per hop and the depth cap
 * bounds the round trips. Shared by the embedded store (steps from its index) and the Neo4j
 * adapter (steps from CITATION_STEPS), so both answer with the same nodes in the same
 * discovery order, each (citation, from, to) edge once, and the same path among equally short ones.
 */
import type { CitationDirection, CitationEdge } from './port.ts';

export interface CitationStep {
  neighbourId: string;
  edge: CitationEdge;
}

/** Per node id, in the order given: its steps in the port's order (outgoing before incoming). */
export type StepSource = (nodeIds: readonly string[], direction: CitationDirection) => Promise<CitationStep[][]>;

export interface Neighbourhood {
  nodeIds: string[];
  edges: CitationEdge[];
}

export async function citationNeighbourhood(
  startId: string,
  direction: CitationDirection,
  depth: number,
  steps: StepSource,
): Promise<Neighbourhood> {
  const nodeIds = [startId];
  const seen = new Set(nodeIds);
  const edges: CitationEdge[] = [];
  const seenEdges = new Set<string>();
  let frontier = [startId];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const perNode = await steps(frontier, direction);
    const next: string[] = [];
    for (const nodeSteps of perNode) {
      for (const { neighbourId, edge } of nodeSteps) {
        const key = `${edge.citation.id}\u0000${edge.fromId}\u0000${edge.toId}`;
        if (!seenEdges.has(key)) {
          seenEdges.add(key);
          edges.push(edge);
        }
        if (!seen.has(neighbourId)) {
          seen.add(neighbourId);
          nodeIds.push(neighbourId);
          next.push(neighbourId);
        }
      }
    }
    frontier = next;
  }
  return { nodeIds, edges };
}

/** Per node id, in the order given: whether it is `rootId` or lies in its subtree. */
export type SubtreeTest = (nodeIds: readonly string[], rootId: string) => Promise<boolean[]>;

/**
 * Fewest outgoing hops from `startId` into `targetId`'s subtree, as node ids with both ends
 * (`[startId]` when it lies there already); null when no path has at most `maxDepth` hops. Of
 * equally short paths the walk meets first wins: frontier in discovery order, each node's
 * citations in text order (a real Neo4j server found that its own shortestPath broke ties otherwise).
 */
export async function shortestCitationPath(
  startId: string,
  targetId: string,
  maxDepth: number,
  steps: StepSource,
  inSubtree: SubtreeTest,
): Promise<string[] | null> {
  const previous = new Map<string, string | null>([[startId, null]]);
  let frontier = [startId];
  for (let hop = 0; frontier.length > 0; hop++) {
    const inside = await inSubtree(frontier, targetId);
    const reached = frontier.find((_, i) => inside[i]);
    if (reached) return pathTo(reached, previous);
    if (hop === maxDepth) break;
    const next: string[] = [];
    (await steps(frontier, 'out')).forEach((nodeSteps, i) => {
      for (const { neighbourId } of nodeSteps) {
        if (previous.has(neighbourId)) continue;
        previous.set(neighbourId, frontier[i] as string);
        next.push(neighbourId);
      }
    });
    frontier = next;
  }
  return null;
}

function pathTo(endId: string, previous: ReadonlyMap<string, string | null>): string[] {
  const path: string[] = [];
  for (let id: string | null | undefined = endId; id; id = previous.get(id)) path.unshift(id);
  return path;
}
