import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ID } from '../contract/corpus-fixture.ts';
import { claimScratchDatabase, type ScratchDatabase } from '../contract/neo4j-scratch.ts';
import { graphql } from './graphql-client.ts';

const START = fileURLToPath(new URL('../../scripts/start.ts', import.meta.url));

interface Started {
  child: ChildProcess;
  output: string;
  url: string;
}

/** Run `npm start`'s script on a free port until it says where it serves. */
function start(dataDir: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', START], {
      env: { ...process.env, ZANGRAPH_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const served = /serving (http:\/\/\S+)/.exec(output);
      if (served?.[1]) resolve({ child, output, url: served[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
}

function stop({ child }: Started): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('npm start', () => {
  let dataDir: string;
  // With ZANGRAPH_GRAPH=neo4j (inherited by the child) the store is the scratch Neo4j database, emptied here.
  let scratch: ScratchDatabase | null = null;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zangraph-start-'));
    if (process.env.ZANGRAPH_GRAPH === 'neo4j') scratch = await claimScratchDatabase();
  });
  afterAll(async () => {
    await scratch?.release();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('ingests into an empty data directory, then a restart loads the store without ingesting', async () => {
    const first = await start(dataDir);
    expect(first.output).toMatch(/store held 0 documents; ingested corpus \(5 stale\):.*created \/akn\/kz\/act\/code\/2020-06-29\/350-VI/);
    const answer = await graphql<{ document: { number: string } }>(fetch, `{ document(id: "${CODE_ID}") { number } }`, {}, first.url);
    expect(answer.data?.document.number).toBe('350-VI');
    await stop(first);

    const second = await start(dataDir);
    expect(second.output).toMatch(/store held 5 documents, up to date with the manifest: nothing ingested/);
    expect(second.output).not.toMatch(/ingested corpus/);
    const again = await graphql<{ document: { number: string } }>(fetch, `{ document(id: "${CODE_ID}") { number } }`, {}, second.url);
    expect(again.data?.document.number).toBe('350-VI');
    await stop(second);
  });
});
