/**
 * `npm run bench -- --quick --out <tmp>` runs every benchmark and writes a well-formed
 * results.json and REPORT.md. No timing is asserted: only that the run completes and that
 * what it writes is complete and finite.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCHMARKS } from '../../scripts/bench/registry.ts';
import type { BenchResults } from '../../scripts/bench/types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run bench -- --quick', () => {
  let out: string;
  let run: { status: number | null; stderr: string };
  let results: BenchResults;
  let report: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'zangraph-bench-test-'));
    // spawned, not spawnSync: a blocked worker cannot answer vitest's RPC for the run's duration
    run = await new Promise((resolve, reject) => {
      const child = spawn('npm', ['run', 'bench', '--', '--quick', '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('error', reject);
      child.once('close', (status) => resolve({ status, stderr }));
    });
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResults;
    report = readFileSync(join(out, 'REPORT.md'), 'utf8');
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits successfully, every benchmark having run without failure', () => {
    const failed = results.benchmarks.filter((b) => b.status !== 'ok').map((b) => `${b.name}: ${b.error ?? b.failures.join('; ')}`);
    expect(failed).toEqual([]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('reports every registered benchmark, in order, each with measurements', () => {
    expect(results.benchmarks.map((b) => b.name)).toEqual(BENCHMARKS.map((b) => b.name));
    for (const b of results.benchmarks) expect(b.measurements.length, b.name).toBeGreaterThan(0);
    expect(results.quick).toBe(true);
  });

  it('writes only finite, non-negative figures with consistent summaries', () => {
    for (const m of results.benchmarks.flatMap((b) => b.measurements)) {
      for (const value of [m.median, m.min, m.max, m.runs, m.p95 ?? 0, m.p99 ?? 0]) {
        expect(Number.isFinite(value) && value >= 0, `${m.name}: ${value}`).toBe(true);
      }
      expect(m.min, m.name).toBeLessThanOrEqual(m.median);
      expect(m.median, m.name).toBeLessThanOrEqual(m.max);
      expect(m.runs, m.name).toBeGreaterThanOrEqual(1);
    }
  });

  it('checks the issue targets it can, each with a finite figure and a verdict', () => {
    const targets = results.benchmarks.flatMap((b) => b.targets);
    const names = targets.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'whole seed corpus ingest',
        'ingest throughput vs raw floor',
        'search p95 at 1×',
        'cold start with a persisted store',
      ]),
    );
    for (const t of targets) {
      expect(Number.isFinite(t.value), t.name).toBe(true);
      expect(typeof t.met).toBe('boolean');
    }
  });

  it('describes the machine the figures were measured on', () => {
    expect(results.machine.cpuCount).toBeGreaterThan(0);
    expect(results.machine.node).toBe(process.version);
    expect(report).toContain(`Node ${process.version}`);
  });

  it('renders a table per benchmark in REPORT.md, holding each measurement', () => {
    for (const b of results.benchmarks) {
      expect(report).toContain(`## ${b.name}`);
      for (const m of b.measurements) expect(report).toContain(`| ${m.name} | ${m.unit} |`);
    }
  });
});
