/** The shared data beside the repository (`../shared`), or ZANGRAPH_SHARED_DIR where a checkout stands elsewhere (a git worktree). */
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = process.env.ZANGRAPH_SHARED_DIR ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
