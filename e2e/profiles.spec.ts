import { axeViolations } from './support/accessibility.ts';
import { ConsolePage } from './support/console-page.ts';
import { world } from './support/sandbox.ts';
import { expect, test } from './support/test.ts';

test('a pasted ~/.aws/config with a two-profile chain gives the final set with one click', async ({
  page,
  guard,
}) => {
  const demo = await world();
  guard.secret(demo.user.secretAccessKey);
  const config = [
    '# keys, then Admin, then a second role assumed from Admin',
    '[profile base]',
    `aws_access_key_id = ${demo.user.accessKeyId}`,
    `aws_secret_access_key = ${demo.user.secretAccessKey}`,
    '',
    '[profile Admin]',
    `role_arn = ${demo.roles.admin}`,
    'source_profile = base',
    'duration_seconds = 7200',
    '',
    '[profile admin-again]',
    `role_arn = ${demo.roles.admin}`,
    'source_profile = Admin',
    'role_session_name = second-hop',
    'duration_seconds = 7200',
    '',
  ].join('\n');
  const app = new ConsolePage(page);
  await app.open();
  await page.getByText('Paste anything').click();
  await page.getByLabel('Text to recognise').fill(config);
  await app.button('Recognise').click();

  const recipe = page.getByRole('listitem', { name: 'Recipe admin-again' });
  await expect(recipe).toContainText('Needs a source set: the keys of profile base');
  await expect(page.getByRole('listitem', { name: 'Recipe Admin', exact: true })).toBeVisible();
  await expect(
    page.getByRole('listitem', { name: 'Credential set base', exact: true }),
  ).toBeVisible();
  // Recipes are non-secret and persist; the keys do not.
  const stored = await page.evaluate(() => localStorage.getItem('sts-console.recipes.v1'));
  expect(stored).toContain('admin-again');
  expect(stored).not.toContain(demo.user.secretAccessKey);

  await recipe.getByRole('button', { name: 'Assume admin-again' }).click();
  const final = page.getByRole('listitem', { name: 'Credential set Admin/second-hop' });
  await expect(final).toBeVisible();
  await expect(final).toContainText('from Admin/sts-console-Admin');
  await expect(
    page.getByRole('listitem', { name: 'Credential set Admin/sts-console-Admin' }),
  ).toContainText('from base');
  // The second hop is role chaining: its 2 hours were cut to the 1-hour cap.
  await expect(app.field('Duration (seconds)')).toHaveValue('3600');
  await expect(final.getByRole('button', { name: 'Signing' })).toBeVisible();

  // Any set can start a new AssumeRole of its own.
  const first = page.getByRole('listitem', { name: 'Credential set Admin/sts-console-Admin' });
  await first.getByText(/^More actions/).click();
  await first.getByRole('button', { name: 'Assume a role from Admin/sts-console-Admin' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'AssumeRole' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Signing' })).toBeVisible();
});

test('a config file opened from disk gives a recipe that needs an MFA code, editable and removable', async ({
  page,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open();
  // The file picker takes a ~/.aws/config as it is on disk.
  await page.getByText('Paste anything').click();
  await page.getByLabel('Open a file…').setInputFiles({
    name: 'config',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(
      `[profile audit]\nrole_arn = ${demo.roles.admin}\nmfa_serial = ${demo.user.mfaSerial}\n`,
    ),
  });
  const recipe = page.getByRole('listitem', { name: 'Recipe audit' });
  await expect(recipe).toContainText('an MFA code');
  await recipe.getByRole('button', { name: 'Edit audit' }).click();
  expect(await axeViolations(page, 'recipes with an editor open')).toEqual([]);
  await recipe.getByLabel('External ID').fill('sandbox-external-id-42');
  await recipe.getByRole('button', { name: 'Save' }).click();
  const stored = await page.evaluate(() => localStorage.getItem('sts-console.recipes.v1'));
  expect(stored).toContain('sandbox-external-id-42');
  await recipe.getByRole('button', { name: 'Remove recipe audit' }).click();
  await expect(recipe).toHaveCount(0);
});
