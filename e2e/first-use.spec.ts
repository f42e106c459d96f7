import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { sandboxCli, world } from './support/sandbox.ts';
import { go } from './support/accessibility.ts';

/** What a new user saw (issue 18), each fixed and kept so. */

/** A paste on the page itself (not into a field), as Ctrl+V on the page background does. */
async function pasteOnPage(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

function endpointPopover(page: Page) {
  return page
    .getByRole('banner')
    .getByText(/Local sandbox|AWS|Custom/)
    .first();
}

test('after a paste on a 1440×900 window, Role ARN and Assume role are in view', async ({
  page,
  guard,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const token = await sandboxCli(['token', '--sub', 'alice', '--email', 'alice@example.com']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  const decoded = page.getByRole('region', { name: 'Decoded token' });
  await expect(decoded).toContainText('Claims: alice@example.com · aud sts-console');
  await expect(app.field('Role ARN')).toBeInViewport({ ratio: 1 });
  await expect(app.button('Assume role')).toBeInViewport({ ratio: 1 });
  // Every claim is one click away.
  await decoded.getByText(/^Claims:/).click();
  await expect(decoded.getByText('email_verified')).toBeVisible();
});

test('a token pasted on the page lands in its field, and focus on the next empty one', async ({
  page,
  guard,
}) => {
  const token = await sandboxCli(['token']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open('get-caller-identity');
  await pasteOnPage(page, token);
  await expect(
    page.getByRole('heading', { level: 2, name: 'AssumeRoleWithWebIdentity' }),
  ).toBeVisible();
  await expect(app.field('Web identity token')).toHaveValue(token);
  await expect(app.field('Role ARN')).toBeFocused();
});

test('text pasted on the page that is not recognised is shown back, unless it looks secret', async ({
  page,
}) => {
  const app = new ConsolePage(page);
  await app.open();
  await pasteOnPage(page, 'role is Admin in 111122223333');
  await expect(app.alert).toContainText('Not recognised');
  await expect(app.alert).toContainText('You pasted: role is Admin in 111122223333');
  await expect(app.alert).toContainText('I looked for:');
  await expect(page.getByLabel('Text to recognise')).not.toHaveClass(/input--masked/);

  await page.getByLabel('Text to recognise').fill('aws_secret_access_key = not-quite-a-profile');
  await app.button('Recognise').click();
  await expect(app.alert).toContainText('they look like a secret, so they stay hidden');
  await expect(app.alert).not.toContainText('not-quite-a-profile');
  await expect(page.getByLabel('Text to recognise')).toHaveClass(/input--masked/);
});

test('the endpoint popover closes on Escape, an outside click and navigation', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.open();
  const region = page.getByRole('radio', { name: 'Local sandbox' });
  await endpointPopover(page).click();
  await expect(region).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(region).toBeHidden();

  await endpointPopover(page).click();
  await expect(region).toBeVisible();
  await page.getByRole('heading', { level: 2, name: 'AssumeRoleWithWebIdentity' }).click();
  await expect(region).toBeHidden();

  await endpointPopover(page).click();
  await expect(region).toBeVisible();
  await go(page, 'assume-role', 'AssumeRole');
  await expect(region).toBeHidden();
});

test('a SAML assertion with one role picks it; Use as signer there goes to AssumeRole', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const saml = await sandboxCli(['saml']);
  guard.secret(saml);
  const app = new ConsolePage(page);
  await app.open('assume-role-with-saml');
  await app.field('SAML response').fill(saml);
  await expect(page.getByRole('radio', { name: /SamlDemo/ })).toBeChecked();
  await expect(app.field('Role ARN')).toHaveValue(demo.roles.saml);
  await expect(app.field('Principal ARN (SAML provider)')).toHaveValue(demo.samlProvider);
  await app.button('Assume role with SAML').click();
  await expect(app.credentialsCard).toContainText('assumed-role/SamlDemo/');
  // Signed by STS's clock and this computer's, which agree: one time, no "will read".
  await expect(app.credentialsCard).not.toContainText('this computer’s clock will read');

  await page
    .getByRole('listitem', { name: /^Credential set SamlDemo/ })
    .getByRole('button', { name: 'Use as signer' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'AssumeRole', exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId('call-summary')).toContainText('assumed-role/SamlDemo/');
  await expect(page.getByRole('status').filter({ hasText: 'signs the next call' })).toBeVisible();
});
