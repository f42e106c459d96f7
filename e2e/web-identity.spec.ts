import type { Page } from '@playwright/test';
import { expect, test, type Guard } from './support/test.ts';
import { ConsolePage, exportedSecrets } from './support/console-page.ts';
import { resetStats, sandboxCli, sandboxUrl, stats, world, setFault } from './support/sandbox.ts';
import { awsBinary, cleanAwsEnv, runShell } from './support/shell.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.afterEach(async () => {
  await setFault('none');
});

/** Opens the console with a fresh sandbox token, the demo role and `sessionName` filled in. */
async function fillDemoRequest(
  page: Page,
  guard: Guard,
  sessionName: string,
): Promise<ConsolePage> {
  const demo = await world();
  const token = await sandboxCli(['token']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.fillWebIdentity(token, demo.roles.webIdentity, sessionName);
  return app;
}

test('paste a token, assume the role, copy as bash and use it with the AWS CLI', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', 'alice', '--email', 'alice@example.com']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();

  await app.field('Web identity token').fill(token);
  await expect(page.getByRole('region', { name: 'Decoded token' })).toContainText(
    'alice@example.com',
  );
  await expect(page.getByText('Signature not verified')).toBeVisible();
  await app.button('Use it').click();
  await expect(app.field('Role session name')).toHaveValue('alice@example.com');
  await app.field('Role ARN').fill(demo.roles.webIdentity);

  await resetStats();
  await app.button('Assume role').click();

  const card = app.credentialsCard;
  await expect(card).toBeVisible();
  await expect(card).toContainText(
    `arn:aws:sts::${demo.accountId}:assumed-role/WebIdentityDemo/alice@example.com`,
  );
  await expect(card.getByText(/\d+m \d\ds left/)).toBeVisible();
  await expect(card.getByLabel('Secret access key (hidden)')).toBeVisible();

  // One round trip: the anonymous call is a CORS simple request, so no preflight.
  const counted = await stats();
  expect(counted.preflights).toBe(0);
  expect(counted.byAction.AssumeRoleWithWebIdentity).toBe(1);

  await card.getByRole('button', { name: 'Copy as bash' }).click();
  const exported = await app.clipboard();
  expect(exported).toContain('AWS_SESSION_TOKEN');
  for (const secret of exportedSecrets(exported)) guard.secret(secret);

  const env = await cleanAwsEnv();
  const out = await runShell(
    'bash',
    `${exported}\n${awsBinary} sts get-caller-identity --endpoint-url ${sandboxUrl} --output json`,
    env,
  );
  expect(JSON.parse(out)).toMatchObject({
    Arn: `arn:aws:sts::${demo.accountId}:assumed-role/WebIdentityDemo/alice@example.com`,
    Account: demo.accountId,
  });
});

test('an expired token is explained and nothing typed is lost', async ({ page, guard }) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--ttl', '-600']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await expect(page.getByText(/The token expired/)).toBeVisible();
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('expired-check');
  await app.button('Assume role').click();
  await expect(app.alert).toContainText('ExpiredTokenException');
  await expect(app.alert).toContainText('fresh token');
  await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
  await expect(app.field('Role session name')).toHaveValue('expired-check');
  await expect(app.field('Web identity token')).toHaveValue(token);
});

test('a token for the wrong audience names the audience and the role', async ({ page, guard }) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--aud', 'someone-else']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('aud-check');
  await app.button('Assume role').click();
  await expect(app.alert).toContainText('Incorrect token audience');
  await expect(app.alert).toContainText('"someone-else"');
  await expect(app.alert).toContainText(demo.roles.webIdentity);
});

test('an invalid role ARN is caught before any request is sent', async ({ page, guard }) => {
  const token = await sandboxCli(['token']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await resetStats();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill('role/x');
  await app.field('Role session name').fill('ok-name');
  await app.button('Assume role').click();
  await expect(app.field('Role ARN')).toBeFocused();
  await expect(page.getByText(/Role ARN must be 20 to 2,048 characters/)).toBeVisible();
  expect((await stats()).requests).toBe(0);
});

test('a session policy under “Session policies and more” is checked at its field before sending', async ({
  page,
  guard,
}) => {
  const app = await fillDemoRequest(page, guard, 'scoped');
  await resetStats();
  await page.getByText('Session policies and more', { exact: true }).click();
  await app.field('Session policy (JSON)').fill('{\n  "Version": "2012-10-17",\n}');
  await app.button('Assume role').click();
  await expect(
    page.getByText(/Session policy is not valid JSON: .* at line 3, column 1/),
  ).toBeVisible();
  await expect(app.field('Session policy (JSON)')).toBeFocused();
  expect((await stats()).requests).toBe(0);

  await app
    .field('Session policy (JSON)')
    .fill(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    );
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
});

test('the sandbox being down is explained as unreachable, then works again', async ({
  page,
  guard,
}) => {
  const app = await fillDemoRequest(page, guard, 'down-check');
  await page.route(`${sandboxUrl}/**`, (route) => route.abort('connectionrefused'));
  await app.button('Assume role').click();
  await expect(app.alert).toContainText('Cannot reach the endpoint');
  await page.unroute(`${sandboxUrl}/**`);
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
});
