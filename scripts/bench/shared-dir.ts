/** The shared data beside the repository (`../shared`), or ZANGRAPH_SHARED_DIR where a checkout stands elsewhere (a git worktree). */
import { sharedDir } from '../config.ts';

export const SHARED_DIR = sharedDir(process.env);
