/**
 * The k best of many scored items without sorting them all: a bounded min-heap, O(n log k).
 * A page of 10 out of 100,000 matches needs only the 10 (plus the phrase-check window) in order.
 */

/** Whether item a ranks below item b: lower score, or the same score and a later position. */
const below = (scores: Float64Array, a: number, b: number): boolean =>
  (scores[a] ?? 0) < (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a > b);

/** Positions `0 … count-1` of the `k` highest `scores`, best first (ties: earlier position first). */
export function topK(scores: Float64Array, count: number, k: number): number[] {
  const heap: number[] = [];
  const siftDown = (from: number): void => {
    for (let at = from; ;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < heap.length && below(scores, heap[left] ?? 0, heap[least] ?? 0)) least = left;
      if (right < heap.length && below(scores, heap[right] ?? 0, heap[least] ?? 0)) least = right;
      if (least === at) return;
      [heap[at], heap[least]] = [heap[least] ?? 0, heap[at] ?? 0];
      at = least;
    }
  };
  for (let i = 0; i < count; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let at = heap.length - 1; at > 0;) {
        const parent = (at - 1) >> 1;
        if (!below(scores, heap[at] ?? 0, heap[parent] ?? 0)) break;
        [heap[at], heap[parent]] = [heap[parent] ?? 0, heap[at] ?? 0];
        at = parent;
      }
    } else if (k > 0 && below(scores, heap[0] ?? 0, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (below(scores, a, b) ? 1 : below(scores, b, a) ? -1 : 0));
}
