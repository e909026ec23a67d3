/**
 * A time limit on executing one request: past it the client gets a TIMEOUT error instead of
 * waiting. A backend call that hangs loses the race against the timer; work that keeps the event
 * loop busy (the in-process stores answer without yielding) cannot be interrupted by a timer, so an
 * execution that overran is answered with the same error once it ends, never with its late data.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function timedOut(limitMs: number): ExecutionResult {
  return {
    errors: [
      new GraphQLError(`The request took longer than the server's limit of ${limitMs} ms; ask for less (a smaller depth or page)`, {
        extensions: { code: 'TIMEOUT', limitMs },
      }),
    ],
  };
}

/** `run` within `limitMs`, or the TIMEOUT result. */
async function withinLimit<T>(run: () => T | Promise<T>, limitMs: number): Promise<T | ExecutionResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<ExecutionResult>((resolve) => {
    timer = setTimeout(() => resolve(timedOut(limitMs)), limitMs);
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
      setExecuteFn((args) => withinLimit(() => executeFn(args), limitMs));
    },
  };
}
