import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { sandboxCli, world, type WorldSummary } from './support/sandbox.ts';

/** Pastes `text` into a field as the browser would hand it over (a paste event with its data). */
async function paste(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** A web identity role set in the wallet: its identity carries the sandbox account. */
async function webIdentitySet(app: ConsolePage, demo: WorldSummary): Promise<void> {
  const token = await sandboxCli(['token', '--sub', 'alice']);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('alice');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
}

function panel(page: Page): Locator {
  return page.getByRole('alert');
}

test('a pasted ARN loses its surrounding spaces and quotes, and the field says so', async ({
  page,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open();
  await paste(app.field('Role ARN'), `  "${demo.roles.webIdentity}"\n`);
  await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
  await expect(page.getByText('Removed the quotes and the spaces and line breaks')).toBeVisible();
  // Typing again: the note was about the paste, not about what is there now.
  await app.field('Role ARN').press('End');
  await app.field('Role ARN').press('Backspace');
  await expect(page.getByText(/Removed the quotes/)).toBeHidden();
});

test('a token pasted with "Bearer " is cleaned before it is decoded', async ({ page, guard }) => {
  const token = await sandboxCli(['token', '--sub', 'alice', '--email', 'alice@example.com']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await paste(app.field('Web identity token'), `Bearer ${token}\n`);
  await expect(app.field('Web identity token')).toHaveValue(token);
  await expect(page.getByText('Removed the leading “Bearer ”')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Decoded token' })).toContainText(
    'alice@example.com',
  );
});

test('an ARN with a missing colon is stopped at the field, before anything is sent', async ({
  page,
  guard,
}) => {
  const token = await sandboxCli(['token', '--sub', 'alice']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill('arn:aws:iam:111122223333:role/WebIdentityDemo');
  await app.field('Role session name').fill('alice');
  await app.button('Assume role').click();
  await expect(page.getByText('Role ARN is missing a colon: an ARN has five')).toBeVisible();
  await expect(app.field('Role ARN')).toBeFocused();
});

test('the only set that can sign is chosen for you; a bare role name gets its full ARN', async ({
  page,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await webIdentitySet(app, demo);
  await app.open('assume-role');
  await expect(page.getByTestId('signer-preselected')).toContainText(
    'is the only set in the wallet that can sign AssumeRole',
  );
  await expect(page.getByTestId('call-summary')).toContainText(
    'assumed-role/WebIdentityDemo/alice',
  );
  await app.field('Role ARN').fill('Admin');
  await expect(page.getByTestId('role-arn-suggestion')).toContainText(
    `Did you mean arn:aws:iam::${demo.accountId}:role/Admin?`,
  );
  await app.button('Use this ARN').click();
  await expect(app.field('Role ARN')).toHaveValue(`arn:aws:iam::${demo.accountId}:role/Admin`);
  await expect(page.getByTestId('role-arn-suggestion')).toBeHidden();
});

test('an STS error that names a member marks its field; editing the field marks the panel as about earlier input', async ({
  page,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await webIdentitySet(app, demo);
  await app.open('assume-role');
  await app.field('Role ARN').fill(demo.roles.admin);
  await app.field('Role session name').fill('chained');
  // Role chaining caps the session at one hour: STS answers with a message naming DurationSeconds.
  await app.field('Duration (seconds)').fill('7200');
  await app.button('Assume role').click();
  await expect(panel(page)).toContainText('ValidationError');
  await expect(panel(page)).toContainText('STS named the field Duration (seconds)');
  await expect(app.field('Duration (seconds)')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.button('Assume role')).toBeFocused();
  await app.button('Go to Duration (seconds)').click();
  await expect(app.field('Duration (seconds)')).toBeFocused();
  // Editing another field does not make the answer about something else.
  await app.field('Role session name').fill('chained-2');
  await expect(page.getByTestId('failure-stale')).toBeHidden();
  await app.field('Duration (seconds)').fill('3600');
  await expect(page.getByTestId('failure-stale')).toContainText(
    'About what you sent before: you have changed Duration (seconds) since.',
  );
  await expect(app.field('Duration (seconds)')).toHaveAttribute('aria-invalid', 'false');
});

test('an answer about no one field is marked as about earlier input after any edit', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', 'alice']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  // The admin role does not trust the web identity provider: AccessDenied, about the whole request.
  await app.field('Role ARN').fill(demo.roles.admin);
  await app.field('Role session name').fill('alice');
  await app.button('Assume role').click();
  await expect(panel(page)).toContainText('AccessDenied');
  await expect(page.getByTestId('failure-stale')).toBeHidden();
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await expect(page.getByTestId('failure-stale')).toContainText('you have changed Role ARN since');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
  await expect(panel(page)).toBeHidden();
});
