import type { CDPSession, Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';

export interface IdleMeasurement {
  /** Busy (wall) time of the main thread's tasks ÷ elapsed time, in %. */
  pct: number;
  taskDurationMs: number;
  /** The main thread's CPU time ÷ elapsed time, in % (less sensitive to a shared machine). */
  cpuPct: number;
  liveCountdowns: number;
}

async function metrics(cdp: CDPSession) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => {
    const found = list.find((m) => m.name === name);
    if (found === undefined) throw new Error(`Chromium reported no ${name} metric`);
    return found.value;
  };
  return {
    taskSeconds: value('TaskDuration'),
    threadSeconds: value('ThreadTime'),
    timestampSeconds: value('Timestamp'),
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
  const busy = after.taskSeconds - before.taskSeconds;
  const elapsed = after.timestampSeconds - before.timestampSeconds;
  const cpu = after.threadSeconds - before.threadSeconds;
  return {
    pct: (busy / elapsed) * 100,
    taskDurationMs: busy * 1000,
    cpuPct: (cpu / elapsed) * 100,
    liveCountdowns,
  };
}
