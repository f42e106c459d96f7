import type { Locator, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expect, test, type Guard } from './support/test.ts';
import { signInWithDemoKeys } from './support/accessibility.ts';
import { ConsolePage } from './support/console-page.ts';
import { resetStats, sandboxCli, stats, world, type WorldSummary } from './support/sandbox.ts';

/**
 * Issue 18: for each signed operation whose refusals only STS can decide, one journey where the
 * sandbox answers an STS error. The request must really reach the sandbox (counted once), and the
 * console must show the error's code, STS's message and the advice for it.
 */

let demo: WorldSummary;

test.beforeAll(async () => {
  demo = await world();
});

async function openSigned(page: Page, slug: string, guard: Guard): Promise<ConsolePage> {
  guard.secret(demo.user.secretAccessKey);
  const app = new ConsolePage(page);
  await app.open(slug);
  await signInWithDemoKeys(app, demo);
  return app;
}

/** Sends with `button` and checks the sandbox received exactly one `action` request. */
async function sendOnce(app: ConsolePage, button: string, action: string): Promise<Locator> {
  await resetStats();
  await app.button(button).click();
  await expect(app.alert).toBeVisible();
  expect((await stats()).byAction[action], `${action} requests the sandbox answered`).toBe(1);
  return app.alert;
}

/** The failure panel: title, code with HTTP status, STS's message and the next step. */
async function expectFailure(
  alert: Locator,
  expected: { title: string; code: string; status: number; message: string; nextStep: string },
): Promise<void> {
  // The panel's first line reads "<title> <code> HTTP <status>".
  await expect(alert).toContainText(
    `${expected.title} ${expected.code} HTTP ${String(expected.status)}`,
  );
  await expect(alert).toContainText(expected.message);
  await expect(alert).toContainText(`What to do: ${expected.nextStep}`);
}

test('AssumeRoot on an account that is not a member is refused by STS, and decodable', async ({
  page,
  guard,
}) => {
  const app = await openSigned(page, 'assume-root', guard);
  // The management account itself: a well-formed ID, but not a member of the organization.
  await app.field('Target principal').fill(demo.accountId);
  await app
    .field('Task policy ARN')
    .selectOption('arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials');
  const alert = await sendOnce(app, 'Assume root', 'AssumeRoot');
  await expectFailure(alert, {
    title: 'Access denied',
    code: 'AccessDenied',
    status: 403,
    message: `User: ${demo.user.arn} is not authorized to perform: sts:AssumeRoot on resource: ${demo.accountId}`,
    nextStep: 'Decode the authorization message below to see which statement denied it.',
  });
  await expect(
    alert.getByRole('button', { name: 'Decode the authorization message' }),
  ).toBeVisible();
  await expect(page.getByRole('article', { name: 'Root credentials' })).toHaveCount(0);
});

test('GetSessionToken with a wrong MFA code is refused by STS, and the code stays editable', async ({
  page,
  guard,
}) => {
  const app = await openSigned(page, 'get-session-token', guard);
  const right = new TOTP({
    secret: Secret.fromBase32(demo.user.mfaSecretBase32),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate();
  const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
  await app.field('MFA serial number').fill(demo.user.mfaSerial);
  await app.field('MFA code').fill(wrong);
  const alert = await sendOnce(app, 'Get session token', 'GetSessionToken');
  await expectFailure(alert, {
    title: 'Wrong MFA code',
    code: 'AccessDenied',
    status: 403,
    message: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
    nextStep:
      'Check the code and your device’s clock (codes change every 30 seconds and depend on the time), then wait for the next code, enter it in MFA code and send again.',
  });
  await expect(app.field('MFA code')).toHaveValue(wrong);
  await expect(page.getByRole('article', { name: 'Session credentials' })).toHaveCount(0);
});

test('GetFederationToken with a policy that is JSON but not a policy is refused by STS', async ({
  page,
  guard,
}) => {
  const app = await openSigned(page, 'get-federation-token', guard);
  await app.field('Name').fill('bob');
  // Valid JSON, so the console lets it through; without a Statement it is no policy.
  await app.field('Session policy (JSON)').fill('{"Version":"2012-10-17"}');
  const alert = await sendOnce(app, 'Get federation token', 'GetFederationToken');
  await expectFailure(alert, {
    title: 'The session policy is not valid',
    code: 'MalformedPolicyDocument',
    status: 400,
    message: 'Syntax errors in policy.',
    nextStep: 'Fix the JSON or the policy grammar in Session policy (JSON).',
  });
  await expect(page.getByRole('article', { name: 'Federated user credentials' })).toHaveCount(0);
});

test('GetAccessKeyInfo of an ID that is not base32 is refused by STS', async ({ page, guard }) => {
  const app = await openSigned(page, 'get-access-key-info', guard);
  // Capital letters and digits, so well-formed for the model; 0, 1, 8 and 9 are not base32.
  const notBase32 = 'AKIA0000000011111111';
  await page.getByLabel(/^Access key ID/).fill(notBase32);
  await expect(page.getByRole('region', { name: 'Decoded offline' })).toContainText(
    'not base32 after its prefix',
  );
  const alert = await sendOnce(app, 'Ask STS for the account', 'GetAccessKeyInfo');
  await expectFailure(alert, {
    title: 'STS rejected a parameter',
    code: 'InvalidParameterValue',
    status: 400,
    message:
      'Invalid AccessKeyId: an access key ID is 4 prefix characters and 16 base32 characters',
    nextStep: 'Correct the field the message names and send again.',
  });
  await expect(page.getByRole('article', { name: 'Access key owner' })).toHaveCount(0);
});

test('GetWebIdentityToken outliving the signing session is refused by STS', async ({
  page,
  guard,
}) => {
  const token = await sandboxCli(['token', '--sub', 'short-lived']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('short-lived');
  await app.field('Duration (seconds)').fill('900');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
  await page
    .getByRole('listitem', { name: 'Credential set WebIdentityDemo/short-lived' })
    .getByRole('button', { name: 'Use as signer' })
    .click();

  await page.getByRole('link', { name: /GetWebIdentityToken/ }).click();
  await page.getByLabel('Audience 1', { exact: true }).fill('https://api.example.com');
  // A 15-minute session cannot sign for a token that lives an hour.
  await app.field('Duration (seconds)').fill('3600');
  const alert = await sendOnce(app, 'Get web identity token', 'GetWebIdentityToken');
  await expectFailure(alert, {
    title: 'Duration longer than your session',
    code: 'SessionDurationEscalationException',
    status: 403,
    message:
      'The requested token duration would extend the session beyond its original expiration time.',
    nextStep: 'Ask for a shorter token duration than your remaining session.',
  });
  await expect(page.getByRole('article', { name: 'Web identity token' })).toHaveCount(0);
});
