import type { Dialog, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { signInWithDemoKeys } from './support/accessibility.ts';
import { world, type WorldSummary } from './support/sandbox.ts';

/**
 * Issue 14, "never lose the user's work": the non-secret part of every form survives a reload of
 * the tab, secrets do not; leaving asks first while there is something to lose, and only then.
 */

/** The one sessionStorage key of the drafts (src/components/form/draft-session-storage.ts). */
const DRAFTS_KEY = 'sts-console.form-drafts.v1';
/** JWT-shaped, so the leak guard's patterns would catch it too; the sandbox refuses it. */
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkcmFmdHMiLCJhdWQiOiJ4In0.c2lnbmF0dXJlLWRyYWZ0cw';
const MFA_CODE = '864209';
const ROLE_ARN = 'arn:aws:iam::111122223333:role/DraftsDemo';

let demo: WorldSummary;

test.beforeAll(async () => {
  demo = await world();
});

/** Every dialog the page opens, accepted (so a reload or close goes ahead), by type. */
function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen;
}

/**
 * A click on the page: browsers show a beforeunload question only on a page the user has
 * interacted with, so a test that expects none must have interacted too, or it proves nothing.
 */
async function interact(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'STS Console' }).click();
}

async function storedDrafts(page: Page): Promise<string | null> {
  return page.evaluate((key) => sessionStorage.getItem(key), DRAFTS_KEY);
}

function walletItems(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Wallet' }).getByRole('listitem');
}

test('a reload brings back the non-secret fields of every form, never a secret', async ({
  page,
  guard,
}) => {
  guard.secret(TOKEN);
  guard.secret(MFA_CODE);
  const dialogs = recordDialogs(page);
  const app = new ConsolePage(page);
  await app.fillWebIdentity(TOKEN, demo.roles.webIdentity, 'drafts-web');
  await app.open('assume-role');
  await app.field('Role ARN').fill(ROLE_ARN);
  await app.field('External ID').fill('ext-1234');
  await app.field('MFA serial number').fill(demo.user.mfaSerial);
  await app.field('MFA code').fill(MFA_CODE);
  await interact(page);

  const stored = (await storedDrafts(page)) ?? '';
  expect(stored).toContain(ROLE_ARN);
  expect(stored).toContain('drafts-web');
  expect(stored).not.toContain(MFA_CODE);
  expect(stored).not.toContain(TOKEN);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
  expect(dialogs, 'unsent input: the reload asked first').toEqual(['beforeunload']);
  await expect(app.field('Role ARN')).toHaveValue(ROLE_ARN);
  await expect(app.field('External ID')).toHaveValue('ext-1234');
  await expect(app.field('MFA serial number')).toHaveValue(demo.user.mfaSerial);
  await expect(app.field('MFA code')).toHaveValue('');

  await page.getByRole('link', { name: /AssumeRoleWithWebIdentity/ }).click();
  await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
  await expect(app.field('Role session name')).toHaveValue('drafts-web');
  await expect(app.field('Web identity token')).toHaveValue('');
});

test('a fresh page leaves without asking', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const app = new ConsolePage(page);
  for (const slug of ['', 'assume-role', 'get-web-identity-token', 'get-federation-token']) {
    await app.open(slug);
    await interact(page);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
  }
  await interact(page);
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual([]);
});

test('a set in the wallet makes leaving ask; "Clear everything" lets it go', async ({
  page,
  guard,
}) => {
  guard.secret(demo.user.secretAccessKey);
  const dialogs = recordDialogs(page);
  const app = new ConsolePage(page);
  await app.open('get-caller-identity');
  await signInWithDemoKeys(app, demo);
  await expect(walletItems(page)).toHaveCount(1);

  // Dismissed, the question keeps the page and the wallet.
  page.removeAllListeners('dialog');
  const dismissed = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await dismissed).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await expect(walletItems(page)).toHaveCount(1);

  const afterClear = recordDialogs(page);
  await app.button('Clear everything').click();
  await expect(walletItems(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
  expect(afterClear).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('a sent form leaves without asking until it is edited; Clear everything drops the drafts', async ({
  page,
  guard,
}) => {
  guard.secret(TOKEN);
  const dialogs = recordDialogs(page);
  const app = new ConsolePage(page);
  await app.fillWebIdentity(TOKEN, demo.roles.webIdentity, 'drafts-sent');
  await app.button('Assume role').click();
  // The sandbox refuses the made-up token: sent, and no set in the wallet.
  await expect(app.alert.filter({ hasText: 'InvalidIdentityToken' })).toBeVisible();
  await expect(walletItems(page)).toHaveCount(0);
  await interact(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
  expect(dialogs, 'nothing unsent: no question').toEqual([]);
  // What was sent is still there after the reload, but the token is not.
  await expect(app.field('Role session name')).toHaveValue('drafts-sent');
  await expect(app.field('Web identity token')).toHaveValue('');

  await app.field('Role session name').fill('drafts-edited');
  await interact(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
  expect(dialogs, 'edited since the send: asked').toEqual(['beforeunload']);
  await expect(app.field('Role session name')).toHaveValue('drafts-edited');

  await app.button('Clear everything').click();
  await expect.poll(() => storedDrafts(page)).toBeNull();
  await interact(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(app.field('Role ARN')).toHaveValue('');
  await expect(app.field('Role session name')).toHaveValue('');
});

test('leaving for the identity provider (pop-ups blocked) does not ask, and the draft is back on return', async ({
  page,
}) => {
  // A sign-in in a pop-up does not leave the tab; the full-page one, chosen when pop-ups are
  // blocked, does.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  const dialogs = recordDialogs(page);
  const app = new ConsolePage(page);
  await app.open();
  await page.getByLabel(/^Role ARN/).fill(demo.roles.webIdentity);
  await page.getByRole('button', { name: 'Sign in with Sandbox', exact: true }).click();
  await app.button('Sign in with Sandbox in this tab').click();
  await expect(page.getByRole('heading', { name: /Sign in to the sandbox/ })).toBeVisible();
  expect(dialogs).toEqual([]);
  await page.getByLabel('Username').fill('alice');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Signed in with Sandbox' }),
  ).toBeVisible();
  await expect(page.getByLabel(/^Role ARN/)).toHaveValue(demo.roles.webIdentity);
});
