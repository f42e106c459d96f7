import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { ConsolePage } from './support/console-page.ts';
import { signInWithDemoKeys } from './support/demo-keys.ts';
import { expect, test } from './support/test.ts';
import { resetStats, sandboxCli, stats, world, type WorldSummary } from './support/sandbox.ts';

/** Same-document navigation: the wallet (memory) survives. */
async function go(page: Page, slug: string): Promise<void> {
  await page.evaluate((s) => {
    window.location.hash = `#/${s}`;
  }, slug);
  await expect(page.getByRole('heading', { level: 2, name: slugHeading[slug] })).toBeVisible();
}

const slugHeading: Record<string, string> = {
  'assume-role': 'AssumeRole',
  'assume-root': 'AssumeRoot',
  'get-session-token': 'GetSessionToken',
  'get-federation-token': 'GetFederationToken',
  'get-delegated-access-token': 'GetDelegatedAccessToken',
};

function totp(demo: WorldSummary): string {
  return new TOTP({
    secret: Secret.fromBase32(demo.user.mfaSecretBase32),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate();
}

function walletItem(page: Page, label: string) {
  return page.getByRole('listitem', { name: `Credential set ${label}` });
}

test('AssumeRole on an MFA-protected role: refused without MFA, then works with a code', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open('assume-role');
  await signInWithDemoKeys(app, demo, guard);
  await app.field('Role ARN').fill(demo.roles.mfa);
  await app.field('Role session name').fill('mfa-check');
  await app.button('Assume role').click();
  await expect(app.alert).toContainText('AccessDenied');
  await expect(app.alert).toContainText('What to do:');

  await app.field('MFA serial number').fill(demo.user.mfaSerial);
  await app.field('MFA code').fill(totp(demo));
  await app.button('Assume role').click();
  const card = app.credentialsCard;
  await expect(card).toContainText(`assumed-role/MfaProtected/mfa-check`);
  await expect(card).toContainText('Assumed role ID');
  await expect(walletItem(page, 'MfaProtected/mfa-check')).toContainText('from Keys');
  await page.screenshot({ path: '/tmp/shots/assume-role.png', fullPage: true });
});

test('web identity → AssumeRole(Admin) → AssumeRole(Admin): lineage, and the 1-hour chaining cap', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', 'carol@example.com']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('carol');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
  await walletItem(page, 'WebIdentityDemo/carol')
    .getByRole('button', { name: 'Use as signer' })
    .click();

  await go(page, 'assume-role');
  await app.field('Role ARN').fill(demo.roles.admin);
  await app.field('Role session name').fill('chain-1');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText('assumed-role/Admin/chain-1');
  await walletItem(page, 'Admin/chain-1').getByRole('button', { name: 'Use as signer' }).click();

  await app.field('Role session name').fill('chain-2');
  await app.field('Duration (seconds)').fill('7200');
  // Warned before sending…
  await expect(page.getByText(/Role chaining .* limits the session to 1 hour/)).toBeVisible();
  await resetStats();
  await app.button('Assume role').click();
  // …and STS's refusal after.
  await expect(app.alert).toContainText(
    'Role chaining allows 1 hour at most ValidationError HTTP 400',
  );
  await expect(app.alert).toContainText(
    'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
  );
  await expect(app.alert).toContainText(
    'What to do: Ask for 3600 seconds or less in Duration (seconds)',
  );
  expect((await stats()).byAction.AssumeRole).toBe(1);

  await app.field('Duration (seconds)').fill('3600');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText('assumed-role/Admin/chain-2');
  await expect(walletItem(page, 'Admin/chain-2')).toContainText('from Admin/chain-1');
  await expect(walletItem(page, 'Admin/chain-1')).toContainText('from WebIdentityDemo/carol');
  await page.screenshot({ path: '/tmp/shots/chain.png', fullPage: true });
});

test('AssumeRoot: works on a regional endpoint, blocked on the global one', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open('assume-root');
  await signInWithDemoKeys(app, demo, guard);
  await app.field('Target principal').fill(demo.memberAccount);
  await app
    .field('Task policy ARN')
    .selectOption('arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials');
  await app.button('Assume root').click();
  const card = page.getByRole('article', { name: 'Root credentials' });
  await expect(card).toContainText(`arn:aws:iam::${demo.memberAccount}:root`);
  await expect(card).toContainText('root-task/IAMAuditRootUserCredentials');
  await page.screenshot({ path: '/tmp/shots/assume-root.png', fullPage: true });

  // The endpoint settings sit behind the endpoint summary in the top bar.
  await page.locator('summary', { hasText: 'calls go to' }).click();
  await page.getByRole('radio', { name: 'AWS' }).check();
  await page.getByRole('checkbox', { name: /Use the global endpoint/ }).check();
  await expect(page.getByText(/AssumeRoot works only with a regional STS endpoint/)).toBeVisible();
  await expect(app.button('Assume root')).toBeDisabled();
  await expect(page.getByText('Blocked: AssumeRoot needs a regional endpoint.')).toBeVisible();
});

test('GetSessionToken with MFA, then refused when session credentials would sign', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open('get-session-token');
  await signInWithDemoKeys(app, demo, guard);
  await app.field('Duration (seconds)').fill('900');
  await app.field('MFA serial number').fill(demo.user.mfaSerial);
  await app.field('MFA code').fill(totp(demo));
  await app.button('Get session token').click();
  const card = page.getByRole('article', { name: 'Session credentials' });
  await expect(card).toContainText('Authenticated with MFA');
  await page.screenshot({ path: '/tmp/shots/get-session-token.png', fullPage: true });

  await walletItem(page, 'Keys AKIARTX3… session (MFA)')
    .getByRole('button', { name: 'Use as signer' })
    .click();
  await expect(page.getByText(/GetSessionToken needs long-term access keys/)).toBeVisible();
  await expect(app.button('Get session token')).toBeDisabled();
});

test('GetFederationToken: a bad name is caught before sending, then a federated user', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open('get-federation-token');
  await signInWithDemoKeys(app, demo, guard);
  await resetStats();
  await app.field('Name').fill('bob smith');
  await app.button('Get federation token').click();
  await expect(app.field('Name')).toBeFocused();
  await expect(app.field('Name')).toHaveAttribute('aria-invalid', 'true');
  expect((await stats()).requests).toBe(0);

  await app.field('Name').fill('bob');
  await expect(page.getByTestId('federation-no-policy')).toContainText('no permissions');
  await app.button('Get federation token').click();
  const card = page.getByRole('article', { name: 'Federated user credentials' });
  await expect(card).toContainText(`arn:aws:sts::${demo.accountId}:federated-user/bob`);
  await expect(card).toContainText(`${demo.accountId}:bob`);
  // No session policy sent: STS returns no packed policy size, and the card shows none.
  await expect(card).not.toContainText('Packed policy size');
  await page.screenshot({ path: '/tmp/shots/get-federation-token.png', fullPage: true });

  await app
    .field('Session policy (JSON)')
    .fill(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    );
  await app.button('Get federation token').click();
  await expect(card).toContainText(/Packed policy size\s*\d+% of the limit/);
});

test('GetDelegatedAccessToken: trades a token in, and explains an expired one', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const fresh = await sandboxCli(['trade-in-token']);
  const expired = await sandboxCli(['trade-in-token', '--ttl=-60']);
  guard.secret(fresh);
  guard.secret(expired);
  const app = new ConsolePage(page);
  await app.open('get-delegated-access-token');
  await signInWithDemoKeys(app, demo, guard);
  await app.field('Trade-in token').fill(expired);
  // Masked by CSS, not type=password: no browser offers to save it as a login.
  await expect(app.field('Trade-in token')).toHaveAttribute('type', 'text');
  await expect(app.field('Trade-in token')).toHaveClass(/input--masked/);
  await app.button('Trade in the token').click();
  await expect(app.alert).toContainText('ExpiredTradeInTokenException');
  await expect(app.alert).toContainText('new trade-in token');

  await app.field('Trade-in token').fill(fresh);
  await app.button('Trade in the token').click();
  const card = page.getByRole('article', { name: 'Delegated credentials' });
  await expect(card).toContainText('Assumed principal');
  await expect(card).toContainText(demo.accountId);
  await page.screenshot({ path: '/tmp/shots/get-delegated-access-token.png', fullPage: true });
});
