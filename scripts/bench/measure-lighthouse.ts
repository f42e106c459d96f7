import lighthouse, { desktopConfig } from 'lighthouse';
import { launchBrowser } from './browser.ts';
import { freePort } from './free-port.ts';
import type { LighthouseScores } from './report-types.ts';

export interface LighthouseRun {
  scores: LighthouseScores;
  /** A few lab metrics, in ms (cumulative-layout-shift unitless), for the record. */
  metrics: Record<string, number>;
  /** Weighted audits that lost points: "category/audit" → score 0..1. */
  failedAudits: Record<string, number>;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
] as const;

function score(value: number | null | undefined, category: string): number {
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(value * 100);
}

/**
 * Lighthouse from npm (Node API, desktop preset) against Debian's chromium, launched by
 * Playwright with a remote debugging port that Lighthouse connects to.
 */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  try {
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const metrics: Record<string, number> = {};
    for (const id of METRICS) {
      const value = audits[id]?.numericValue;
      if (typeof value === 'number') metrics[id] = Math.round(value * 1000) / 1000;
    }
    const failedAudits: Record<string, number> = {};
    for (const [categoryId, category] of Object.entries(categories)) {
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) {
          failedAudits[`${categoryId}/${ref.id}`] = audit.score;
        }
      }
    }
    return {
      scores: {
        performance: score(categories.performance?.score, 'performance'),
        accessibility: score(categories.accessibility?.score, 'accessibility'),
        bestPractices: score(categories['best-practices']?.score, 'best practices'),
      },
      metrics,
      failedAudits,
    };
  } finally {
    await browser.close();
  }
}
