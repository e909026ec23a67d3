/**
 * The limits on the work of one read, beside GraphQL Armor's limits on the query's shape (depth,
 * aliases, tokens, directives; server.ts): a budget on the estimated size of the answer, checked
 * before execution (api/cost.ts), a ceiling on the answer actually built (api/work-meter.ts), and
 * memory headroom: expensive work is refused while the heap is near its limit, and a running
 * request is stopped if the heap gets nearer still, rather than the process dying.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createCostEstimator } from './cost.ts';
import type { ListSizes } from './list-sizes.ts';
import { heapRatio, overloaded, type AnswerLimits, type MeteredContext } from './work-meter.ts';

export interface QueryLimits extends AnswerLimits {
  /** Largest estimated answer, in values (api/cost.ts), a query may ask for */
  maxCost: number;
  /** Queries estimated at most this are never refused for memory: lookups must go on while the heap is full */
  cheapCost: number;
  /** Heap used / heap limit above which queries over `cheapCost` are refused with OVERLOADED */
  heapRefuseRatio: number;
  /** Heavy requests working at once; more wait their turn, within the time limit (api/heavy-gate.ts) */
  maxHeavyRunning: number;
  /** Queries estimated over this are heavy before they run */
  heavyCost: number;
}

/**
 * The defaults. 50 000 values take in every question of the README and the soak (a document's
 * articles with their parts: ~5 700; a depth-3 traversal with its edges: ~2 000 on the seed corpus) and
 * refuse every provision with its document's provisions (~3.9 million). The answer ceiling (100 000
 * objects, 16 M characters, about 20 MB of JSON) is what an estimate error can cost at worst. One heavy
 * request at a time: the machine this runs on has two cores, and light requests need the rest.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxCost: 50_000,
  maxNodes: 100_000,
  maxStringBytes: 16_000_000,
  yieldEveryMs: 5,
  cheapCost: 1_000,
  heapRefuseRatio: 0.7,
  heapStopRatio: 0.85,
  maxHeavyRunning: 1,
  heavyCost: 10_000,
  heavyNodes: 2_000,
};

function overBudget(estimate: number, budget: number): ExecutionResult {
  return {
    errors: [
      new GraphQLError(
        `The query's answer is estimated at ${estimate} values, over the budget of ${budget}; ask for less (fewer nested lists, a smaller page or depth)`,
        { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', estimate, budget } },
      ),
    ],
  };
}

/**
 * The plugin: refuses before execution what is over budget or, with the heap near its limit,
 * anything but a cheap query; answers a request its meter stopped with that one error, never
 * with part of the data. `sizes` gives the store's current list sizes.
 */
export function useQueryLimits(sizes: () => ListSizes, limits: QueryLimits): Plugin {
  const estimateCost = createCostEstimator();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { meter } = args.contextValue as unknown as MeteredContext;
      const estimate = estimateCost({
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues,
        sizes: sizes(),
      });
      if (estimate > limits.maxCost) {
        setResultAndStopExecution(overBudget(estimate, limits.maxCost));
        return;
      }
      if (estimate > limits.cheapCost && heapRatio() > limits.heapRefuseRatio) {
        setResultAndStopExecution({ errors: [overloaded('the heap is near its limit')] });
        return;
      }
      meter.heavy = estimate > limits.heavyCost;
      return {
        onExecuteDone({ setResult }) {
          if (meter.stopped) setResult({ errors: [meter.stopped] });
        },
      };
    },
  };
}

/**
 * The heavy-request gate around execution (api/heavy-gate.ts): a query estimated over `heavyCost`
 * takes a place before it runs; any other takes one if its answer grows past `heavyNodes` (the meter
 * asks). It must come after the plugins that set the execute function (graphql-jit) and before the
 * time limit, which then counts the wait: a query that waits too long is answered TIMEOUT without
 * having run.
 */
export function useHeavyGate(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const { meter } = args.contextValue as unknown as MeteredContext;
        try {
          if (meter.heavy) await meter.enterGate();
          // stopped while waiting (time limit, client gone): nothing to run
          if (meter.stopped) return { errors: [meter.stopped] };
          return await executeFn(args);
        } finally {
          meter.leaveGate();
        }
      });
    },
  };
}
