import type { Page } from '@playwright/test';
import { expect, test, type Guard } from './support/test.ts';
import { signInWithDemoKeys } from './support/accessibility.ts';
import { ConsolePage } from './support/console-page.ts';
import {
  resetStats,
  sandboxCli,
  setFault,
  stats,
  world,
  type WorldSummary,
} from './support/sandbox.ts';

/**
 * Issue 7, "Faults the console survives": each sandbox fault mode, switched on for one test. In
 * each: a clear message at the form, every input kept, and the app usable at once after.
 */

let demo: WorldSummary;
let token: string;

test.beforeAll(async () => {
  // One world and one token for the file: the sandbox CLI takes seconds to start.
  demo = await world();
  token = await sandboxCli(['token', '--sub', 'resilient']);
});

test.afterEach(async () => {
  await setFault('none');
});

interface WebIdentityForm {
  app: ConsolePage;
  demo: WorldSummary;
  token: string;
  sessionName: string;
}

/** Opens the web identity form (an unsigned call) and fills every required input. */
async function fillWebIdentity(page: Page, guard: Guard, sessionName: string) {
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill(sessionName);
  await app.field('Duration (seconds)').fill('1800');
  return { app, demo, token, sessionName } satisfies WebIdentityForm;
}

/** Every input is still there after the failure. */
async function expectInputsKept({ app, demo, token, sessionName }: WebIdentityForm) {
  await expect(app.field('Web identity token')).toHaveValue(token);
  await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
  await expect(app.field('Role session name')).toHaveValue(sessionName);
  await expect(app.field('Duration (seconds)')).toHaveValue('1800');
}

/** The fault is gone: the same form, unchanged, now gets credentials. */
async function expectUsableAfter(form: WebIdentityForm) {
  await setFault('none');
  await form.app.button('Assume role').click();
  await expect(form.app.credentialsCard).toBeVisible();
  await expect(form.app.alert).toHaveCount(0);
}

test('a 10-second wait can be cancelled, keeps the inputs and the next call works', async ({
  page,
  guard,
}) => {
  const form = await fillWebIdentity(page, guard, 'slow-network');
  await setFault('latency', { latencyMs: 10_000 });
  await resetStats();
  await form.app.button('Assume role').click();
  await expect(form.app.button('Sending…')).toBeDisabled();
  await form.app.button('Cancel').click();
  await expect(form.app.alert).toContainText('Cancelled');
  await expect(form.app.alert).toContainText('Send again when ready');
  await expect(form.app.button('Cancel')).toHaveCount(0);
  await expect(form.app.button('Assume role')).toBeEnabled();
  await expect(form.app.credentialsCard).toHaveCount(0);
  await expectInputsKept(form);
  await expectUsableAfter(form);
});

test('HTTP 500 is explained as an STS internal error, after the SDK retried', async ({
  page,
  guard,
}) => {
  const form = await fillWebIdentity(page, guard, 'http-500');
  await setFault('http500');
  await resetStats();
  await form.app.button('Assume role').click();
  await expect(form.app.alert).toContainText('STS had an internal error InternalFailure HTTP 500');
  await expect(form.app.alert).toContainText(
    'What to do: Retry in a moment; your inputs are kept.',
  );
  const counted = await stats();
  expect(counted.requests, 'the first attempt and two retries').toBe(3);
  expect(counted.preflights).toBe(0);
  await expectInputsKept(form);
  await expectUsableAfter(form);
});

test('HTTP 503 is explained as STS being unavailable', async ({ page, guard }) => {
  const form = await fillWebIdentity(page, guard, 'http-503');
  await setFault('http503');
  await form.app.button('Assume role').click();
  await expect(form.app.alert).toContainText('STS is unavailable');
  await expect(form.app.alert).toContainText('HTTP 503');
  await expectInputsKept(form);
  await expectUsableAfter(form);
});

test('throttling: the SDK tries three times, then says so clearly', async ({ page, guard }) => {
  const form = await fillWebIdentity(page, guard, 'throttled');
  await setFault('throttle');
  await resetStats();
  await form.app.button('Assume role').click();
  await expect(form.app.alert).toContainText('STS is throttling you', { timeout: 15_000 });
  await expect(form.app.alert).toContainText('Throttling');
  await expect(form.app.alert).toContainText('Wait a few seconds and send again');
  const counted = await stats();
  expect(counted.requests, 'the first attempt and two retries').toBe(3);
  expect(counted.preflights).toBe(0);
  await expectInputsKept(form);
  await expectUsableAfter(form);
});

test('a connection reset is explained as no answer from the endpoint', async ({ page, guard }) => {
  const form = await fillWebIdentity(page, guard, 'conn-reset');
  await setFault('reset');
  await form.app.button('Assume role').click();
  await expect(form.app.alert).toContainText('Cannot reach the endpoint');
  await expect(form.app.alert).not.toContainText('Failed to fetch');
  await expectInputsKept(form);
  await expectUsableAfter(form);
});

test('an answer without CORS headers is explained as CORS, not "Failed to fetch"', async ({
  page,
  guard,
}) => {
  const form = await fillWebIdentity(page, guard, 'no-cors');
  await setFault('no-cors');
  await form.app.button('Assume role').click();
  await expect(form.app.alert).toContainText('Blocked by CORS');
  await expect(form.app.alert).toContainText('without CORS headers');
  await expect(form.app.alert).not.toContainText('Failed to fetch');
  await expect(form.app.alert).not.toContainText('Cannot reach');
  await expectInputsKept(form);
  await expectUsableAfter(form);
});

test('a 20-minute clock skew on a signed call is corrected by the SDK, and the console says so', async ({
  page,
}) => {
  const app = new ConsolePage(page);
  await app.open('get-caller-identity');
  await app.button('Add access keys').click();
  const keys = page.getByRole('group', { name: 'Add access keys' });
  await keys.getByLabel('Access key ID', { exact: true }).fill(demo.user.accessKeyId);
  await keys.getByLabel('Secret access key', { exact: true }).fill(demo.user.secretAccessKey);
  await keys.getByRole('button', { name: 'Add and sign with these keys' }).click();
  await expect(page.getByTestId('call-summary')).toContainText('Signed by');

  await setFault('clock-skew');
  await resetStats();
  await app.button('Ask STS who I am').click();
  const result = page.getByRole('article', { name: 'Caller identity' });
  await expect(result).toContainText(demo.user.arn);
  await expect(app.alert).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'clock is 20 minutes behind STS’s' }),
  ).toContainText('The SDK corrected for it');
  // The first attempt was refused for the skew; the SDK corrected its clock and tried again.
  expect((await stats()).byAction.GetCallerIdentity).toBe(2);

  await setFault('none');
  await app.button('Ask STS who I am').click();
  await expect(result).toContainText(demo.user.arn);
});

test('under a 20-minute clock skew, credential countdowns show the real lifetime', async ({
  page,
  guard,
}) => {
  // Signed: the SDK learns the offset only from a signed call's answer (anonymous calls skip it).
  guard.secret(demo.user.secretAccessKey);
  const app = new ConsolePage(page);
  await app.open('get-session-token');
  await signInWithDemoKeys(app, demo);

  await setFault('clock-skew');
  await app.field('Duration (seconds)').fill('3600');
  await app.button('Get session token').click();
  const card = page.getByRole('article', { name: 'Session credentials' });
  await expect(card).toContainText('Expiration');
  await expect(
    page.getByRole('status').filter({ hasText: 'clock is 20 minutes behind STS’s' }),
  ).toBeVisible();
  // STS's one hour, not the 1h 20m a local clock 20 minutes behind would count.
  await expect(card.getByText(/ left$/).first()).toHaveText(/^(?:59m \d\ds|1h 00m 00s) left$/);
  const item = page.getByRole('listitem', { name: /^Credential set .* session$/ });
  await expect(item.getByText(/ left$/)).toHaveText(/^(?:59m|1h 00m) left$/);
  // The Expiration itself stays STS's, for exports; the card says what the local clock will read.
  await expect(card).toContainText('this computer’s clock will read');
});

test('under a 20-minute clock skew, an unsigned call’s credentials count down by STS’s clock too', async ({
  page,
  guard,
}) => {
  // Unsigned: the SDK does not read STS's clock; the console does, from the answer's Date header.
  const { app } = await fillWebIdentity(page, guard, 'skewed');
  await setFault('clock-skew');
  await app.button('Assume role').click();
  const card = app.credentialsCard;
  await expect(card).toContainText('Expiration');
  await expect(
    page.getByRole('status').filter({ hasText: 'clock is 20 minutes behind STS’s' }),
  ).toBeVisible();
  // fillWebIdentity asks for 1800 s: STS's half hour, not the 50 minutes a clock 20 minutes behind counts.
  await expect(card.getByText(/ left$/).first()).toHaveText(/^(?:29m \d\ds|30m 00s) left$/);
});
