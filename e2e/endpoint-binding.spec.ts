import type { Page } from '@playwright/test';
import { expect, test, type Guard } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { startLocalSts, type LocalAnswer } from './support/local-sts.ts';
import { sandboxCli, sandboxUrl, world } from './support/sandbox.ts';

/**
 * Issue 15: every wallet set is bound to the endpoint that issued it. A session from the sandbox
 * is never sent to another endpoint (here an STS of the test's own that records what it gets)
 * without a choice in the UI that names both.
 */

const ARN = 'arn:aws:iam::123456789012:user/collector';

/** A GetCallerIdentity answer, so a call the user allowed completes. */
const callerIdentity: LocalAnswer = {
  status: 200,
  contentType: 'text/xml',
  body: `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${ARN}</Arn><UserId>AIDAEXAMPLEEXAMPLE01</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>local-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
};

/** A role session from the sandbox, through the web identity page; returns its wallet name. */
async function sandboxSession(app: ConsolePage, guard: Guard): Promise<string> {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', 'alice']);
  guard.secret(token);
  await app.fillWebIdentity(token, demo.roles.webIdentity, 'bound');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
  return 'WebIdentityDemo/bound';
}

/** Points the console at a custom endpoint through the settings in the top bar. */
async function useCustomEndpoint(page: Page, url: string): Promise<void> {
  await page.getByRole('banner').getByText('Local sandbox').first().click();
  await page.getByRole('radio', { name: 'Custom endpoint' }).check();
  await page.getByLabel('Endpoint URL').fill(url);
  await page.getByRole('banner').getByText('Custom').first().click();
}

test('a sandbox session is not sent to another endpoint until the user chooses, naming both', async ({
  page,
  guard,
}) => {
  const collector = await startLocalSts(() => callerIdentity);
  guard.allowOrigin(collector.url);
  try {
    const app = new ConsolePage(page);
    const label = await sandboxSession(app, guard);
    const set = page.getByRole('listitem', { name: `Credential set ${label}` });
    await expect(set).toContainText('sandbox');
    await expect(app.credentialsCard.locator('.kv__row', { hasText: 'Issued by' })).toContainText(
      `the local sandbox at ${sandboxUrl}`,
    );

    await app.open('get-caller-identity');
    await set.getByRole('button', { name: 'Use as signer' }).click();
    await useCustomEndpoint(page, collector.url);

    const choice = page.getByRole('group', { name: 'Where these credentials go' });
    await expect(choice).toContainText(
      `“${label}” came from the local sandbox at ${sandboxUrl}; calls now go to the custom endpoint ${collector.url}.`,
    );
    await expect(app.button('Ask STS who I am')).toBeDisabled();
    expect(collector.requests(), 'nothing reached the other endpoint').toEqual([]);

    // Back to where it came from: the call goes to the sandbox, never to the collector.
    await choice
      .getByRole('button', { name: `Send calls to the local sandbox at ${sandboxUrl} again` })
      .click();
    await expect(page.getByRole('banner')).toContainText('Local sandbox');
    await app.button('Ask STS who I am').click();
    await expect(page.getByRole('article', { name: 'Caller identity' })).toContainText(
      'assumed-role/WebIdentityDemo/bound',
    );
    expect(collector.requests()).toEqual([]);

    // Chosen by name: now, and only now, it goes there.
    await useCustomEndpoint(page, collector.url);
    await choice
      .getByRole('button', { name: `Send “${label}” to the custom endpoint ${collector.url} too` })
      .click();
    await expect(choice).toBeHidden();
    await app.button('Ask STS who I am').click();
    await expect(page.getByRole('article', { name: 'Caller identity' })).toContainText(ARN);
    const posts = collector.requests().filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(
      posts[0]?.headers['x-amz-security-token'],
      'the session went there by choice',
    ).toBeTruthy();
  } finally {
    await collector.close();
  }
});

test('a set from another endpoint is never chosen for the user', async ({ page, guard }) => {
  const collector = await startLocalSts(() => callerIdentity);
  guard.allowOrigin(collector.url);
  try {
    const app = new ConsolePage(page);
    const label = await sandboxSession(app, guard);
    await useCustomEndpoint(page, collector.url);
    await app.open('get-caller-identity');
    // The only set in the wallet, but from the sandbox: not preselected for the custom endpoint.
    await expect(page.getByTestId('signer-preselected')).toHaveCount(0);
    await expect(page.getByLabel('Sign with')).toHaveValue('');
    await expect(
      page.getByRole('option', { name: new RegExp(`^${label} .*\\(from sandbox\\)$`) }),
    ).toHaveCount(1);
    expect(collector.requests()).toEqual([]);
  } finally {
    await collector.close();
  }
});
