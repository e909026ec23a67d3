/**
 * The Neo4j adapter feeds the shared walk with steps computed as CITATION_STEPS
 * computes them: citations made in / pointing into a node's subtree, in text order, targets
 * restricted to stored provisions. Here those steps are read through the port's citationsFrom /
 * citationsTo on the real code, and the walk must answer what the embedded store answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationNeighbourhood, type CitationStep, type StepSource } from '../../graph/citation-bfs.ts';
import type { EmbeddedGraphStore } from '../../graph/embedded/store.ts';
import type { CitationDirection } from '../../graph/port.ts';
import { ingestedCode, provision, temporaryStore } from '../contract/corpus-fixture.ts';

let stored: Awaited<ReturnType<typeof temporaryStore>>;
let store: EmbeddedGraphStore;

beforeAll(async () => {
  stored = await temporaryStore([await ingestedCode()]);
  store = stored.store;
});
afterAll(async () => {
  await stored?.remove();
});

/** Steps as CITATION_STEPS defines them, read through the port. */
const portSteps: StepSource = async (nodeIds, direction) => {
  const out = direction === 'in' ? nodeIds.map(() => []) : await store.citationsFrom(nodeIds);
  const into = direction === 'out' ? nodeIds.map(() => []) : await store.citationsTo(nodeIds);
  const targets = await store.getProvisions(out.flat().flatMap((c) => (c.targetId ? [c.targetId] : [])));
  const stored = new Set(targets.flatMap((p) => (p ? [p.id] : [])));
  return nodeIds.map((nodeId, i): CitationStep[] => [
    ...(out[i] ?? [])
      .filter((c) => c.targetId !== null && stored.has(c.targetId))
      .map((c) => ({ neighbourId: c.targetId as string, edge: { fromId: nodeId, toId: c.targetId as string, citation: c } })),
    ...(into[i] ?? []).map((c) => ({ neighbourId: c.sourceId, edge: { fromId: c.sourceId, toId: nodeId, citation: c } })),
  ]);
};

describe('citationNeighbourhood', () => {
  const cases: [string, CitationDirection, number][] = [
    ['art_23', 'both', 3],
    ['art_23', 'out', 2],
    ['art_22', 'in', 2],
    ['art_4', 'both', 1],
  ];

  it.each(cases)(
    'from %s (%s, depth %i) finds the nodes and edges the embedded traversal finds, in its order',
    async (eId, direction, depth) => {
      const expected = await store.citationGraph(provision(eId), direction, depth);
      const found = await citationNeighbourhood(provision(eId), direction, depth, portSteps);
      expect(found.nodeIds).toEqual(expected?.nodes.map((n) => n.id));
      expect(found.edges).toEqual(expected?.edges);
    },
  );

  it('reaches article 22 from article 23 in one hop outwards (L1810: "осы Кодекстің 22-бабы")', async () => {
    const found = await citationNeighbourhood(provision('art_23'), 'out', 1, portSteps);
    expect(found.nodeIds.some((id) => id.startsWith(provision('art_22')))).toBe(true);
  });

  it('asks for one hop per depth level at most', async () => {
    let calls = 0;
    const counting: StepSource = (ids, direction) => {
      calls++;
      return portSteps(ids, direction);
    };
    await citationNeighbourhood(provision('art_23'), 'both', 2, counting);
    expect(calls).toBeLessThanOrEqual(2);
  });
});
