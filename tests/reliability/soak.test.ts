/** `npm run soak` run briefly: its report is well-formed and it fails on bad options. No timing is asserted. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function soak(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'soak', '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;

describe('npm run soak', () => {
  it('reports requests, zero errors, latency percentiles and memory before and after, and exits 0', async () => {
    const { code, stdout, stderr } = await soak(['--seconds', '3', '--connections', '8']);
    expect(stderr.replace(/npm warn .*\n?/g, '')).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^soak: 3 s at 8 connections on http:\/\/127\.0\.0\.1:\d+\/graphql, \d+ distinct requests \(\d+ article lookup, \d+ amendment history, \d+ citation traversal, \d+ search\)$/);
    expect(lines[1]).toMatch(new RegExp(`^requests: [1-9]\\d* \\(${NUMBER} req/s\\)$`));
    expect(lines[2]).toBe('errors: 0');
    expect(lines[3]).toMatch(new RegExp(`^latency: p50 ${NUMBER} ms, p99 ${NUMBER} ms, max ${NUMBER} ms$`));
    for (const [line, name] of [[lines[4], 'rss'], [lines[5], 'heap']] as const) {
      expect(line).toMatch(new RegExp(`^${name}: start ${NUMBER} MB, end ${NUMBER} MB, ratio ${NUMBER}$`));
    }
  }, 120_000);

  it('with --hostile, reports the load without and beside the hostile client and each hostile query’s estimate and outcome', async () => {
    const { code, stdout } = await soak(['--seconds', '2', '--connections', '4', '--hostile']);
    expect(code).toBe(0);
    const run = (label: string) =>
      new RegExp(`^${label}: \\d+ requests \\(${NUMBER} req/s\\), errors 0, p50 ${NUMBER} ms, p99 ${NUMBER} ms, max ${NUMBER} ms, peak rss ${NUMBER} MB$`, 'm');
    expect(stdout).toMatch(run('without hostile client'));
    expect(stdout).toMatch(run('with hostile client \\(\\d+ connections\\)'));
    expect(stdout).toMatch(new RegExp(`^p99 with / without: ${NUMBER}$`, 'm'));
    expect(stdout).toMatch(/^provisions of every provision’s document \(63 bytes\) \| \d+ \| QUERY_LIMIT_EXCEEDED ×\d+ \|/m);
  }, 120_000);

  it('refuses a run without a bound, naming the option', async () => {
    const { code, stderr } = await soak(['--seconds', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain('soak: --seconds must be a whole number from 1 to 3600; got "0"');
  }, 60_000);
});
