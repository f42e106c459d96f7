import type { Browser } from '@playwright/test';
import { fileSize, isJsOrCss } from './gzip.ts';
import { log } from './log.ts';
import { installReadyProbe, pageScript, readReadyProbe, type ReadyInfo } from './page-probes.ts';
import type { FileSize } from './report-types.ts';
import { withTimeout } from './timeout.ts';

/** The first screen's main control, the same in the console and the floor. */
export const MAIN_CONTROL = 'Assume role';

export interface LoadTarget {
  name: string;
  url: string;
}

export interface ColdLoad {
  readyMs: number;
  /** JS and CSS fully loaded when the control became ready (only when asked for). */
  files: FileSize[];
}

/** One load in a fresh browser context (empty HTTP cache, no code cache, no preflight cache). */
export async function coldLoad(
  browser: Browser,
  url: string,
  sizeFiles: boolean,
): Promise<ColdLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: pageScript(installReadyProbe, MAIN_CONTROL) });
    const bodies = new Map<string, Promise<Buffer>>();
    if (sizeFiles) {
      page.on('response', (response) => {
        if (!isJsOrCss(response.url())) return;
        const body = response.body();
        // Chunks fetched after the ready moment (idle prefetch) are not awaited: their bodies may
        // never arrive once the context closes, and that must not be an unhandled rejection.
        body.catch(() => undefined);
        bodies.set(response.url(), body);
      });
    }
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await withTimeout(
      page.evaluate<ReadyInfo>(pageScript(readReadyProbe, null)),
      30_000,
      `${url} to show "${MAIN_CONTROL}"`,
    );
    const files: FileSize[] = [];
    for (const resource of ready.resources.filter(isJsOrCss)) {
      const body = bodies.get(resource);
      if (body) files.push(fileSize(new URL(resource).pathname, await body));
    }
    if (sizeFiles && files.length === 0) throw new Error(`${url}: no JS or CSS was loaded`);
    return { readyMs: ready.readyMs, files };
  } finally {
    await context.close();
  }
}

export interface LoadSeries {
  loadsMs: number[];
  files: FileSize[];
}

/**
 * `loads` cold loads of each target, interleaved (alternating which goes first) so both see the
 * same machine; one unrecorded warm-up load each first (server and OS file cache).
 */
export async function measureLoads(
  browser: Browser,
  targets: readonly LoadTarget[],
  loads: number,
): Promise<Map<string, LoadSeries>> {
  const series = new Map<string, LoadSeries>(
    targets.map((t) => [t.name, { loadsMs: [], files: [] }]),
  );
  for (const target of targets) {
    const warm = await coldLoad(browser, target.url, true);
    const entry = series.get(target.name);
    if (entry) entry.files = warm.files;
  }
  for (let i = 0; i < loads; i += 1) {
    const order = i % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const load = await coldLoad(browser, target.url, false);
      series.get(target.name)?.loadsMs.push(load.readyMs);
    }
  }
  log(
    `cold loads: ${targets.map((t) => `${t.name} ${(series.get(t.name)?.loadsMs ?? []).map((ms) => ms.toFixed(0)).join('/')} ms`).join('; ')}`,
  );
  return series;
}
