import type { Browser, BrowserContext, Page } from '@playwright/test';
import { log } from './log.ts';
import {
  armNewElementProbe,
  pageScript,
  readNewElementProbe,
  type CallTiming,
} from './page-probes.ts';
import type { UiCallSample } from './report-types.ts';
import { readStats, resetStats } from './sandbox-stats.ts';
import { withTimeout } from './timeout.ts';

export const CREDENTIALS_CARD = 'article[aria-label="Role credentials"]';

export interface WebIdentityInputs {
  token: string;
  roleArn: string;
  sessionName: string;
}

export interface AssumeCalls {
  /** What the sandbox saw for the first call (fresh context: nothing cached). */
  first: { requests: number; preflights: number };
  samples: UiCallSample[];
  context: BrowserContext;
  page: Page;
}

/** Why the card did not come: the page's alert, if it shows one. */
async function failureText(page: Page): Promise<string> {
  const alert = page.getByRole('alert').first();
  return (await alert.count()) > 0 ? ` (the page says: ${await alert.innerText()})` : '';
}

/**
 * Fills the web identity form and presses "Assume role" `calls` times, timing each click to the
 * new credentials card in the page and reading the sandbox's handling time for it. The context
 * stays open (the console's wallet then holds `calls` credential sets); the caller closes it.
 */
export async function measureAssumeCalls(
  browser: Browser,
  url: string,
  sandboxUrl: string,
  inputs: WebIdentityInputs,
  calls: number,
): Promise<AssumeCalls> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Web identity token', { exact: true }).fill(inputs.token);
  await page.getByLabel('Role ARN', { exact: true }).fill(inputs.roleArn);
  await page.getByLabel('Role session name', { exact: true }).fill(inputs.sessionName);
  const submit = page.getByRole('button', { name: 'Assume role', exact: true });
  const samples: UiCallSample[] = [];
  let first = { requests: 0, preflights: 0 };
  for (let i = 0; i < calls; i += 1) {
    await resetStats(sandboxUrl);
    await page.evaluate(
      pageScript(armNewElementProbe, { selector: CREDENTIALS_CARD, requestPrefix: sandboxUrl }),
    );
    await submit.click();
    const timing = await withTimeout(
      page.evaluate<CallTiming>(pageScript(readNewElementProbe, null)),
      15_000,
      'the credentials card',
    ).catch(async (error: unknown) => {
      throw new Error(`${url}: ${String(error)}${await failureText(page)}`);
    });
    const stats = await readStats(sandboxUrl);
    if (i === 0) first = { requests: stats.requests, preflights: stats.preflights };
    samples.push(callSample(timing, stats.lastHandlingMs));
  }
  log(
    `${url}: ${calls} assume-role calls, first one ${first.requests} request(s) + ${first.preflights} preflight(s)`,
  );
  return { first, samples, context, page };
}

/** Pure: one call's sample from the page's timestamps and the sandbox's handling time. */
export function callSample(timing: CallTiming, sandboxMs: number): UiCallSample {
  return {
    clickToCardMs: timing.seenAt - timing.clickAt,
    sandboxMs,
    clickToRequestMs: timing.requestStart === null ? null : timing.requestStart - timing.clickAt,
    responseToCardMs: timing.responseEnd === null ? null : timing.seenAt - timing.responseEnd,
  };
}
