import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../scripts/progress.ts';

/** A stream that records what is written to it, a terminal or not. */
function recorder(isTTY: boolean): { stream: NodeJS.WriteStream; written(): string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, written: () => Buffer.concat(chunks).toString('utf8') };
}

describe('createProgress', () => {
  it('draws a bar with the label, the count and the step on a terminal', async () => {
    const { stream, written } = recorder(true);
    const progress = createProgress('versions', 3, stream);
    progress.tick('2022-12-30');
    progress.tick('2024-01-01');
    progress.tick('2026-01-01');
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toContain('versions [');
    expect(written()).toContain('3/3 2026-01-01');
  });

  it('writes nothing when the output is not a terminal', async () => {
    const { stream, written } = recorder(false);
    const progress = createProgress('versions', 2, stream);
    progress.tick('2022-12-30');
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe('');
  });
});
