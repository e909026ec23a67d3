import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/errors.ts';
import { readCorpus, readManifest } from '../../ingest/manifest.ts';
import { CODE_FILE, CODE_ID } from './code-fixture.ts';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const POLICY = 'policy-lprc-2021-administrative-procedures.txt';
const temps: string[] = [];

/** A writable copy of the corpus, to damage. */
function copyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zangraph-corpus-'));
  temps.push(dir);
  cpSync(corpusDir, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('corpus manifest', () => {
  it('reads the five corpus documents with their FRBR ids, kinds and checked texts', async () => {
    const texts = await readCorpus(corpusDir);
    expect(texts.map((t) => t.document.kind)).toEqual(['code', 'policy', 'policy', 'article', 'textbook']);
    const code = texts[0];
    expect(code?.document).toMatchObject({
      id: CODE_ID,
      file: CODE_FILE,
      number: '350-VI',
      date: '2020-06-29',
      consolidatedAsOf: '2026-01-01',
      shortNames: ['ӘРПК'],
    });
    expect(code?.raw).toBe(readFileSync(join(corpusDir, CODE_FILE), 'utf8'));
  });

  it('rejects a text whose SHA-256 differs from the manifest, naming the file', async () => {
    const dir = copyCorpus();
    writeFileSync(join(dir, POLICY), `${readFileSync(join(dir, POLICY), 'utf8')} `);
    const read = readCorpus(dir);
    await expect(read).rejects.toBeInstanceOf(IngestError);
    await expect(read).rejects.toThrow(new RegExp(`^${POLICY}:1:1: SHA-256 mismatch`));
  });

  it('rejects a manifest that lists a missing file, naming the file', async () => {
    const dir = copyCorpus();
    rmSync(join(dir, POLICY));
    await expect(readCorpus(dir)).rejects.toThrow(new RegExp(`^${POLICY}:1:1: the manifest lists a file that cannot be read`));
  });

  it('rejects an entry of unknown kind, pointing at its line of the manifest with a caret', async () => {
    const dir = copyCorpus();
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    writeFileSync(join(dir, 'manifest.json'), manifest.replace('"kind": "textbook"', '"kind": "novel"'));
    const idLine = manifest.split('\n').findIndex((l) => l.includes('/akn/kz/doc/textbook/')) + 1;
    await expect(readManifest(dir)).rejects.toThrow(
      new RegExp(`^manifest\\.json:${idLine}:\\d+: manifest entry 4: unknown kind \`novel\`\\n ${idLine} \\| .*textbook.*\\n +\\| +\\^$`),
    );
  });
});
