import type { Page } from '@playwright/test';
import { expect, test, type Guard } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { sandboxCli, sandboxUrl, world, type WorldSummary } from './support/sandbox.ts';

const PENDING_KEY = 'sts-console.oidc.pending.v1';
const DRAFTS_KEY = 'sts-console.form-drafts.v1';
const RESPONSE_PARAMETERS = ['code', 'state', 'iss', 'error', 'error_description'];

/** After every journey: nothing of the flow in sessionStorage, no authorization response in the URL. */
async function expectNoTraces(page: Page): Promise<void> {
  const left = await page.evaluate(() => {
    const keys: string[] = [];
    for (let i = 0; i < sessionStorage.length; i++) keys.push(sessionStorage.key(i) ?? '');
    return keys;
  });
  expect(left).not.toContain(PENDING_KEY);
  // The forms' non-secret drafts may be there (they survive a reload); nothing else.
  expect(left.filter((key) => key !== DRAFTS_KEY)).toEqual([]);
  expectCleanUrl(page.url());
}

function expectCleanUrl(href: string): void {
  const url = new URL(href);
  for (const name of RESPONSE_PARAMETERS) {
    expect(url.searchParams.has(name), `the URL still has ${name}`).toBe(false);
  }
}

/** A field by its label, whether or not the label also says "(required)". */
function field(app: ConsolePage, label: string) {
  return app.field(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(required\\))?$`));
}

function walletItem(page: Page, label: string) {
  return page.getByRole('listitem', { name: `Credential set ${label}` });
}

function providerHeading(page: Page) {
  return page.getByRole('heading', { name: /Sign in to the sandbox/ });
}

/** What a sign-in window logged or threw (a CSP violation logs an error); it must stay empty. */
function watchWindow(popup: Page): string[] {
  const problems: string[] = [];
  popup.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  popup.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

/** Presses "Sign in with <name>" and returns the sign-in window once it shows the provider. */
async function openSignInWindow(
  app: ConsolePage,
  name = 'Sandbox',
): Promise<{ popup: Page; problems: string[] }> {
  const opened = app.page.waitForEvent('popup');
  await app.button(`Sign in with ${name}`).click();
  const popup = await opened;
  const problems = watchWindow(popup);
  await expect(providerHeading(popup)).toBeVisible();
  expect(new URL(popup.url()).origin).toBe(sandboxUrl);
  // The console tab stays where it was.
  expect(new URL(app.page.url()).origin).not.toBe(sandboxUrl);
  return { popup, problems };
}

/** Signs in at the provider's page in the sign-in window, which then closes by itself. */
async function signInThere(popup: Page, username: string): Promise<void> {
  const closed = popup.waitForEvent('close');
  await popup.getByLabel('Username').fill(username);
  await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
  await closed;
}

/** Two credential sets in the wallet, from tokens the sandbox signs (no sign-in involved). */
async function twoSetsInWallet(app: ConsolePage, demo: WorldSummary, guard: Guard) {
  for (const name of ['first-set', 'second-set']) {
    const token = await sandboxCli(['token', '--sub', name]);
    guard.secret(token);
    await field(app, 'Web identity token').fill(token);
    await field(app, 'Role ARN').fill(demo.roles.webIdentity);
    await field(app, 'Role session name').fill(name);
    await app.button('Assume role').click();
    await expect(walletItem(app.page, `WebIdentityDemo/${name}`)).toBeVisible();
  }
  await field(app, 'Web identity token').fill('');
  await field(app, 'Role ARN').fill('');
  await field(app, 'Role session name').fill('');
}

/** Same-document navigation (the wallet and the drafts are memory: they survive it). */
async function go(page: Page, slug: string, heading: string): Promise<void> {
  await page.evaluate((s) => {
    window.location.hash = s ? `#/${s}` : '#/';
  }, slug);
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

test('sign in in a pop-up: the wallet and the other forms stay, the token lands in the form', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open();
  await twoSetsInWallet(app, demo, guard);
  // Something typed in another form.
  await go(page, 'assume-role', 'AssumeRole');
  await field(app, 'Role session name').fill('typed-before-signing-in');
  await go(page, 'assume-role-with-web-identity', 'AssumeRoleWithWebIdentity');

  // The role typed before signing in is remembered for this provider.
  await field(app, 'Role ARN').fill(demo.roles.webIdentity);
  const { popup, problems } = await openSignInWindow(app);
  await expect(
    page.getByRole('status').filter({ hasText: 'in the window that opened' }),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/oidc-popup-waiting.png', fullPage: true });

  // Pressing the button again brings the same window back instead of opening another, or
  // starting another sign-in in it.
  const authorizations: string[] = [];
  page.context().on('request', (request) => {
    if (new URL(request.url()).pathname === '/oidc/auth') authorizations.push(request.url());
  });
  let another = false;
  page.on('popup', () => {
    another = true;
  });
  await app.button('Sign in with Sandbox').click();
  await expect(providerHeading(popup)).toBeVisible();
  expect(another).toBe(false);
  expect(page.context().pages()).toHaveLength(2);

  await signInThere(popup, 'alice');
  expect(problems).toEqual([]);
  expect(authorizations).toHaveLength(0);

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
  // Nothing was lost: both sets are still in the wallet.
  await expect(walletItem(page, 'WebIdentityDemo/first-set')).toBeVisible();
  await expect(walletItem(page, 'WebIdentityDemo/second-set')).toBeVisible();
  await expectNoTraces(page);
  await page.screenshot({ path: '/tmp/shots/oidc-signed-in.png', fullPage: true });

  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText(
    `arn:aws:sts::${demo.accountId}:assumed-role/WebIdentityDemo/alice@example.com`,
  );
  // No session policy was sent, so STS returned no packed policy size.
  await expect(app.credentialsCard).not.toContainText('Packed policy size');
  await expect(walletItem(page, 'WebIdentityDemo/first-set')).toBeVisible();
  await expectNoTraces(page);

  // The other form still has what was typed there.
  await go(page, 'assume-role', 'AssumeRole');
  await expect(field(app, 'Role session name')).toHaveValue('typed-before-signing-in');
  await go(page, 'assume-role-with-web-identity', 'AssumeRoleWithWebIdentity');

  // Edited, it is no longer the token that was verified, even when typed back as it was.
  const edited = `${token}AAAA`;
  guard.secret(edited);
  await field(app, 'Web identity token').fill(edited);
  await expect(decodedToken).toContainText('Signature not verified');
  await expect(decodedToken).not.toContainText('Signature verified');
  await field(app, 'Web identity token').fill(token);
  await expect(decodedToken).toContainText('Signature not verified');

  // Next time it is one click: the provider remembers the session, the console the role, and the
  // window closes by itself.
  await app.open();
  // The reload brought the form's non-secret draft back: empty it, the sign-in fills it in.
  await field(app, 'Role ARN').fill('');
  const again = page.waitForEvent('popup');
  await app.button('Sign in with Sandbox').click();
  await (await again).waitForEvent('close');
  await expect(field(app, 'Role ARN')).toHaveValue(demo.roles.webIdentity);
  guard.secret(await field(app, 'Web identity token').inputValue());
  await expect(page.getByRole('region', { name: 'Decoded token' })).toContainText(
    `Signature verified (${sandboxUrl}/oidc keys)`,
  );
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText('assumed-role/WebIdentityDemo/alice@example.com');
  await expectNoTraces(page);
});

test('closing the sign-in window is explained, and signing in again works', async ({
  page,
  guard,
}) => {
  const app = new ConsolePage(page);
  await app.open();
  const { popup } = await openSignInWindow(app);
  await popup.close();
  await expect(app.alert).toContainText('Sign-in with Sandbox failed');
  await expect(app.alert).toContainText('was closed');
  await expect(field(app, 'Web identity token')).toHaveValue('');
  await page.screenshot({ path: '/tmp/shots/oidc-popup-closed.png', fullPage: true });

  const retry = await openSignInWindow(app);
  await signInThere(retry.popup, 'bob');
  await expect(
    page.getByRole('status').filter({ hasText: 'Signed in with Sandbox' }),
  ).toBeVisible();
  await expect(app.alert).toHaveCount(0);
  guard.secret(await field(app, 'Web identity token').inputValue());
  await expect(field(app, 'Web identity token')).toHaveValue(/^eyJ/);
  await expectNoTraces(page);
});

test('denying consent in the sign-in window is explained', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.open();
  const { popup, problems } = await openSignInWindow(app);
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Deny' }).click();
  await closed;
  expect(problems).toEqual([]);
  await expect(app.alert).toContainText('Sign-in with Sandbox failed');
  await expect(app.alert).toContainText('access_denied');
  await expect(app.alert).toContainText('declined the sign-in');
  await expect(field(app, 'Web identity token')).toHaveValue('');
  await page.screenshot({ path: '/tmp/shots/oidc-denied.png', fullPage: true });
  await expectNoTraces(page);
});

/**
 * Lets the provider finish the sign-in in `target`, then rewrites its redirect back so that the
 * console receives a real code with `state` instead of its own (redirects cannot be routed).
 */
async function tamperWithTheWayBack(
  target: Page,
  baseURL: string | undefined,
  state: string,
): Promise<void> {
  await target.route(
    `${sandboxUrl}/oidc/interaction/*/login`,
    async (route) => {
      const login = await route.fetch({ maxRedirects: 0 });
      const resume = new URL(login.headers().location ?? '', sandboxUrl);
      const back = await target.request.get(resume.href, { maxRedirects: 0 });
      const callback = new URL(back.headers().location ?? '', baseURL);
      expect(callback.searchParams.get('code')).toBeTruthy();
      callback.searchParams.set('state', state);
      await route.fulfill({ status: 303, headers: { location: callback.href } });
    },
    { times: 1 },
  );
}

test('a tampered state coming back to the sign-in window is refused', async ({ page, baseURL }) => {
  const app = new ConsolePage(page);
  await app.open();
  const { popup } = await openSignInWindow(app);
  // A real code with another state, shaped like a pop-up one.
  await tamperWithTheWayBack(popup, baseURL, 'popup-tampered-state-value-0123456789abcdef');
  await popup.getByLabel('Username').fill('mallory');
  await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
  // No console tab takes it: the window says so and stays, without the code in its address.
  await expect(popup.getByText('so it was refused')).toBeVisible();
  expectCleanUrl(popup.url());
  await popup.screenshot({ path: '/tmp/shots/oidc-popup-refused.png' });
  // The console tab never took it: its window came back without this sign-in's response.
  await expect(app.alert).toContainText('Sign-in with Sandbox failed');
  await expect(app.alert).toContainText('not this sign-in’s, so nothing changed');
  await expect(field(app, 'Web identity token')).toHaveValue('');
  await popup.close();
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
  const opened = page.waitForEvent('popup');
  await app.button('Sign in with Nowhere').click();
  // The window opened within the click closes again.
  await (await opened).waitForEvent('close');
  await expect(app.alert).toContainText('Sign-in with Nowhere failed');
  await expect(app.alert).toContainText('the provider is unreachable');
  await page.screenshot({ path: '/tmp/shots/oidc-unreachable.png', fullPage: true });
  await expectNoTraces(page);
});

test.describe('when the browser blocks pop-ups', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
  });

  /** Asks for a pop-up, is warned, and leaves for the provider's page in this tab. */
  async function goToProviderInThisTab(app: ConsolePage, sets = 0): Promise<void> {
    await app.page.getByRole('button', { name: 'Sign in with Sandbox', exact: true }).click();
    await expect(app.alert).toContainText('The browser blocked the sign-in window');
    await expect(app.alert).toContainText(
      sets === 0
        ? 'the secrets typed in the forms (tokens, assertions, MFA codes) will be lost'
        : `the wallet’s ${String(sets)} credential sets and the secrets typed in the forms (tokens, assertions, MFA codes) will be lost`,
    );
    await app.button('Sign in with Sandbox in this tab').click();
    await expect(providerHeading(app.page)).toBeVisible();
    expect(new URL(app.page.url()).origin).toBe(sandboxUrl);
  }

  test('the warned sign-in in this tab still works', async ({ page, guard }) => {
    const demo = await world();
    const app = new ConsolePage(page);
    await app.open();
    await twoSetsInWallet(app, demo, guard);
    await field(app, 'Role ARN').fill(demo.roles.webIdentity);
    await app.button('Sign in with Sandbox').click();
    await expect(app.alert).toContainText('The browser blocked the sign-in window');
    await page.screenshot({ path: '/tmp/shots/oidc-popup-blocked.png', fullPage: true });
    await goToProviderInThisTab(app, 2);

    await page.getByLabel('Username').fill('alice');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Signed in with Sandbox' }),
    ).toContainText('alice@example.com');
    guard.secret(await field(app, 'Web identity token').inputValue());
    await expect(page.getByRole('region', { name: 'Decoded token' })).toContainText(
      `Signature verified (${sandboxUrl}/oidc keys)`,
    );
    await expect(field(app, 'Role ARN')).toHaveValue(demo.roles.webIdentity);
    // As warned, the page came back fresh: the wallet is empty.
    await expect(walletItem(page, 'WebIdentityDemo/first-set')).toHaveCount(0);
    await expectNoTraces(page);
  });

  test('denying consent at the provider is explained', async ({ page }) => {
    const app = new ConsolePage(page);
    await app.open();
    await goToProviderInThisTab(app);
    await page.getByRole('button', { name: 'Deny' }).click();
    await expect(app.alert).toContainText('Sign-in with Sandbox failed');
    await expect(app.alert).toContainText('access_denied');
    await expect(app.alert).toContainText('declined the sign-in');
    await expect(field(app, 'Web identity token')).toHaveValue('');
    await expectNoTraces(page);
  });

  test('a tampered state in the callback is refused and explained', async ({ page, baseURL }) => {
    const app = new ConsolePage(page);
    await app.open();
    await goToProviderInThisTab(app);
    await tamperWithTheWayBack(page, baseURL, 'tampered-state-value-0123456789abcdef');
    await page.getByLabel('Username').fill('mallory');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(app.alert).toContainText('state does not match');
    await expect(field(app, 'Web identity token')).toHaveValue('');
    await expectNoTraces(page);
  });
});
