/**
 * Breadth-first neighbourhood of the citation graph over an asynchronous step source: one
 * call per hop for the whole frontier, so a database adapter pays one round trip per hop
 * and the depth cap bounds the round trips. Shared by the embedded store (steps from its
 * index) and the Neo4j adapter (steps from CITATION_STEPS_OUT / _IN), so both answer with the
 * same nodes in the same discovery order and each (citation, from, to) edge once.
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
