/**
 * A manifest entry that does not match its file: the file is missing, or its SHA-256 differs.
 * The error names the text file and the manifest line of the entry, and the store is unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILE, expectRefusedAndStoreUnchanged, makeCorpus, seedBytes, storeWithSeeds } from './fixture.ts';

/** 1-based line of the manifest holding `needle`. */
function manifestLine(corpusDir: string, needle: string): number {
  const line =
    readFileSync(join(corpusDir, 'manifest.json'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;
  expect(line).toBeGreaterThan(0);
  return line;
}

describe('manifest entries that do not match their files', () => {
  it('refuses an entry whose file is missing, naming the file and the manifest line, and leaves the store unchanged', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: 'gone.txt' }]);
    const line = manifestLine(corpus, '"file": "gone.txt"');
    await expectRefusedAndStoreUnchanged(
      store,
      corpus,
      new RegExp(`^gone\\.txt:1:1: the manifest lists a file that cannot be read \\(manifest\\.json line ${line}\\): .*ENOENT`),
    );
    await store.close();
  });

  it('refuses a text whose SHA-256 differs from the entry, naming both hashes and the manifest line, and leaves the store unchanged', async () => {
    const store = await storeWithSeeds([ARTICLE_FILE]);
    // The manifest announces a new version of the text (one more line), but the file on disk is another edit.
    const bytes = seedBytes(ARTICLE_FILE);
    const edited = Buffer.concat([bytes, Buffer.from(' ')]);
    const actual = createHash('sha256').update(edited).digest('hex');
    const stated = createHash('sha256')
      .update(Buffer.concat([bytes, Buffer.from('\n')]))
      .digest('hex');
    const corpus = makeCorpus([{ like: ARTICLE_FILE, file: ARTICLE_FILE, bytes: edited, sha256: stated }]);
    const line = manifestLine(corpus, stated);
    const error = await expectRefusedAndStoreUnchanged(
      store,
      corpus,
      new RegExp(
        `^${ARTICLE_FILE.replace(/\./g, '\\.')}:1:1: SHA-256 mismatch: the manifest says ${stated} \\(manifest\\.json line ${line}\\), the file has ${actual}`,
      ),
    );
    expect(error.message).toContain('texts are never edited');
    await store.close();
  });
});
