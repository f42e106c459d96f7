import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import {
  resetStats,
  sandboxCli,
  sandboxUrl,
  stats,
  world,
  type WorldSummary,
} from './support/sandbox.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const shots = '/tmp/shots';

/** Opens an operation and signs with the given keys through "Add access keys". */
async function openSigned(
  page: Page,
  slug: string,
  keys: { accessKeyId: string; secretAccessKey: string },
): Promise<ConsolePage> {
  const app = new ConsolePage(page);
  await app.open(slug);
  await app.button('Add access keys').click();
  const form = page.getByRole('group', { name: 'Add access keys' });
  await form.getByLabel('Access key ID', { exact: true }).fill(keys.accessKeyId);
  await form.getByLabel('Secret access key', { exact: true }).fill(keys.secretAccessKey);
  await form.getByRole('button', { name: 'Add and sign with these keys' }).click();
  await expect(page.getByTestId('call-summary')).toContainText('Signed by');
  return app;
}

function demoKeys(demo: WorldSummary) {
  return { accessKeyId: demo.user.accessKeyId, secretAccessKey: demo.user.secretAccessKey };
}

function sentCount(counted: Awaited<ReturnType<typeof stats>>, action: string): number {
  return counted.byAction[action] ?? 0;
}

test.describe('GetCallerIdentity', () => {
  test('says who the demo user is, with the ARN broken down', async ({ page }) => {
    const demo = await world();
    const app = await openSigned(page, 'get-caller-identity', demoKeys(demo));
    await app.button('Ask STS who I am').click();
    const result = page.getByRole('article', { name: 'Caller identity' });
    await expect(result).toContainText(demo.user.arn);
    await expect(result).toContainText('IAM user');
    await expect(result).toContainText('IAM user demo (path /)');
    await expect(result).toContainText(demo.accountId);
    await page.screenshot({ path: `${shots}/get-caller-identity.png`, fullPage: true });
  });

  test('wrong secret and unknown key are refused and explained', async ({ page }) => {
    const demo = await world();
    const app = await openSigned(page, 'get-caller-identity', {
      accessKeyId: demo.user.accessKeyId,
      secretAccessKey: 'wrongSecretKeyWrongSecretKeyWrongSecret00',
    });
    await app.button('Ask STS who I am').click();
    await expect(app.alert).toContainText('SignatureDoesNotMatch');

    await openSigned(page, 'get-caller-identity', {
      accessKeyId: 'AKIAZZZZZZZZZZZZZZZZ',
      secretAccessKey: demo.user.secretAccessKey,
    });
    await app.button('Ask STS who I am').click();
    await expect(app.alert).toContainText('InvalidClientTokenId');
  });

  test('expired credentials are refused as signer before any call', async ({ page }) => {
    await page.clock.install();
    const demo = await world();
    const token = await sandboxCli(['token', '--sub', 'expiring@example.com']);
    const app = new ConsolePage(page);
    await app.open('assume-role-with-web-identity');
    await app.field('Web identity token').fill(token);
    await app.field('Role ARN').fill(demo.roles.webIdentity);
    await app.field('Role session name').fill('expiring');
    await app.button('Assume role').click();
    await expect(app.credentialsCard).toBeVisible();

    await page.getByRole('link', { name: /GetCallerIdentity/ }).click();
    const signer = page.getByLabel('Sign with');
    const session = `arn:aws:sts::${demo.accountId}:assumed-role/WebIdentityDemo/expiring`;
    await signer.selectOption({ label: `WebIdentityDemo/expiring — ${session}` });
    await expect(app.button('Ask STS who I am')).toBeEnabled();

    await resetStats();
    await page.clock.fastForward('02:00:00');
    await expect(page.getByText(/has expired and cannot sign/)).toBeVisible();
    await expect(app.button('Ask STS who I am')).toBeDisabled();
    await expect(page.getByText('The chosen credentials have expired')).toBeVisible();
    expect(sentCount(await stats(), 'GetCallerIdentity')).toBe(0);
  });
});

test.describe('GetAccessKeyInfo', () => {
  test('decodes the account offline as you type, then STS agrees', async ({ page }) => {
    const demo = await world();
    // A key ID in the current layout (top bit set) for the sandbox account.
    const currentLayoutKey = 'AKIARTX3GSDSQ4VGGDOI';
    const app = await openSigned(page, 'get-access-key-info', demoKeys(demo));
    await resetStats();
    const field = page.getByLabel(/^Access key ID/);
    await field.fill(currentLayoutKey);
    const offline = page.getByRole('region', { name: 'Decoded offline' });
    await expect(offline.getByTestId('offline-account')).toHaveText(demo.accountId);
    await expect(offline).toContainText('long-term access key');
    expect(sentCount(await stats(), 'GetAccessKeyInfo')).toBe(0);

    await app.button('Ask STS for the account').click();
    const result = page.getByRole('article', { name: 'Access key owner' });
    await expect(result.getByTestId('sts-account')).toHaveText(demo.accountId);
    await expect(result).toContainText('Agree');
    await page.screenshot({ path: `${shots}/get-access-key-info.png`, fullPage: true });

    // An ID in the older layout (top bit clear) carries no account: only STS can name it, from
    // its records. This one is the demo user's second key (sandbox/world.json); the sandbox, like
    // STS, answers it from that record, not from the key's bits.
    const olderLayoutKey = 'AKIABTX3GSDS4RSW23ZR';
    await field.fill(olderLayoutKey);
    await expect(offline).toContainText('older layout');
    await app.button('Ask STS for the account').click();
    await expect(result).toContainText(olderLayoutKey);
    await expect(result.getByTestId('sts-account')).toHaveText(demo.accountId);
    await expect(result).toContainText('Only STS knows');
  });

  test('a malformed key ID is caught before sending', async ({ page }) => {
    const demo = await world();
    const app = await openSigned(page, 'get-access-key-info', demoKeys(demo));
    await resetStats();
    const field = page.getByLabel(/^Access key ID/);
    await field.fill('AKIA-BADKEY-EXAMPLE!');
    await expect(page.getByRole('region', { name: 'Decoded offline' })).toContainText(
      'only capital letters and digits',
    );
    await app.button('Ask STS for the account').click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    expect(sentCount(await stats(), 'GetAccessKeyInfo')).toBe(0);
  });
});

test.describe('DecodeAuthorizationMessage', () => {
  test('a pasted error text is reduced to its message and decoded', async ({ page }) => {
    const demo = await world();
    const encoded = await sandboxCli(['authz-message']);
    const app = await openSigned(page, 'decode-authorization-message', demoKeys(demo));
    const errorText = `An error occurred (AccessDenied) when calling the AssumeRole operation: User: ${demo.user.arn} is not authorized to perform: sts:AssumeRole on resource: ${demo.roles.mfa}. Encoded authorization failure message: ${encoded}\n`;
    const field = page.getByRole('textbox', { name: /^Encoded message/ });
    await field.fill(errorText);
    await expect(field).toHaveValue(encoded);
    await expect(page.getByText(/out of the pasted error text/)).toBeVisible();

    await app.button('Decode message').click();
    const view = page.getByRole('article', { name: 'Decoded authorization message' });
    await expect(view.getByText('Denied: nothing allowed it')).toBeVisible();
    // The context says no MFA: the next step is the MFA fields, not the policy.
    await expect(
      view.getByText(/MFA serial number and MFA code on the AssumeRole page/),
    ).toBeVisible();
    await expect(view).toContainText('sts:AssumeRole');
    await expect(view).toContainText(demo.roles.mfa);
    await expect(view).toContainText(demo.user.arn);
    const conditions = view.getByRole('table', { name: /condition keys/ });
    await expect(conditions.getByRole('row', { name: /aws:MultiFactorAuthPresent/ })).toContainText(
      'false',
    );
    await view.getByText('Raw JSON').click();
    await expect(view.getByTestId('raw-json')).toContainText('"explicitDeny": false');
    await page.screenshot({ path: `${shots}/decode-authorization-message.png`, fullPage: true });
  });

  test('a garbage message is refused and explained', async ({ page }) => {
    const demo = await world();
    const app = await openSigned(page, 'decode-authorization-message', demoKeys(demo));
    await page.getByRole('textbox', { name: /^Encoded message/ }).fill('notARealMessage123');
    await app.button('Decode message').click();
    await expect(app.alert).toContainText('InvalidAuthorizationMessageException');
    await expect(app.alert).toContainText('What to do');
  });

  test('an AccessDenied from AssumeRole is decoded in place', async ({ page }) => {
    const demo = await world();
    const app = await openSigned(page, 'assume-role', demoKeys(demo));
    // The web identity role trusts only the OpenID provider, not the demo user.
    await app.field('Role ARN').fill(demo.roles.webIdentity);
    await app.field('Role session name').fill('not-trusted');
    await app.button('Assume role').click();
    await expect(app.alert).toContainText('AccessDenied');
    await app.button('Decode the authorization message').click();

    await expect(page).toHaveURL(/#\/decode-authorization-message$/);
    await expect(page.getByRole('textbox', { name: /^Encoded message/ })).not.toHaveValue('');
    await app.button('Decode message').click();
    const view = page.getByRole('article', { name: 'Decoded authorization message' });
    await expect(view).toContainText('sts:AssumeRole');
    await expect(view).toContainText(demo.roles.webIdentity);
  });

  test('script in a decoded message is shown as text', async ({ page }) => {
    const demo = await world();
    const encoded = await sandboxCli(['authz-message']);
    const payload = '<img src=x onerror=alert(1)>';
    page.on('dialog', () => {
      throw new Error('a dialog opened: the payload ran');
    });
    await page.route(`${sandboxUrl}/**`, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes('DecodedMessage')) {
        await route.fulfill({ response });
        return;
      }
      const escaped = payload.replace(/</g, '&lt;').replace(/>/g, '&gt;');
      await route.fulfill({ response, body: body.replaceAll('sts:AssumeRole', escaped) });
    });
    const app = await openSigned(page, 'decode-authorization-message', demoKeys(demo));
    await page.getByRole('textbox', { name: /^Encoded message/ }).fill(encoded);
    await app.button('Decode message').click();
    const view = page.getByRole('article', { name: 'Decoded authorization message' });
    await expect(view.getByText(payload, { exact: true })).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
  });
});

test.describe('GetWebIdentityToken', () => {
  test('returns a JWT shown in the token view with its expiry', async ({ page }) => {
    const demo = await world();
    const app = await openSigned(page, 'get-web-identity-token', demoKeys(demo));
    await page.getByLabel('Audience 1', { exact: true }).fill('https://api.example.com');
    await app.button('Add audience').click();
    await page.getByLabel('Audience 2', { exact: true }).fill('sts-console-test');
    await page.getByLabel('Signing algorithm').selectOption('ES384');
    await app.button('Get web identity token').click();

    const result = page.getByRole('article', { name: 'Web identity token' });
    await expect(result.getByText(/\d+m \d\ds left/).first()).toBeVisible();
    await expect(result.getByLabel('Web identity token (hidden)')).toBeVisible();
    const decoded = result.getByRole('region', { name: 'Decoded web identity token' });
    await expect(decoded).toContainText('https://api.example.com');
    await expect(decoded).toContainText('Signature not verified');
    await result.getByRole('button', { name: 'Copy web identity token' }).click();
    expect(await app.clipboard()).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    await page.screenshot({ path: `${shots}/get-web-identity-token.png`, fullPage: true });
  });

  test('eleven audiences are caught before sending', async ({ page }) => {
    const demo = await world();
    const app = await openSigned(page, 'get-web-identity-token', demoKeys(demo));
    await page.getByLabel('Audience 1', { exact: true }).fill('aud-1');
    for (let i = 2; i <= 11; i++) {
      await app.button('Add audience').click();
      await page.getByLabel(`Audience ${String(i)}`, { exact: true }).fill(`aud-${String(i)}`);
    }
    await resetStats();
    await app.button('Get web identity token').click();
    await expect(page.getByText('Audience must have 1 to 10 entries (it has 11)')).toBeVisible();
    expect(sentCount(await stats(), 'GetWebIdentityToken')).toBe(0);
  });
});
