/**
 * Command-line manners of the scripts (issue 13): `--help`, unknown flags, configuration checked
 * before anything loads, one-line errors, `--json` for the ingest report. The scripts run as
 * child processes, as a user runs them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../run-script.ts';
import type { PeriodReconciliation } from '../../ingest/index.ts';

const run = runScript;

const SCRIPTS = ['start', 'ingest', 'import', 'eval-import', 'bench', 'bench-search', 'eval-search', 'soak', 'web-screenshots'];

describe('every script', () => {
  it.each(SCRIPTS)('%s: --help lists its flags and exits 0 without doing anything', async (name) => {
    const { code, stdout } = await run(name, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: /);
    expect(stdout).toMatch(/--help/);
  });

  it.each(SCRIPTS)('%s: an unknown flag is refused with exit status 2 and one line naming it', async (name) => {
    const { code, stdout, stderr } = await run(name, ['--no-such-flag']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(/--no-such-flag/);
  });
});

describe('npm start and npm run ingest', () => {
  let dataDir: string;
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zangraph-cli-'));
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    busy.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('start --help names the environment variables it reads and the flags that override them', async () => {
    const { stdout } = await run('start', ['--help']);
    for (const text of ['--port <n>', '--data-dir <dir>', 'overrides PORT', 'ZANGRAPH_DATA_DIR', 'ZANGRAPH_GRAPH', 'PORT'])
      expect(stdout).toContain(text);
  });

  it('refuses PORT=abc in one line before opening any store', async () => {
    const { code, stdout, stderr } = await run('start', [], { PORT: 'abc', ZANGRAPH_DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stdout).toBe(''); // the backends' description is the first thing printed after the configuration
    expect(stderr).toMatch(/PORT must be a port number from 0 to 65535; got "abc"/);
    expect(stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it('takes --port over PORT, validated the same way', async () => {
    const { code, stderr } = await run('start', ['--port', '70000'], { PORT: '0', ZANGRAPH_DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/got "70000"/);
  });

  it('says in one line that the port is in use, without a stack', async () => {
    const { code, stderr } = await run('start', ['--port', String(busyPort), '--host', '127.0.0.1', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`cannot serve: port ${busyPort} on 127.0.0.1 is in use; choose another with --port or PORT`);
  }, 120_000);

  it('ingest --json prints the report as JSON alone on stdout', async () => {
    const { code, stdout } = await run('ingest', ['--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      documents: { id: string; provisions: { total: number }; amendments: { total: number }; reconciliation: PeriodReconciliation[] }[];
      log: string[];
    };
    const code350 = report.documents.find((d) => d.id.endsWith('/350-VI'));
    expect(code350?.provisions.total).toBeGreaterThan(1000);
    expect(code350?.amendments.total).toBeGreaterThan(0);
    // The seed corpus holds one version of each work: nothing to reconcile (tests/ingest/versions/report.test.ts).
    expect(report.documents.filter((d) => d.reconciliation.length > 0)).toEqual([]);
    expect(report.log.join('\n')).toMatch(new RegExp(`embedded ${dataDir}`));
  }, 120_000);
});

describe('npm run import and npm run eval:import', () => {
  it.each(['import', 'eval-import'])('%s --help names its folder argument, its flags and the variables it reads', async (name) => {
    const { stdout } = await run(name, ['--help']);
    expect(stdout.split('\n')[0]).toMatch(/\[flags\] <folder>$/);
    expect(stdout).toMatch(/^arguments:\n {2}<folder> /m);
    expect(stdout).toContain('--json');
    if (name === 'import')
      for (const text of ['--data-dir <dir>', 'ZANGRAPH_DATA_DIR', 'ZANGRAPH_GRAPH', 'MEILI_HOST']) expect(stdout).toContain(text);
    else expect(stdout).toContain('--expected <file>');
  });

  it.each(['import', 'eval-import'])('%s without a folder, or with two, is a usage error (exit 2, one line)', async (name) => {
    const none = await run(name, []);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe('missing <folder>: got 0');
    const two = await run(name, ['a', 'b']);
    expect(two.code).toBe(2);
    expect(two.stderr.split('\n')[0]).toBe('too many arguments; expected <folder>: got 2');
  });

  it('eval:import measures a shared export folder against its expectations', async () => {
    const { code, stdout } = await run('eval-import', ['--json', '../shared/adilet']);
    expect(code).toBe(0);
    const { total } = JSON.parse(stdout) as { total: { name: string; expected: number }[] };
    expect(total.find((m) => m.name === 'articles found')?.expected).toBeGreaterThan(0);
  }, 120_000);
});
