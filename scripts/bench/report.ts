/** Writing a run's results: `results.json` for machines, `REPORT.md` (a table per benchmark) for people. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchmarkResult, BenchResults, Measurement, TargetCheck } from './types.ts';

export async function writeResults(outDir: string, results: BenchResults): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(outDir, 'REPORT.md'), renderReport(results));
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const targets = results.benchmarks.flatMap((b) => b.targets);
  const met = targets.filter((t) => t.met).length;
  const lines = [
    '# zangraph benchmarks',
    '',
    `Run ${results.startedAt}${results.quick ? ' (quick: fewer runs, smaller scales)' : ''}, ${results.seconds.toFixed(0)} s.`,
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.totalMemoryGB} GB, Node ${machine.node}, ${machine.platform}; load average ${machine.loadAverage} at start${machine.loadAverage > machine.cpuCount ? ' (busy machine: figures are skewed)' : ''}.`,
    `Targets of issue 8: ${met} of ${targets.length} met. Regenerate with \`npm run bench\`.`,
    '',
  ];
  for (const benchmark of results.benchmarks) lines.push(...renderBenchmark(benchmark), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderBenchmark(b: BenchmarkResult): string[] {
  const lines = [`## ${b.name}${b.status === 'failed' ? ' — FAILED' : ''}`, '', b.description, ''];
  if (b.error) lines.push(`**Error:** ${b.error}`, '');
  for (const failure of b.failures) lines.push(`**Failure:** ${failure}`, '');
  if (b.measurements.length > 0) {
    lines.push('| measurement | unit | median | p95 | p99 | min – max | runs |', '|---|---|---:|---:|---:|---:|---:|');
    for (const m of b.measurements) lines.push(measurementRow(m));
    lines.push('');
  }
  if (b.targets.length > 0) {
    lines.push('| target | figure | required | status |', '|---|---:|---|---|');
    for (const t of b.targets) lines.push(targetRow(t));
    lines.push('');
  }
  for (const note of b.notes) lines.push(`- ${note}`);
  return lines;
}

function measurementRow(m: Measurement): string {
  const range = m.runs > 1 ? `${num(m.min)} – ${num(m.max)}` : '';
  return `| ${m.name} | ${m.unit} | ${num(m.median)} | ${opt(m.p95)} | ${opt(m.p99)} | ${range} | ${m.runs} |`;
}

function targetRow(t: TargetCheck): string {
  return `| ${t.name} | ${num(t.value)} ${t.unit} | ${t.target} | ${t.met ? 'met' : '**missed**'} |`;
}

function opt(value: number | null): string {
  return value === null ? '' : num(value);
}

/** Three significant digits are all a benchmark figure carries. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}
