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

/** A running request's deadline, and what to do when it passes. */
interface Deadline {
  at: number;
  expire: () => void;
}

/**
 * The deadlines of the running requests, under one timer set for the earliest: a timer of their own
 * (setTimeout, then clearTimeout) cost every request more than its resolvers in the API benchmark's
 * profile. Every request has the same limit, so the order they start in is the order they expire in,
 * and a Set keeps insertion order: the earliest deadline is always the first.
 */
class Deadlines {
  private readonly pending = new Set<Deadline>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly limitMs: number) {}

  /** Calls `expire` once `limitMs` has passed, unless the deadline is ended first. */
  start(expire: () => void): Deadline {
    const deadline = { at: performance.now() + this.limitMs, expire };
    this.pending.add(deadline);
    this.timer ??= setTimeout(() => this.expireDue(), this.limitMs);
    return deadline;
  }

  /** The request is over; with none left running, no timer keeps the process alive. */
  end(deadline: Deadline): void {
    this.pending.delete(deadline);
    if (this.pending.size > 0 || !this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
  }

  private expireDue(): void {
    this.timer = null;
    const now = performance.now();
    for (const deadline of this.pending) {
      if (deadline.at > now) {
        this.timer = setTimeout(() => this.expireDue(), deadline.at - now);
        return;
      }
      this.pending.delete(deadline);
      deadline.expire();
    }
  }
}

/** `run` within the limit, or the TIMEOUT result; `stop` is told when the time is up. */
async function withinLimit<T>(
  run: () => T | Promise<T>,
  deadlines: Deadlines,
  limitMs: number,
  stop: (error: GraphQLError) => void,
): Promise<T | ExecutionResult> {
  const started = performance.now();
  let deadline: Deadline | undefined;
  const expired = new Promise<ExecutionResult>((resolve) => {
    deadline = deadlines.start(() => {
      const error = timeoutError(limitMs);
      stop(error);
      resolve({ errors: [error] });
    });
  });
  try {
    const result = await Promise.race([(async () => run())(), expired]);
    return performance.now() - started > limitMs ? timedOut(limitMs) : result;
  } finally {
    if (deadline) deadlines.end(deadline);
  }
}

/**
 * The plugin. It wraps the execute function it is handed, so it must come after any plugin that
 * replaces execution (graphql-jit) in the plugin list.
 */
export function useRequestTimeout(limitMs: number): Plugin {
  const deadlines = new Deadlines(limitMs);
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) =>
        withinLimit(
          () => executeFn(args),
          deadlines,
          limitMs,
          (error) => (args.contextValue as MeteredContext).meter.stop(error),
        ),
      );
    },
  };
}
