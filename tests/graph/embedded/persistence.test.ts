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

const WRITE_LOOP = fileURLToPath(new URL('./write-loop.ts', import.meta.url));

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

  it('still loads one whole version after the writing process is killed mid-write', async () => {
    const dataDir = join(root, 'crash');
    // Two versions that differ in content and size: the code, and the code without its amendments.
    const versions = [code, { ...code, amendments: [] }];
    const hashes = versions.map(contentHash);
    const versionsPath = join(root, 'versions.json');
    await writeFile(versionsPath, JSON.stringify(versions));

    for (const writesBeforeKill of [3, 8]) {
      const writes = await runAndKill(dataDir, versionsPath, writesBeforeKill);
      expect(writes).toBeGreaterThanOrEqual(writesBeforeKill);

      const store = await openEmbeddedGraphStore({ dataDir });
      expect(store.loadedDocuments).toBe(1);
      const catalogue = JSON.parse(await readFile(join(dataDir, 'catalogue.json'), 'utf8')) as {
        documents: { contentHash: string }[];
      };
      const held = catalogue.documents[0]?.contentHash;
      expect(hashes).toContain(held);
      const expected = versions[hashes.indexOf(held ?? '')] as IngestedDocument;
      expect((await store.counts()).amendments).toBe(expected.amendments.length);
      expect(await readdir(join(dataDir, 'documents'))).toHaveLength(1);
      await store.close();
    }
  });
});

/** Start the write loop, SIGKILL it in the middle of its next write after `writes` writes; returns writes seen. */
function runAndKill(dataDir: string, versionsPath: string, writes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITE_LOOP, dataDir, versionsPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').filter((l) => l.startsWith('wrote')).length;
      // A write of the code takes milliseconds; killing right after a report lands inside the next one.
      if (seen >= writes && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(seen);
      else reject(new Error(`write loop exited with ${code}: ${stderr}`));
    });
  });
}
