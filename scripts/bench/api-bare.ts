/**
 * The bare reference of the API benchmark: each API case (queries.ts) answered by a plain
 * node:http handler from the same ports, as the JSON the GraphQL query returns, with no
 * GraphQL at all. The benchmark checks that both answers are equal before it loads them, so
 * the ratio API ÷ bare is the whole cost of GraphQL (yoga, plugins, execution, resolvers, loaders).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphStore } from '../../graph/index.ts';
import type { SearchIndex } from '../../search/index.ts';
import { enumResolver, AMENDMENT_ACTIONS, PROVISION_STATUSES } from '../../api/index.ts';
import { API_CASES, ARTICLE_23, ARTICLE_4, SEARCH_QUERY } from './queries.ts';

export interface BarePorts {
  graph: GraphStore;
  search: SearchIndex;
}

type BareAnswer = (ports: BarePorts) => Promise<unknown>;

/** Model enum value → GraphQL enum name, through the API's own mapping (api/enums.ts). */
function enumNames<T extends string>(values: Record<T, true>): (value: T) => string {
  const names = new Map(Object.entries(enumResolver(values)).map(([name, value]) => [value, name]));
  return (value) => names.get(value) ?? value;
}
const statusName = enumNames(PROVISION_STATUSES);
const actionName = enumNames(AMENDMENT_ACTIONS);

/** One answer per API case, keyed by the case's name. */
const BARE_ANSWERS: Record<string, BareAnswer> = {
  'article lookup': async ({ graph }) => {
    const [p] = await graph.getProvisions([ARTICLE_4]);
    return { data: { article: p ? { id: p.id, number: p.num, heading: p.heading, text: p.text, status: statusName(p.status) } : null } };
  },
  'amendment history': async ({ graph }) => {
    const [amendments = []] = await graph.amendmentsOfProvisions([ARTICLE_4]);
    const acts = await graph.getActs(amendments.map((a) => a.actId));
    return {
      data: {
        provision: {
          amendments: amendments.map((a, i) => ({
            id: a.id,
            action: actionName(a.action),
            effectiveFrom: a.effectiveFrom,
            act: { id: a.actId, number: acts[i]?.number ?? null, date: acts[i]?.date ?? null },
            target: a.targetId ? { id: a.targetId } : null,
          })),
        },
      },
    };
  },
  'depth-3 traversal': async ({ graph }) => {
    const sub = await graph.citationGraph(ARTICLE_23, 'both', 3);
    return {
      data: {
        citationGraph: {
          nodes: sub?.nodes.map((n) => ({ id: n.id, number: n.num })) ?? [],
          edges: sub?.edges.map((e) => ({ from: { id: e.fromId }, to: { id: e.toId }, citation: { id: e.citation.id } })) ?? [],
        },
      },
    };
  },
  search: async ({ graph, search }) => {
    const results = await search.search({ query: SEARCH_QUERY, filter: {}, offset: 0, limit: 10 });
    const provisions = await graph.getProvisions(results.hits.map((h) => h.provisionId));
    return {
      data: {
        search: {
          total: results.total,
          hits: results.hits.map((h, i) => {
            const p = provisions[i];
            if (!p) throw new Error(`bare: search hit ${h.provisionId} is not in the graph store`);
            return { score: h.score, snippet: h.snippet, provision: { id: p.id, number: p.num, heading: p.heading } };
          }),
        },
      },
    };
  },
};

const missing = API_CASES.filter((c) => !(c.name in BARE_ANSWERS)).map((c) => c.name);
if (missing.length > 0) throw new Error(`scripts/bench/api-bare.ts: no bare answer for the API case(s) ${missing.join(', ')}`);

/** The bare server's path for a case: GET it for the case's answer. */
export function barePath(caseName: string): string {
  return `/${encodeURIComponent(caseName)}`;
}

/** A node:http handler answering GET barePath(case) for every API case. */
export function createBareHandler(ports: BarePorts): (req: IncomingMessage, res: ServerResponse) => void {
  const answers = new Map(Object.entries(BARE_ANSWERS).map(([name, answer]) => [barePath(name), answer]));
  return (req, res) => {
    const answer = answers.get(req.url ?? '');
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    answer(ports).then(
      (body) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body)),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  };
}
