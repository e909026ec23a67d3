/**
 * A time limit on executing one request: past it the client gets a TIMEOUT error instead of
 * waiting, and the request's work stops. A backend call that hangs loses the race against the
 * timer; a query that keeps the process busy yields to the event loop every few milliseconds
 * (api/work-meter.ts), so the timer fires on time, compiled query or not, and stops its meter: every
 * resolver it still calls throws at once. An execution that overran is answered with the same
 * error, never with its late data. Serialising the answer comes after the limit, and is bounded by
 * the answer ceiling (api/limits.ts).
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { MeteredContext } from './work-meter.ts';

function timeoutError(limitMs: number): GraphQLError {
  return new GraphQLError(`The request took longer than the server's limit of ${limitMs} ms; ask for less (a smaller depth or page)`, {
    extensions: { code: 'TIMEOUT', limitMs },
  });
}

function timedOut(limitMs: number): ExecutionResult {
  return { errors: [timeoutError(limitMs)] };
}

/** `run` within `limitMs`, or the TIMEOUT result; `stop` is told when the time is up. */
async function withinLimit<T>(
  run: () => T | Promise<T>,
  limitMs: number,
  stop: (error: GraphQLError) => void,
): Promise<T | ExecutionResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<ExecutionResult>((resolve) => {
    timer = setTimeout(() => {
      const error = timeoutError(limitMs);
      stop(error);
      resolve({ errors: [error] });
    }, limitMs);
  });
  try {
    const result = await Promise.race([(async () => run())(), expired]);
    return performance.now() - started > limitMs ? timedOut(limitMs) : result;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The plugin. It wraps the execute function it is handed, so it must come after any plugin that
 * replaces execution (graphql-jit) in the plugin list.
 */
export function useRequestTimeout(limitMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) =>
        withinLimit(
          () => executeFn(args),
          limitMs,
          (error) => (args.contextValue as MeteredContext).meter.stop(error),
        ),
      );
    },
  };
}
