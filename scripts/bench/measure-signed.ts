import type { Browser } from '@playwright/test';
import {
  armNewElementProbe,
  pageScript,
  readNewElementProbe,
  type CallTiming,
} from './page-probes.ts';
import { readStats, resetStats } from './sandbox-stats.ts';
import { withTimeout } from './timeout.ts';

export interface SignedCalls {
  first: { requests: number; preflights: number };
  next: { requests: number; preflights: number };
}

const RESULT = 'article[aria-label="Caller identity"]';

/**
 * GetCallerIdentity signed with the demo user's keys through the console's own page
 * (#/get-caller-identity, "Add access keys"), twice in a fresh context: what the sandbox saw
 * for each call, preflights included.
 */
export async function measureSignedCalls(
  browser: Browser,
  url: string,
  sandboxUrl: string,
  keys: { accessKeyId: string; secretAccessKey: string },
): Promise<SignedCalls> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}/#/get-caller-identity`);
    await page.getByRole('button', { name: 'Add access keys' }).click();
    const form = page.getByRole('group', { name: 'Add access keys' });
    await form.getByLabel('Access key ID', { exact: true }).fill(keys.accessKeyId);
    await form.getByLabel('Secret access key', { exact: true }).fill(keys.secretAccessKey);
    await form.getByRole('button', { name: 'Add and sign with these keys' }).click();
    const ask = page.getByRole('button', { name: 'Ask STS who I am' });
    const once = async () => {
      await resetStats(sandboxUrl);
      await page.evaluate(
        pageScript(armNewElementProbe, { selector: RESULT, requestPrefix: sandboxUrl }),
      );
      await ask.click();
      await withTimeout(
        page.evaluate<CallTiming>(pageScript(readNewElementProbe, null)),
        15_000,
        'the caller identity',
      );
      const stats = await readStats(sandboxUrl);
      return { requests: stats.requests, preflights: stats.preflights };
    };
    const first = await once();
    const next = await once();
    return { first, next };
  } finally {
    await context.close();
  }
}
