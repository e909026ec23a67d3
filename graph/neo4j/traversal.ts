/**
 * Citation-graph walks on Neo4j: the breadth-first walks shared with the embedded store
 * (citation-bfs.ts), one query per hop for the whole frontier and both directions (depth capped
 * at 5; a path also asks which frontier nodes reached the goal), so both backends answer with the
 * same nodes, edges and paths.
 */
import { citationNeighbourhood, shortestCitationPath, type CitationStep, type StepSource, type SubtreeTest } from '../citation-bfs.ts';
import * as cypher from './cypher.ts';
import type { Citation, Provision } from '../../model/index.ts';
import { fromJson } from './rows.ts';
import { checkLimit, MAX_TRAVERSAL_DEPTH, type CitationDirection, type CitationSubgraph } from '../port.ts';
import { BACKEND, byIds, listsByKey, query, type Neo4jState } from './state.ts';

export function getProvisions(state: Neo4jState, ids: readonly string[]): Promise<(Provision | null)[]> {
  return byIds<Provision>(state, 'getProvisions', cypher.GET_PROVISIONS, ids);
}

/** One hop for a frontier, one query: outgoing citations (text order), then incoming ones. */
function stepSource(state: Neo4jState, operation: string): StepSource {
  return (nodeIds, direction) =>
    listsByKey(
      state,
      operation,
      cypher.CITATION_STEPS,
      nodeIds,
      { outgoing: direction !== 'in', incoming: direction !== 'out' },
      (item, nodeId): CitationStep => {
        const { neighbourId, citation, outgoing } = item as { neighbourId: string; citation: unknown; outgoing: boolean };
        const [fromId, toId] = outgoing ? [nodeId, neighbourId] : [neighbourId, nodeId];
        return { neighbourId, edge: { fromId, toId, citation: fromJson<Citation>(citation, operation) } };
      },
    );
}

function subtreeTest(state: Neo4jState): SubtreeTest {
  return async (nodeIds, rootId) => {
    const records = await query(state, 'citationPath', cypher.IN_SUBTREE, { keys: [...nodeIds], rootId });
    const inside = new Set(records.filter((r) => r.get('inside') === true).map((r) => r.get('key') as string));
    return nodeIds.map((id) => inside.has(id));
  };
}

export async function citationGraph(
  state: Neo4jState,
  fromId: string,
  direction: CitationDirection,
  depth: number,
): Promise<CitationSubgraph | null> {
  checkLimit(BACKEND, 'depth', depth, MAX_TRAVERSAL_DEPTH);
  const [start] = await getProvisions(state, [fromId]);
  if (!start) return null;
  const { nodeIds, edges } = await citationNeighbourhood(fromId, direction, depth, stepSource(state, 'citationGraph'));
  const nodes = await getProvisions(state, nodeIds);
  return { nodes: nodes.filter((n): n is Provision => n !== null), edges };
}

export async function citationPath(state: Neo4jState, fromId: string, toId: string, maxDepth: number): Promise<Provision[] | null> {
  checkLimit(BACKEND, 'maxDepth', maxDepth, MAX_TRAVERSAL_DEPTH);
  const ends = await getProvisions(state, [fromId, toId]);
  if (ends.includes(null)) return null;
  const ids = await shortestCitationPath(fromId, toId, maxDepth, stepSource(state, 'citationPath'), subtreeTest(state));
  if (!ids) return null;
  return (await getProvisions(state, ids)).filter((n): n is Provision => n !== null);
}
