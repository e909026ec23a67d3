/**
 * Load on loopback with autocannon: one GraphQL (or plain) request, or a mix, at a number of
 * connections for a few seconds. Latency and per-second throughput are summarized from every
 * response (not autocannon's bucketed histogram), so medians and tails are exact.
 * Every non-2xx answer, socket error, timeout and GraphQL `errors` body counts as an error:
 * a run with errors is a failed run.
 */
import autocannon from 'autocannon';
import { summarize } from './stats.ts';
import type { Measurement, Stats } from './types.ts';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadResult {
  /** Requests answered per second, over the whole run */
  rps: number;
  /** Requests answered in each whole second of the run */
  throughput: Stats;
  /** Response times, ms */
  latency: Stats;
  requests: number;
  errors: number;
}

export interface LoadOptions {
  origin: string;
  requests: readonly LoadRequest[];
  connections: number;
  seconds: number;
  /** Seconds of unmeasured load first, so the JIT and connection set-up do not count (default 0) */
  warmup?: number;
}

/** GraphQL reports errors with status 200, in an `errors` array; no answer of ours holds this text otherwise. */
const GRAPHQL_ERRORS = '"errors":[';

export async function load(options: LoadOptions): Promise<LoadResult> {
  await drained(options);
  if (options.warmup) {
    await measure({ ...options, seconds: options.warmup });
    await drained(options);
  }
  return measure(options);
}

/**
 * Resolves once the server answers one request: autocannon abandons the requests in flight
 * when a run ends, and a slow server may still be working through them; the next run must
 * not be charged for that backlog.
 */
async function drained({ origin, requests }: LoadOptions): Promise<void> {
  const first = requests[0];
  if (!first) throw new Error('load: no request to send');
  await (await fetch(origin + first.path, fetchInit(first))).arrayBuffer();
}

/** The fetch options of a load request: a body is sent as JSON. */
export function fetchInit(request: LoadRequest): RequestInit {
  return request.body === undefined ? { method: request.method } : { method: request.method, body: request.body, headers: { 'content-type': 'application/json' } };
}

async function measure({ origin, requests, connections, seconds }: LoadOptions): Promise<LoadResult> {
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const perSecond: number[] = new Array<number>(seconds).fill(0);
  const start = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        requests: requests.map((r) => ({
          method: r.method,
          path: r.path,
          ...(r.body === undefined ? {} : { body: r.body, headers: { 'content-type': 'application/json' } }),
          onResponse: (status: number, body: string) => {
            // non-2xx answers are counted by autocannon already
            if (status < 300 && body.includes(GRAPHQL_ERRORS)) graphqlErrors += 1;
          },
        })),
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      const second = Math.floor((performance.now() - start) / 1000);
      // answers landing after the last whole second belong to no full second
      if (second < seconds) perSecond[second] = (perSecond[second] ?? 0) + 1;
    });
  });
  if (latencies.length === 0) throw new Error(`load: no answer from ${origin} in ${seconds} s (${result.errors} errors)`);
  return {
    rps: latencies.length / seconds,
    throughput: summarize(perSecond),
    latency: summarize(latencies),
    requests: latencies.length,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

/** The throughput and latency rows of a load run. */
export function loadMeasurements(name: string, r: LoadResult): Measurement[] {
  return [{ name: `${name} · throughput`, unit: 'req/s', ...r.throughput }, { name: `${name} · latency`, unit: 'ms', ...r.latency }];
}
