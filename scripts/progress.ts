/**
 * A progress bar for long command-line runs (importing a long version history), over cli-progress: drawn on stderr
 * when stderr is a terminal, silent otherwise, so piped output and logs carry no control characters.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One step done; `detail` names it (the version date being read) */
  tick(detail?: string): void;
  /** Finish the bar (a run cut short leaves it where it stopped) */
  stop(): void;
}

/** A bar counting `total` steps, labelled `label`, on `stream` if it is a TTY; a silent one otherwise. */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {value}/{total} {detail}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { detail: '' });
  return {
    tick(detail = '') {
      bar.increment(1, { detail });
    },
    stop() {
      bar.stop();
    },
  };
}
