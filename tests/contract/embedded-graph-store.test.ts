import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openEmbeddedGraphStore } from '../../graph/embedded.ts';
import { graphStoreContract } from './graph-store.contract.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

graphStoreContract('embedded', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zangraph-contract-'));
  dirs.push(dataDir);
  return openEmbeddedGraphStore({ dataDir });
}, 'pinned');
