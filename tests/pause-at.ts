/**
 * Pauses a child process at a named point of its file writes, so a test can SIGKILL it exactly
 * there instead of at a moment that depends on the machine's speed. Loaded with
 * `node --import tsx --import ./tests/pause-at.ts …` and `PAUSE_AT=<when>:<file>:<n>` in the
 * child's environment: `before` or `after` the n-th `rename` (from node:fs/promises) onto a path
 * that contains `<file>` (`catalogue.json`, `/documents/`, `search-index.json`). There the process prints `paused <PAUSE_AT>` and waits forever.
 *
 * Every write of the embedded stores ends in such a rename (a temp file renamed over its target),
 * so the renames name the points that matter: a document file in place, the catalogue committed,
 * the search index replaced. The hook replaces the built-in module's export, not our code.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';

export const PAUSE_AT = 'PAUSE_AT';

export type PausePoint = `${'before' | 'after'}:${string}:${number}`;

const spec = process.env[PAUSE_AT];
if (spec) {
  const match = /^(before|after):(.+):(\d+)$/.exec(spec);
  if (!match) throw new Error(`${PAUSE_AT}=${spec}: expected before|after:<file>:<n>`);
  const [, when, file = '', nth] = match;
  const fsp = createRequire(import.meta.url)('node:fs/promises') as typeof import('node:fs/promises');
  const rename = fsp.rename;
  let seen = 0;
  const pause = () => {
    process.stdout.write(`paused ${spec}\n`);
    setInterval(() => {}, 2 ** 30); // keeps the process alive until it is killed
    return new Promise<never>(() => {});
  };
  fsp.rename = async (from, to) => {
    const hit = String(to).includes(file) && ++seen === Number(nth);
    if (hit && when === 'before') return pause();
    await rename(from, to);
    if (hit) return pause();
  };
  syncBuiltinESMExports();
}
