import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { sandboxUrl, world } from './support/sandbox.ts';

const PENDING_KEY = 'sts-console.oidc.pending.v1';

/** After every journey: nothing of the flow in sessionStorage, no authorization response in the URL. */
async function expectNoTraces(page: Page): Promise<void> {
  const left = await page.evaluate(() => {
    const keys: string[] = [];
    for (let i = 0; i < sessionStorage.length; i++) keys.push(sessionStorage.key(i) ?? '');
    return keys;
  });
  expect(left).not.toContain(PENDING_KEY);
  expect(left).toEqual([]);
  const url = new URL(page.url());
  for (const name of ['code', 'state', 'iss', 'error', 'error_description']) {
    expect(url.searchParams.has(name), `the URL still has ${name}`).toBe(false);
  }
}

/** A field by its label, whether or not the label also says "(required)". */
function field(app: ConsolePage, label: string) {
  return app.field(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(required\\))?$`));
}

/** Leaves for the sandbox provider's sign-in page. */
async function goToProvider(app: ConsolePage, name = 'Sandbox'): Promise<void> {
  await app.button(`Sign in with ${name}`).click();
  await expect(app.page.getByRole('heading', { name: /Sign in to the sandbox/ })).toBeVisible();
  expect(new URL(app.page.url()).origin).toBe(sandboxUrl);
}

test('sign in with the sandbox provider, come back and assume WebIdentityDemo', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open();
  // The role typed before signing in is remembered for this provider.
  await field(app, 'Role ARN').fill(demo.roles.webIdentity);
  await goToProvider(app);

  await page.getByLabel('Username').fill('alice');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Signed in with Sandbox' }),
  ).toContainText('alice@example.com');
  const token = await field(app, 'Web identity token').inputValue();
  guard.secret(token);
  expect(token).toMatch(/^eyJ/);
  await expect(field(app, 'Web identity token')).toHaveClass(/input--masked/);
  const decodedToken = page.getByRole('region', { name: 'Decoded token' });
  await expect(decodedToken).toContainText(`${sandboxUrl}/oidc`);
  // The console's own sign-in checked this token's signature against the provider's keys.
  await expect(decodedToken).toContainText(`Signature verified (${sandboxUrl}/oidc keys)`);
  await expect(decodedToken).not.toContainText('Signature not verified');
  await expect(field(app, 'Role ARN')).toHaveValue(demo.roles.webIdentity);
  await expect(field(app, 'Role session name')).toHaveValue('alice@example.com');
  await expectNoTraces(page);
  await page.screenshot({ path: '/tmp/shots/oidc-signed-in.png', fullPage: true });

  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText(
    `arn:aws:sts::${demo.accountId}:assumed-role/WebIdentityDemo/alice@example.com`,
  );
  // No session policy was sent, so STS returned no packed policy size.
  await expect(app.credentialsCard).not.toContainText('Packed policy size');
  await page.screenshot({ path: '/tmp/shots/oidc-credentials.png', fullPage: true });
  await expectNoTraces(page);

  // Edited, it is no longer the token that was verified, even when typed back as it was.
  const edited = `${token}AAAA`;
  guard.secret(edited);
  await field(app, 'Web identity token').fill(edited);
  await expect(decodedToken).toContainText('Signature not verified');
  await expect(decodedToken).not.toContainText('Signature verified');
  await field(app, 'Web identity token').fill(token);
  await expect(decodedToken).toContainText('Signature not verified');

  // Next time it is one click: the provider remembers the session, the console the role.
  await app.open();
  await expect(field(app, 'Role ARN')).toHaveValue('');
  await app.button('Sign in with Sandbox').click();
  await expect(field(app, 'Role ARN')).toHaveValue(demo.roles.webIdentity);
  guard.secret(await field(app, 'Web identity token').inputValue());
  await expect(page.getByRole('region', { name: 'Decoded token' })).toContainText(
    `Signature verified (${sandboxUrl}/oidc keys)`,
  );
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText('assumed-role/WebIdentityDemo/alice@example.com');
  await expectNoTraces(page);
});

test('denying consent at the provider is explained', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.open();
  await goToProvider(app);
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(app.alert).toContainText('Sign-in with Sandbox failed');
  await expect(app.alert).toContainText('access_denied');
  await expect(app.alert).toContainText('declined the sign-in');
  await expect(field(app, 'Web identity token')).toHaveValue('');
  await page.screenshot({ path: '/tmp/shots/oidc-denied.png', fullPage: true });
  await expectNoTraces(page);
});

test('a tampered state in the callback is refused and explained', async ({ page, baseURL }) => {
  const app = new ConsolePage(page);
  await app.open();
  await goToProvider(app);
  // Let the provider finish the sign-in, then rewrite its redirect back so that the console
  // receives a real code with a different state (redirects themselves cannot be routed).
  await page.route(
    `${sandboxUrl}/oidc/interaction/*/login`,
    async (route) => {
      const login = await route.fetch({ maxRedirects: 0 });
      const resume = new URL(login.headers().location ?? '', sandboxUrl);
      const back = await page.request.get(resume.href, { maxRedirects: 0 });
      const callback = new URL(back.headers().location ?? '', baseURL);
      expect(callback.searchParams.get('code')).toBeTruthy();
      callback.searchParams.set('state', 'tampered-state-value-0123456789abcdef');
      await route.fulfill({ status: 303, headers: { location: callback.href } });
    },
    { times: 1 },
  );
  await page.getByLabel('Username').fill('mallory');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(app.alert).toContainText('state does not match');
  await expect(field(app, 'Web identity token')).toHaveValue('');
  await expectNoTraces(page);
});

test('an unreachable issuer is explained next to the sign-in button', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.open();
  await page.getByText('Identity providers').click();
  await app.button('Add a provider').click();
  await field(app, 'Provider name').fill('Nowhere');
  await field(app, 'Issuer URL').fill(`${sandboxUrl}/nowhere`);
  await field(app, 'Client ID').fill('sts-console');
  await page.screenshot({ path: '/tmp/shots/oidc-provider-editor.png', fullPage: true });
  await app.button('Save provider').click();
  await page.route(`${sandboxUrl}/nowhere/**`, (route) => route.abort('connectionrefused'));
  await app.button('Sign in with Nowhere').click();
  await expect(app.alert).toContainText('Sign-in with Nowhere failed');
  await expect(app.alert).toContainText('the provider is unreachable');
  await page.screenshot({ path: '/tmp/shots/oidc-unreachable.png', fullPage: true });
  await expectNoTraces(page);
});
