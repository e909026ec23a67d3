/** Contract runs against real servers: run when the server's variable is set, otherwise one visible skip. */
import { describe, it } from 'vitest';

export function whenServerConfigured(suite: string, variable: string, howToRun: string, run: () => void): void {
  if (process.env[variable]?.trim()) {
    run();
    return;
  }
  const reason = `skipped: ${variable} is not set — ${howToRun}`;
  // Printed as well, because the default reporter shows a skipped test's count, not its name.
  console.info(`${suite} ${reason}`);
  describe(suite, () => {
    it.skip(reason, () => {});
  });
}
