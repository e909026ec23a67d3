/**
 * The progress of a corpus sync (the documents written to the graph store, then the search index) as a bar on
 * stderr (scripts/progress.ts: drawn on a terminal, silent otherwise, so CI logs and pipes stay clean).
 */
import type { SyncStep } from '../app/index.ts';
import { createProgress, type Progress } from './progress.ts';

/** An `onProgress` for syncStores drawing one bar labelled `label`, created at the first step (when the total is known). */
export function syncProgressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): { onProgress(step: SyncStep): void; stop(): void } {
  let bar: Progress | null = null;
  return {
    onProgress(step) {
      bar ??= createProgress(label, step.total, stream);
      bar.tick(step.detail);
      if (step.done === step.total) this.stop();
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
