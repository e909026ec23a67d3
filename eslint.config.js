// Lint: the type-aware rules that catch what tsc does not — promises nobody awaits or handles, and
// unused code. Formatting is Prettier's job (npm run format), not the linter's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'out/', 'bench/tmp/', 'corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': 'error',
      'no-unreachable': 'error',
      'no-useless-catch': 'error',
    },
  },
  // The web pages' own scripts run in the browser.
  { files: ['web/assets/**/*.js'], languageOptions: { globals: { ...globals.browser, YogaGraphiQL: 'readonly', cytoscape: 'readonly' } } },
  // Finding control characters in a corpus file is this module's job.
  { files: ['ingest/decode.ts'], rules: { 'no-control-regex': 'off' } },
);
