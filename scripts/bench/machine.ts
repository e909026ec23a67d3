/** What the figures were measured on, written beside them so results from two machines are not compared blindly. */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Machine } from './types.ts';

export function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    cpuCount: cores.length,
    node: process.version,
    platform: `${platform()} ${release()}`,
    totalMemoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
