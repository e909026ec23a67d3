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
import { adiletPath } from '../shared-dir.ts';

const run = runScript;

const SCRIPTS = ['start', 'ingest', 'import', 'bench', 'bench-search', 'eval-search', 'soak', 'web-screenshots'];

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

  it('ingest --json prints the report as JSON alone on stdout, with the reconciliation of the versions --versions names', async () => {
    const { code, stdout } = await run('ingest', ['--json', '--data-dir', dataDir, '--versions', adiletPath('appc-350-VI')]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      documents: { id: string; provisions: { total: number }; amendments: { total: number }; reconciliation: PeriodReconciliation[] }[];
      log: string[];
    };
    const code350 = report.documents.find((d) => d.id.endsWith('/350-VI'));
    expect(code350?.provisions.total).toBeGreaterThan(1000);
    expect(code350?.amendments.total).toBeGreaterThan(0);
    // The code's exports of 2022-12-30 and 2024-01-01 and the seed's text of 2026-01-01 (tests/ingest/versions/reconcile.test.ts)
    expect(code350?.reconciliation.map((p) => [p.from, p.to, p.confirmed, p.unexplained, p.unconfirmed])).toEqual([
      ['2022-12-30', '2024-01-01', 19, 0, 0],
      ['2024-01-01', '2026-01-01', 144, 29, 0],
    ]);
    expect(report.documents.filter((d) => d.reconciliation.length > 0)).toHaveLength(1);
    expect(report.log.join('\n')).toMatch(new RegExp(`embedded ${dataDir}`));
  }, 120_000);
});
