/**
 * Run before every test file (vitest `setupFiles`): the shell's backend configuration must not
 * change what `npm test` runs. A developer who exported `ZANGRAPH_GRAPH=neo4j` or `NEO4J_URI` for
 * `npm start` would otherwise run other tests than CI, and point the real-server contract suites at
 * that server. So `ZANGRAPH_*`, `NEO4J_*` and `MEILI_*` are removed from the tests' environment
 * (children the tests spawn inherit it), except with `ZANGRAPH_TEST_REAL_SERVERS=1`, which lets
 * `NEO4J_*` and `MEILI_*` through for the real-server suites, and the backend choice `ZANGRAPH_GRAPH` /
 * `ZANGRAPH_SEARCH` for an end-to-end run of the API tests on those servers (.ci/run), and `ZANGRAPH_HELDOUT_ACTS`
 * (acts kept outside the repository, which tests/search/outside-act-queries.test.ts checks); other `ZANGRAPH_*` still go,
 * but `ZANGRAPH_SHARED_DIR`, where the database exports lie.
 */
export const REAL_SERVERS_OPT_IN = 'ZANGRAPH_TEST_REAL_SERVERS';

const BACKEND_VARIABLE = /^(?:ZANGRAPH|NEO4J|MEILI)_/;
/** Where the shared data lies (tests/shared-dir.ts) for a checkout that is a git worktree: a place, not a backend, so kept. */
export const SHARED_DIR_VARIABLE = 'ZANGRAPH_SHARED_DIR';
/** What the opt-in lets through: the servers, the backend choice, the held-out acts, and the opt-in itself (children see it too). */
export const SERVER_VARIABLE = /^(?:NEO4J_|MEILI_|ZANGRAPH_GRAPH$|ZANGRAPH_SEARCH$|ZANGRAPH_HELDOUT_ACTS$|ZANGRAPH_TEST_REAL_SERVERS$)/;

/** Delete the backend variables from `env` (in place); returns the names deleted. */
export function isolateEnvironment(env: Record<string, string | undefined>): string[] {
  const realServers = env[REAL_SERVERS_OPT_IN] === '1';
  const removed = Object.keys(env).filter(
    (name) => BACKEND_VARIABLE.test(name) && name !== SHARED_DIR_VARIABLE && !(realServers && SERVER_VARIABLE.test(name)),
  );
  for (const name of removed) delete env[name];
  return removed.sort();
}

isolateEnvironment(process.env);
