import type { CDPSession, Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the idle main thread's busy time went (ms over the window) and how often. */
export interface IdleBreakdown {
  scriptMs: number;
  recalcStyleMs: number;
  layoutMs: number;
  /** Task time outside script, style and layout: paint, compositing, timers' own overhead. */
  otherMs: number;
  layouts: number;
  styleRecalcs: number;
}

export interface IdleMeasurement {
  /** Busy (wall) time of the main thread's tasks ÷ elapsed time, in %. */
  pct: number;
  taskDurationMs: number;
  /** The main thread's CPU time ÷ elapsed time, in % (less sensitive to a shared machine). */
  cpuPct: number;
  breakdown: IdleBreakdown;
  liveCountdowns: number;
}

const NAMES = [
  'Timestamp',
  'TaskDuration',
  'ThreadTime',
  'ScriptDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
  'TaskOtherDuration',
  'LayoutCount',
  'RecalcStyleCount',
] as const;
type MetricName = (typeof NAMES)[number];

async function metrics(cdp: CDPSession): Promise<Record<MetricName, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const read = (name: MetricName) => {
    const found = list.find((m) => m.name === name);
    if (found === undefined) throw new Error(`Chromium reported no ${name} metric`);
    return found.value;
  };
  return Object.fromEntries(NAMES.map((name) => [name, read(name)])) as Record<MetricName, number>;
}

/** Pure: the idle figures from two readings of Chromium's Performance metrics (seconds, counts). */
export function idleFromMetrics(
  before: Record<MetricName, number>,
  after: Record<MetricName, number>,
  liveCountdowns: number,
): IdleMeasurement {
  const delta = (name: MetricName) => after[name] - before[name];
  const elapsed = delta('Timestamp');
  const ms = (name: MetricName) => Math.round(delta(name) * 10_000) / 10;
  return {
    pct: (delta('TaskDuration') / elapsed) * 100,
    taskDurationMs: delta('TaskDuration') * 1000,
    cpuPct: (delta('ThreadTime') / elapsed) * 100,
    breakdown: {
      scriptMs: ms('ScriptDuration'),
      recalcStyleMs: ms('RecalcStyleDuration'),
      layoutMs: ms('LayoutDuration'),
      otherMs: ms('TaskOtherDuration'),
      layouts: delta('LayoutCount'),
      styleRecalcs: delta('RecalcStyleCount'),
    },
    liveCountdowns,
  };
}

/**
 * Main-thread busy time of an idle page over `seconds`: the renderer's TaskDuration metric
 * (CDP Performance domain) before and after, divided by the elapsed time. Waits `settleMs` first
 * so toasts and transitions from earlier clicks are over.
 */
export async function measureIdle(
  page: Page,
  seconds: number,
  settleMs = 2000,
): Promise<IdleMeasurement> {
  await page.mouse.move(0, 0);
  await sleep(settleMs);
  // The console's wallet lists one countdown per credential set; the floor has none.
  const liveCountdowns = await page
    .getByRole('complementary', { name: 'Wallet' })
    .locator('time')
    .count();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const before = await metrics(cdp);
  await sleep(seconds * 1000);
  const after = await metrics(cdp);
  await cdp.detach();
  return idleFromMetrics(before, after, liveCountdowns);
}
