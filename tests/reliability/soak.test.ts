/** `npm run soak` run briefly: its report is well-formed, its exit code follows its error count, and it fails on bad options. No timing and no error-free load is asserted. */
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
  it('checks every distinct request answers with data, then reports requests, errors, latency percentiles and memory, and exits 1 exactly when a request failed', async () => {
    // How many requests fail under load depends on the machine (a 10 s answer counts as an error): the full
    // `npm run soak` asserts zero errors; this run checks the report and the exit code that follows from it.
    const { code, stdout, stderr } = await soak(['--seconds', '1', '--connections', '4']);
    expect(stderr.replace(/npm warn .*\n?/g, '')).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    // 12 of each kind (scripts/soak.ts PER_KIND), each checked for data before the load
    expect(lines[0]).toMatch(
      /^soak: 1 s at 4 connections on http:\/\/127\.0\.0\.1:\d+\/graphql, 48 distinct requests \(12 article lookup, 12 amendment history, 12 citation traversal, 12 search\)$/,
    );
    expect(lines[1]).toMatch(new RegExp(`^requests: \\d+ \\(${NUMBER} req/s\\)$`));
    const errors = Number(/^errors: (\d+)$/.exec(lines[2] ?? '')?.[1] ?? Number.NaN);
    expect(errors).toBeGreaterThanOrEqual(0);
    expect(code).toBe(errors === 0 ? 0 : 1);
    expect(lines[3]).toMatch(new RegExp(`^latency: p50 ${NUMBER} ms, p99 ${NUMBER} ms, max ${NUMBER} ms$`));
    for (const [line, name] of [
      [lines[4], 'rss'],
      [lines[5], 'heap'],
    ] as const) {
      expect(line).toMatch(new RegExp(`^${name}: start ${NUMBER} MB, end ${NUMBER} MB, ratio ${NUMBER}$`));
    }
  }, 120_000);

  it('with --hostile, reports the load without and beside the hostile client and each hostile query’s estimate and outcome', async () => {
    const { code, stdout } = await soak(['--seconds', '2', '--connections', '4', '--hostile']);
    expect(code).toBe(0);
    const run = (label: string) =>
      new RegExp(
        `^${label}: \\d+ requests \\(${NUMBER} req/s\\), errors 0, p50 ${NUMBER} ms, p99 ${NUMBER} ms, max ${NUMBER} ms, peak rss ${NUMBER} MB$`,
        'm',
      );
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
