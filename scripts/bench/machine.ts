import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Machine } from './report-types.ts';

/** What the numbers were measured on. */
export function describeMachine(chromiumVersion: string): Machine {
  const cpuList = cpus();
  const [one = 0, five = 0, fifteen = 0] = loadavg().map((l) => Math.round(l * 100) / 100);
  return {
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryBytes: totalmem(),
    loadAverage: [one, five, fifteen],
    node: process.version,
    chromium: chromiumVersion,
    platform: `${platform()} ${release()}`,
  };
}
