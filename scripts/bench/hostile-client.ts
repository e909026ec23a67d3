/**
 * The hostile client of `npm run soak -- --hostile`: a few connections sending the hostile queries
 * (hostile-queries.ts) round and round, each time as a text the server has not seen (so it never
 * runs compiled), for as long as the normal load runs. Records, per query, what the server
 * answered (the error code, or `answered`), how long it took and how many bytes came back.
 */
import { summarize } from './stats.ts';
import { unseen, type HostileQuery } from './hostile-queries.ts';

export interface HostileOutcome {
  name: string;
  /** Error codes answered, or `answered`, with how often */
  outcomes: Record<string, number>;
  /** Response times, ms */
  medianMs: number;
  maxMs: number;
  /** Largest response body, bytes */
  maxBytes: number;
}

/** Send the queries on `connections` loops until `until` resolves; the outcome of each query. */
export async function runHostileClient(origin: string, queries: readonly HostileQuery[], connections: number, until: Promise<void>): Promise<HostileOutcome[]> {
  let stopped = false;
  void until.then(() => (stopped = true));
  const times = queries.map(() => [] as number[]);
  const outcomes = queries.map(() => ({}) as Record<string, number>);
  const bytes = queries.map(() => 0);
  let sent = 0;
  const loop = async (offset: number): Promise<void> => {
    for (let i = offset; !stopped; i++) {
      const at = i % queries.length;
      const hostile = queries[at]!;
      const started = performance.now();
      const outcome = await send(origin, unseen(hostile.query, sent++), hostile.variables ?? {});
      times[at]!.push(performance.now() - started);
      outcomes[at]![outcome.code] = (outcomes[at]![outcome.code] ?? 0) + 1;
      bytes[at] = Math.max(bytes[at]!, outcome.bytes);
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, c) => loop(Math.floor((c * queries.length) / connections))));
  return queries.map((q, i) => {
    const stats = summarize(times[i]!.length ? times[i]! : [0]);
    return { name: q.name, outcomes: outcomes[i]!, medianMs: stats.median, maxMs: stats.max, maxBytes: bytes[i]! };
  });
}

async function send(origin: string, query: string, variables: Record<string, unknown>): Promise<{ code: string; bytes: number }> {
  try {
    const response = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return { code: body.errors?.[0]?.extensions?.code ?? (response.ok ? 'answered' : `HTTP ${response.status}`), bytes: text.length };
  } catch (error) {
    return { code: `failed: ${(error as Error).message}`, bytes: 0 };
  }
}
