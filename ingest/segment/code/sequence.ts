/**
 * Numbering sequences of a code: `1, 2, 2-1, 2-2, 3`. A unit `N-M` is inserted after `N`
 * (or after `N-(M-1)`), a unit `N+1` follows `N` or any `N-M`.
 */

/** Whether `cur` is the number that may follow `prev` (null: `cur` opens the sequence). */
export function fitsAfter(prev: string | null, cur: string): boolean {
  const c = cur.split('-').map(Number);
  if (prev === null) return cur === '1';
  const p = prev.split('-').map(Number);
  const [c0, c1] = c;
  const [p0, p1] = p;
  if (c0 === undefined || p0 === undefined) return false;
  if (c.length === 1) return c0 === p0 + 1;
  if (c.length === 2) return c0 === p0 && c1 === (p1 ?? 0) + 1;
  return false;
}
