/**
 * Contract runs against real servers: run when the server's variable is set, otherwise one visible skip.
 * `npm test` passes the shell's server variables on only with ZANGRAPH_TEST_REAL_SERVERS=1 (tests/isolate-environment.ts).
 */
import { describe, it } from 'vitest';
import { REAL_SERVERS_OPT_IN } from '../isolate-environment.ts';

export function whenServerConfigured(suite: string, variable: string, howToRun: string, run: () => void): void {
  if (process.env[variable]?.trim()) {
    run();
    return;
  }
  const reason = `skipped: ${variable} is not set — ${howToRun}, with ${REAL_SERVERS_OPT_IN}=1`;
  // Printed as well, because the default reporter shows a skipped test's count, not its name.
  console.info(`${suite} ${reason}`);
  describe(suite, () => {
    it.skip(reason, () => {});
  });
}
