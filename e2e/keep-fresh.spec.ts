import type { Locator, Page } from '@playwright/test';
import { ConsolePage } from './support/console-page.ts';
import { expect, test, type Guard } from './support/test.ts';
import { signInWithDemoKeys } from './support/demo-keys.ts';
import { resetStats, sandboxCli, setFault, stats, world } from './support/sandbox.ts';

test.afterEach(async () => {
  await setFault('none');
});

/** A page with a faked clock, signed in with the sandbox user's keys, on AssumeRole. */
async function openSignedIn(page: Page, guard: Guard): Promise<ConsolePage> {
  const app = new ConsolePage(page);
  await page.clock.install();
  await app.open('assume-role');
  await signInWithDemoKeys(app, await world(), guard);
  return app;
}

/** AssumeRole(Admin) for `seconds`, signed by the chosen signer; the new set's access key ID. */
async function assumeAdmin(app: ConsolePage, session: string, seconds: number): Promise<string> {
  await app.field('Role ARN').fill((await world()).roles.admin);
  await app.field('Role session name').fill(session);
  await app.field('Duration (seconds)').fill(String(seconds));
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText(`assumed-role/Admin/${session}`);
  return (await app.credentialsCard.getByTestId('access-key-id').textContent()) ?? '';
}

function walletItem(page: Page, label: string): Locator {
  return page.getByRole('listitem', { name: `Credential set ${label}` });
}

/** The access key ID a wallet set holds now, read from its details. */
async function keyOf(item: Locator): Promise<string> {
  await item.getByRole('button', { name: 'Export and details' }).click();
  const dialog = item.page().getByRole('dialog');
  const key = (await dialog.getByTestId('access-key-id').textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();
  return key;
}

test('Keep fresh renews a set 5 minutes before it expires: same entry and name, new keys', async ({
  page,
  guard,
}) => {
  const app = await openSignedIn(page, guard);
  const oldKey = await assumeAdmin(app, 'fresh', 900);
  const item = walletItem(page, 'Admin/fresh');
  await item.getByLabel('Keep fresh').check();
  await expect(item).toContainText('Keep fresh: renews 5 min before it expires.');
  await page.screenshot({ path: '/tmp/shots/keep-fresh-on.png', fullPage: true });
  await resetStats();

  // A minute short of 10 minutes (the clock also runs while the test works): not yet.
  await page.clock.fastForward('09:00');
  expect((await stats()).byAction.AssumeRole ?? 0).toBe(0);
  await page.clock.fastForward('01:01');
  await expect(page.getByText(/Kept fresh: “Admin\/fresh” was renewed at /)).toBeVisible();
  await expect(item).toContainText(/Kept fresh: renewed at \d/);
  expect((await stats()).byAction.AssumeRole).toBe(1);
  await page.screenshot({ path: '/tmp/shots/keep-fresh-renewed.png', fullPage: true });

  // One entry, its name kept, the old keys gone, the new ones live for another 15 minutes.
  await expect(page.getByRole('listitem', { name: /^Credential set / })).toHaveCount(2);
  const newKey = await keyOf(item);
  expect(newKey).toMatch(/^ASIA/);
  expect(newKey).not.toBe(oldKey);
  await expect(page.getByText(oldKey)).toHaveCount(0);
  await expect(item.getByRole('button', { name: 'Use as signer' })).toBeEnabled();
  // The renewed set is not renewed again for the same expiry.
  await page.clock.fastForward('01:00');
  expect((await stats()).byAction.AssumeRole).toBe(1);
});

test('a renewal that fails is explained, the old set stays, and a later try renews it', async ({
  page,
  guard,
}) => {
  const app = await openSignedIn(page, guard);
  const oldKey = await assumeAdmin(app, 'flaky', 900);
  const item = walletItem(page, 'Admin/flaky');
  await item.getByLabel('Keep fresh').check();
  await setFault('http503', { count: 20 });
  await page.clock.fastForward('10:01');
  await expect(page.getByText(/Keep fresh could not renew “Admin\/flaky”: /)).toBeVisible();
  await expect(item).toContainText(/Renewal failed at .+\. The old set stays until it expires\./);
  expect(await keyOf(item)).toBe(oldKey);
  await page.screenshot({ path: '/tmp/shots/keep-fresh-failed.png', fullPage: true });

  // STS answers again: the next try, half a minute later, renews the set.
  await setFault('none');
  await page.clock.fastForward('00:31');
  await expect(item).toContainText(/Kept fresh: renewed at \d/);
  expect(await keyOf(item)).not.toBe(oldKey);
});

test('Keep fresh cannot renew a set whose parent has expired, and says so', async ({
  page,
  guard,
}) => {
  const app = await openSignedIn(page, guard);
  await assumeAdmin(app, 'parent', 900);
  await walletItem(page, 'Admin/parent').getByRole('button', { name: 'Use as signer' }).click();
  const childKey = await assumeAdmin(app, 'child', 3600);
  const child = walletItem(page, 'Admin/child');
  await child.getByLabel('Keep fresh').check();
  await expect(child).toContainText('Keep fresh: renews 5 min before it expires.');
  await resetStats();

  await page.clock.fastForward('15:01');
  await expect(child).toContainText(
    'Cannot keep it fresh: the set that signed for it (“Admin/parent”) has expired.',
  );
  // Its renewal time comes and goes: nothing is sent with the expired parent, the set is as it was.
  await page.clock.fastForward('40:00');
  await expect(child.getByRole('button', { name: 'Use as signer' })).toBeEnabled();
  expect((await stats()).byAction.AssumeRole ?? 0).toBe(0);
  expect(await keyOf(child)).toBe(childKey);
  await page.screenshot({ path: '/tmp/shots/keep-fresh-parent-expired.png', fullPage: true });
  // A set whose source cannot sign cannot be put on Keep fresh either.
  await child.getByLabel('Keep fresh').uncheck();
  await expect(child.getByLabel('Keep fresh')).toBeDisabled();
});

test('Keep fresh trades a web identity token again while it is valid, and says when it has expired', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const mint = async (ttl: number) => {
    const token = await sandboxCli(['token', '--sub', 'kf-user', '--ttl', String(ttl)]);
    guard.secret(token);
    return token;
  };
  const app = new ConsolePage(page);
  await page.clock.install();
  await app.fillWebIdentity(await mint(7200), demo.roles.webIdentity, 'kf-long');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText('assumed-role/WebIdentityDemo/kf-long');
  await app.field('Web identity token').fill(await mint(600));
  await app.field('Role session name').fill('kf-short');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toContainText('assumed-role/WebIdentityDemo/kf-short');
  const long = walletItem(page, 'WebIdentityDemo/kf-long');
  const short = walletItem(page, 'WebIdentityDemo/kf-short');
  const oldKey = await keyOf(long);
  await long.getByLabel('Keep fresh').check();
  await short.getByLabel('Keep fresh').check();

  await page.clock.fastForward('10:01');
  await expect(short).toContainText(
    'Cannot keep it fresh: the web identity token it used has expired.',
  );
  await page.clock.fastForward('45:00');
  await expect(long).toContainText(/Kept fresh: renewed at \d/);
  expect(await keyOf(long)).not.toBe(oldKey);
  await expect(page.getByRole('listitem', { name: /^Credential set / })).toHaveCount(2);
});
