import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { signInWithDemoKeys } from './support/accessibility.ts';
import { ConsolePage, exportedSecrets } from './support/console-page.ts';
import { sandboxCli, sandboxUrl, world, type WorldSummary } from './support/sandbox.ts';
import { awsBinary, cleanAwsEnv, endpointAwareAws, runShell } from './support/shell.ts';
import { expect, test, type Guard } from './support/test.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Assumes WebIdentityDemo through the UI and returns the credentials card's page object. */
async function assume(page: Page, guard: Guard, demo: WorldSummary, session: string) {
  const token = await sandboxCli(['token', '--sub', session, '--email', `${session}@example.com`]);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill(session);
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
  return app;
}

async function copyAs(app: ConsolePage, guard: Guard, label: string): Promise<string> {
  await app.credentialsCard.getByRole('button', { name: `Copy as ${label}`, exact: true }).click();
  const text = await app.clipboard();
  for (const secret of exportedSecrets(text)) guard.secret(secret);
  return text;
}

const arnOf = (demo: WorldSummary, session: string) =>
  `arn:aws:sts::${demo.accountId}:assumed-role/WebIdentityDemo/${session}`;

test('the credentials-file profile and credential_process work with the AWS CLI', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = await assume(page, guard, demo, 'profile-user');
  await app.field('Profile name (credentials and config files)').fill('e2e-profile');
  const ini = await copyAs(app, guard, 'credentials file');
  expect(ini).toMatch(/^\[e2e-profile\]/m);
  const processJson = await copyAs(app, guard, 'credential_process');
  expect(JSON.parse(processJson)).toMatchObject({ Version: 1 });

  const env = await cleanAwsEnv();
  const dir = await mkdtemp(join(tmpdir(), 'sts-console-export-'));
  await writeFile(env.AWS_SHARED_CREDENTIALS_FILE ?? '', ini);
  const processFile = join(dir, 'credentials.json');
  await writeFile(processFile, processJson);
  await writeFile(
    env.AWS_CONFIG_FILE ?? '',
    `[profile from-process]\ncredential_process = cat ${processFile}\nregion = us-east-1\n`,
  );
  for (const profile of ['e2e-profile', 'from-process']) {
    const out = await runShell(
      'bash',
      `${awsBinary} --profile ${profile} --region us-east-1 sts get-caller-identity --endpoint-url ${sandboxUrl} --output json`,
      env,
    );
    expect(JSON.parse(out), profile).toMatchObject({ Arn: arnOf(demo, 'profile-user') });
  }
});

test('the copied bash block of a sandbox set works with plain aws sts get-caller-identity', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const cli = await endpointAwareAws(sandboxUrl, demo.user);
  const app = await assume(page, guard, demo, 'plain-cli-user');
  const bash = await copyAs(app, guard, 'bash');
  expect(bash).toContain(`export AWS_ENDPOINT_URL_STS='${sandboxUrl}'`);
  const out = await runShell('bash', `${bash}\n${cli} sts get-caller-identity --output json`, {
    ...(await cleanAwsEnv()),
  });
  expect(JSON.parse(out)).toMatchObject({ Arn: arnOf(demo, 'plain-cli-user') });
});

test('the fish export works in fish with the AWS CLI', async ({ page, guard }) => {
  const demo = await world();
  const app = await assume(page, guard, demo, 'fish-user');
  const fish = await copyAs(app, guard, 'fish');
  expect(fish).toContain('set -gx AWS_SESSION_TOKEN');
  const out = await runShell(
    'fish',
    `${fish}\n${awsBinary} sts get-caller-identity --endpoint-url ${sandboxUrl} --output json`,
    await cleanAwsEnv(),
  );
  expect(JSON.parse(out)).toMatchObject({ Arn: arnOf(demo, 'fish-user') });
});

test('a pasted export block lands in the wallet, signs GetCallerIdentity, and exports byte-identical values', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = await assume(page, guard, demo, 'import-user');
  const bash = await copyAs(app, guard, 'bash');
  const original = await runShell(
    'bash',
    `${bash}\nprintf '%s\\n%s\\n%s' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN"`,
    await cleanAwsEnv(),
  );

  await app.button('Clear everything').click();
  await expect(page.getByText('Credentials you get or import appear here.')).toBeVisible();
  await page.getByText('Paste anything').click();
  await page.getByLabel('Text to recognise').fill(bash);
  await app.button('Recognise').click();
  const imported = page.getByRole('listitem', { name: /Credential set Imported/ });
  await expect(imported).toBeVisible();
  await expect(imported).toContainText('via Import');

  // The imported set signs a call.
  await imported.getByRole('button', { name: 'Use as signer' }).click();
  await page.getByRole('link', { name: /GetCallerIdentity/ }).click();
  await app.button('Ask STS who I am').click();
  await expect(page.getByRole('article', { name: 'Caller identity' })).toContainText(
    arnOf(demo, 'import-user'),
  );

  // …and exports the very same bytes again, in bash and in fish.
  await imported.getByRole('button', { name: 'Export and details' }).click();
  const card = page.getByRole('article', { name: /^Credentials: Imported/ });
  await card.getByRole('button', { name: 'Copy as fish' }).click();
  const fishAgain = await app.clipboard();
  const viaFish = await runShell(
    'fish',
    `${fishAgain}\nprintf '%s\\n%s\\n%s' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN"`,
    await cleanAwsEnv(),
  );
  expect(viaFish).toBe(original);
  await card.getByRole('button', { name: 'Copy as bash' }).click();
  const viaBash = await runShell(
    'bash',
    `${await app.clipboard()}\nprintf '%s\\n%s\\n%s' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN"`,
    await cleanAwsEnv(),
  );
  expect(viaBash).toBe(original);

  // The same block pasted again updates that entry: no look-alike.
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Text to recognise').fill(bash);
  await app.button('Recognise').click();
  await expect(page.getByText(/its key is already in the wallet as “Imported/)).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Credential set / })).toHaveCount(1);
});

test('long-term keys are not exported silently: a confirmation first, and GetSessionToken offered', async ({
  page,
  guard,
}) => {
  const demo = await world();
  guard.secret(demo.user.secretAccessKey);
  const app = new ConsolePage(page);
  await app.open('get-caller-identity');
  await signInWithDemoKeys(app, demo);
  await page
    .getByRole('listitem', { name: /^Credential set Keys / })
    .getByRole('button', { name: 'Export and details' })
    .click();
  const card = page.getByRole('article', { name: /^Credentials: Keys / });
  await expect(card).toContainText('These are long-term access keys.');
  await expect(card.getByRole('button', { name: /^Copy as / })).toHaveCount(0);

  const exchange = card.getByRole('link', { name: 'Exchange with GetSessionToken' });
  await exchange.click();
  await expect(page.getByRole('heading', { level: 2, name: 'GetSessionToken' })).toBeVisible();
  await expect(app.button('Get session token')).toBeEnabled();

  await card.getByRole('button', { name: 'Export long-term keys anyway' }).click();
  await card.getByRole('button', { name: 'Copy as bash' }).click();
  const bash = await app.clipboard();
  expect(bash).toContain(`AWS_ACCESS_KEY_ID='${demo.user.accessKeyId}'`);
  expect(bash).toContain(`AWS_SECRET_ACCESS_KEY='${demo.user.secretAccessKey}'`);
  expect(bash).not.toContain('export AWS_SESSION_TOKEN');
});

test('unrecognised text says what was looked for, and nothing is lost', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.open();
  await page.getByText('Paste anything').click();
  await page.getByLabel('Text to recognise').fill('hello, is this a credential?');
  await app.button('Recognise').click();
  await expect(app.alert).toContainText('Not recognised');
  await expect(app.alert).toContainText('JSON Web Token');
  await expect(page.getByLabel('Text to recognise')).toHaveValue('hello, is this a credential?');
});

test('an expired set cannot sign, asks before export; Run again refills its form, and sending renews it', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = await assume(page, guard, demo, 'rerun-user');
  const item = page.getByRole('listitem', { name: /Credential set WebIdentityDemo\/rerun-user/ });
  await expect(item).toBeVisible();
  await page.clock.install();
  // Four minutes before the end: the title counts down, the icon has a yellow dot.
  await page.clock.fastForward('00:56:00');
  await expect(page).toHaveTitle(/^⚠ [34]m \d\ds left · STS Console$/);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon-soon.svg');
  await page.clock.fastForward('01:04:00');
  await expect(item.getByRole('button', { name: 'Expired' })).toBeDisabled();
  // A background tab says so: in its title, and with a red dot on its icon.
  await expect(page).toHaveTitle('⚠ Expired credentials in the wallet · STS Console');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon-expired.svg');
  // Exporting it asks first.
  await item.getByRole('button', { name: 'Export and details' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/STS and every tool refuse them now/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy as bash' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Export expired credentials anyway' }).click();
  await expect(dialog.getByRole('button', { name: 'Copy as bash' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await item.getByText(/^More actions/).click();
  await item.getByRole('button', { name: /Run again/ }).click();
  await expect(page.getByText(/supply a fresh web identity token/)).toBeVisible();
  await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
  await expect(app.field('Role session name')).toHaveValue('rerun-user');

  // A fresh token, sent now: the expired entry itself gets the new keys.
  await page.clock.setSystemTime(Date.now());
  const token = await sandboxCli([
    'token',
    '--sub',
    'rerun-user',
    '--email',
    'rerun-user@example.com',
  ]);
  guard.secret(token);
  await app.field('Web identity token').fill(token);
  await app.button('Assume role').click();
  await expect(item.getByRole('button', { name: 'Use as signer' })).toBeEnabled();
  await expect(page.getByRole('listitem', { name: /^Credential set / })).toHaveCount(1);
});

test('a set can be renamed, and recent values can be forgotten', async ({ page, guard }) => {
  const demo = await world();
  await assume(page, guard, demo, 'rename-user');
  const item = page.getByRole('listitem', { name: /Credential set WebIdentityDemo\/rename-user/ });
  await item.getByRole('button', { name: /^Rename/ }).click();
  const input = page.getByLabel(/^New name for/);
  await input.fill('prod reader');
  await input.press('Enter');
  await expect(page.getByRole('listitem', { name: 'Credential set prod reader' })).toBeVisible();

  await page.locator('summary', { hasText: 'calls go to' }).click();
  await expect(page.getByText(/recent values? remembered/)).toBeVisible();
  await page.getByRole('button', { name: 'Forget recent values' }).click();
  await expect(page.getByText('No recent values remembered.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sts-console.recent.v1'))).not.toContain(
    'rename-user',
  );
});

test('Run again renews a set in place: new keys, the same name and parent', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = await assume(page, guard, demo, 'parent-user');
  const parent = page.getByRole('listitem', {
    name: /Credential set WebIdentityDemo\/parent-user/,
  });
  await parent.getByRole('button', { name: 'Use as signer' }).click();
  await page.getByRole('link', { name: /^AssumeRole Assume a role/ }).click();
  await app.field('Role ARN').fill(demo.roles.admin);
  await app.field('Role session name').fill('again-1');
  await app.button('Assume role').click();
  const children = page.getByRole('listitem', { name: 'Credential set Admin/again-1' });
  await expect(children).toHaveCount(1);

  const keyBefore = await app.credentialsCard.getByText(/^ASIA/).first().textContent();

  await children.getByText(/^More actions/).click();
  await children.getByRole('button', { name: 'Run again: Admin/again-1' }).click();
  // Renewed in place: one entry, new keys, the same name and parent.
  await expect(page.getByText(/“Admin\/again-1” gets the new keys/)).toBeVisible();
  await expect(app.credentialsCard.getByText(/^ASIA/).first()).not.toHaveText(keyBefore ?? '');
  await expect(children).toHaveCount(1);
  await expect(children).toContainText('from WebIdentityDemo/parent-user');
  await expect(page.getByRole('listitem', { name: /^Credential set / })).toHaveCount(2);
});
