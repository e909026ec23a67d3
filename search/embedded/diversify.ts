/**
 * Result diversification, engine-neutral: among the first `window` results at most `perGroup`
 * of one group (a parent section), so ten paragraphs of one section do not fill a page that a
 * paragraph elsewhere also answers. The others are pushed down to the end of the window, in their
 * order, never dropped. Only a fixed window is reordered, so every page of a paged query is cut
 * from the same order.
 */
export function diversify<T>(ranked: readonly T[], groupOf: (item: T) => string, perGroup: number, window: number): T[] {
  if (!(perGroup > 0) || perGroup === Infinity) return [...ranked];
  const kept: T[] = [];
  const pushed: T[] = [];
  const counts = new Map<string, number>();
  for (const item of ranked.slice(0, window)) {
    const group = groupOf(item);
    const seen = counts.get(group) ?? 0;
    counts.set(group, seen + 1);
    (seen < perGroup ? kept : pushed).push(item);
  }
  return [...kept, ...pushed, ...ranked.slice(window)];
}
