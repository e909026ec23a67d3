/**
 * `npm run term-list`: mine the bilingual term list from the database exports under `../shared/adilet` (`--shared`,
 * ZANGRAPH_SHARED_DIR) and write it to search/analyzer/term-list.json, the thesaurus entries the analyzers read
 * (app/term-list.ts). Run it when the exports change; tests/search/term-list.test.ts fails while the file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mineTermList } from '../app/index.ts';
import { parseCommandLine } from './cli.ts';
import { sharedDir } from './config.ts';

const { env } = parseCommandLine({
  usage: 'npm run term-list --',
  summary: 'Mine the Kazakh–Russian term list from the aligned definitions of the database exports into search/analyzer/term-list.json.',
  flags: {
    shared: {
      type: 'string',
      value: '<dir>',
      description: 'the shared folder holding adilet/ (default ../shared)',
      variable: 'ZANGRAPH_SHARED_DIR',
    },
  },
  variables: ['ZANGRAPH_SHARED_DIR'],
});
const TERM_LIST_COMMENT =
  'Written by `npm run term-list` (app/term-list.ts) from the aligned definitions of the database exports; not edited by hand. Each entry: the Kazakh term, the Russian term the same provision defines, the provisions.';
const entries = await mineTermList(join(sharedDir(env), 'adilet'));
const file = new URL('../search/analyzer/term-list.json', import.meta.url);
await writeFile(file, `${JSON.stringify({ $comment: TERM_LIST_COMMENT, entries }, null, 2)}\n`);
console.log(`${entries.length} pairs written to ${fileURLToPath(file)}`);
