import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql@16 ships CJS (`main`) and ESM (`module`) builds without an `exports` map: Vite picks the
  // ESM build for our files while Node loads the CJS one for graphql-yoga and @graphql-tools, and
  // two instances of graphql refuse each other's types. Point Vite at the build Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    // The shell's ZANGRAPH_*, NEO4J_*, MEILI_* never reach a test (ZANGRAPH_TEST_REAL_SERVERS=1 lets the servers' through).
    setupFiles: ['tests/isolate-environment.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
