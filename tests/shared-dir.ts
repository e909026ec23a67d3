/**
 * The shared data beside the repository (`../shared`, as CI lays it out), or `ZANGRAPH_SHARED_DIR` where a checkout
 * stands elsewhere (a git worktree). Tests read the database exports from here; nothing is copied into the repository.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = process.env.ZANGRAPH_SHARED_DIR ?? fileURLToPath(new URL('../../shared/', import.meta.url));

/** A folder or file of the database exports: `adiletPath('law-2021-animals', '2025-01-01', 'kaz.md')`. */
export function adiletPath(...parts: string[]): string {
  return join(SHARED_DIR, 'adilet', ...parts);
}
