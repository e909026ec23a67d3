import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedGraphStore } from '../../../graph/embedded/store.ts';
import type { IngestedDocument } from '../../../model/index.ts';
import { contentHash } from '../../../graph/port.ts';
import { CODE_ID, ingestedCode } from '../../contract/corpus-fixture.ts';
import { PAUSE_AT, type PausePoint } from '../../pause-at.ts';

const WRITE_LOOP = fileURLToPath(new URL('./write-loop.ts', import.meta.url));
const PAUSE_HOOK = fileURLToPath(new URL('../../pause-at.ts', import.meta.url));

describe('embedded store persistence', () => {
  let code: IngestedDocument;
  let root: string;
  beforeAll(async () => {
    code = await ingestedCode();
    root = await mkdtemp(join(tmpdir(), 'zangraph-persist-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reopens the stored graph from disk, without being handed the document again', async () => {
    const dataDir = join(root, 'reopen');
    const first = await openEmbeddedGraphStore({ dataDir });
    expect(first.loadedDocuments).toBe(0);
    await first.writeDocument(code);
    const counts = await first.counts();
    await first.close();

    const second = await openEmbeddedGraphStore({ dataDir });
    expect(second.loadedDocuments).toBe(1);
    expect(await second.counts()).toEqual(counts);
    expect(await second.getProvisions([code.provisions[10]?.id ?? ''])).toEqual([code.provisions[10]]);
    expect(code.diagnostics.length).toBeGreaterThan(0);
    expect(await second.diagnosticsOfDocuments([CODE_ID])).toEqual([code.diagnostics]);
    expect(await second.writeDocument(code)).toEqual({ documentId: CODE_ID, status: 'unchanged' });
    await second.close();
  });

  it('sweeps temp files and orphan document files left by an interrupted write', async () => {
    const dataDir = join(root, 'sweep');
    const store = await openEmbeddedGraphStore({ dataDir });
    await store.writeDocument(code);
    await store.close();
    await writeFile(join(dataDir, 'documents', 'orphan.json'), '{"half":');
    await writeFile(join(dataDir, 'catalogue.json.tmp-1-1'), '{"half":');

    const reopened = await openEmbeddedGraphStore({ dataDir });
    expect(reopened.loadedDocuments).toBe(1);
    expect(await readdir(join(dataDir, 'documents'))).toHaveLength(1);
    expect((await readdir(dataDir)).sort()).toEqual(['catalogue.json', 'documents']);
    await reopened.close();
  });

  it('names the missing file when the catalogue points at a document file that is gone', async () => {
    const dataDir = join(root, 'missing');
    const store = await openEmbeddedGraphStore({ dataDir });
    await store.writeDocument(code);
    await store.close();
    const [file = ''] = await readdir(join(dataDir, 'documents'));
    await rm(join(dataDir, 'documents', file));
    await expect(openEmbeddedGraphStore({ dataDir })).rejects.toThrow(new RegExp(`\\[graph:embedded\\].*${file}.*missing`));
  });

  // The write loop writes the code, then the code without its amendments, in turn: write w holds versions[(w - 1) % 2].
  it.each([
    { at: 'before:/documents/:3', writes: 2, holds: 1, why: 'the new document file is not in place' },
    { at: 'before:catalogue.json:3', writes: 2, holds: 1, why: 'the new document file is in place but the catalogue names the old one' },
    { at: 'after:catalogue.json:3', writes: 2, holds: 0, why: 'the catalogue names the new file, the old one is not yet deleted' },
    { at: 'after:catalogue.json:8', writes: 7, holds: 1, why: 'the catalogue names the new file, the old one is not yet deleted' },
  ] as const)(
    'loads one whole version, the one committed, after the writing process is killed $at ($why)',
    async ({ at, writes, holds }) => {
      const dataDir = join(root, `crash-${at.replace(/\W/g, '-')}`);
      // Two versions that differ in content and size: the code, and the code without its amendments.
      const versions = [code, { ...code, amendments: [] }];
      const versionsPath = join(root, 'versions.json');
      await writeFile(versionsPath, JSON.stringify(versions));

      expect(await runAndKill(dataDir, versionsPath, at)).toBe(writes);
      const store = await openEmbeddedGraphStore({ dataDir });
      expect(store.loadedDocuments).toBe(1);
      const catalogue = JSON.parse(await readFile(join(dataDir, 'catalogue.json'), 'utf8')) as { documents: { contentHash: string }[] };
      expect(catalogue.documents.map((d) => d.contentHash)).toEqual([contentHash(versions[holds] as IngestedDocument)]);
      expect((await store.counts()).amendments).toBe(versions[holds]?.amendments.length);
      // the file of the other version, or the temp file, is swept on open
      expect(await readdir(join(dataDir, 'documents'))).toHaveLength(1);
      await store.close();
    },
  );
});

/** Start the write loop paused at `at` (tests/pause-at.ts), SIGKILL it there; returns the writes it reported. */
function runAndKill(dataDir: string, versionsPath: string, at: PausePoint): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PAUSE_HOOK, WRITE_LOOP, dataDir, versionsPath], {
      env: { ...process.env, [PAUSE_AT]: at },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().split('\n');
      seen += lines.filter((l) => l.startsWith('wrote')).length;
      if (lines.includes(`paused ${at}`)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(seen);
      else reject(new Error(`write loop exited with ${code}: ${stderr}`));
    });
  });
}
