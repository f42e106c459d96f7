import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../sandbox/src/server.ts';
import { expect, test } from './support/test.ts';
import { axeViolations, signInWithDemoKeys } from './support/accessibility.ts';
import { ConsolePage } from './support/console-page.ts';
import { sandboxCli, sandboxPort, world } from './support/sandbox.ts';

const PROVIDER = `127.0.0.1:${String(sandboxPort)}/oidc`;
const DEV = 'repo:sandbox-org/app:ref:refs/heads/dev';

const WORLD_FILE = new URL('../sandbox/world.json', import.meta.url);

interface WorldJson {
  roles: { name: string; trustPolicy: unknown }[];
  oidcProviders: { url: string; clientIds: string[] }[];
  samlProviders: { name: string; certificateFile: string }[];
}

function sandboxWorldJson(): WorldJson {
  return JSON.parse(readFileSync(WORLD_FILE, 'utf8')) as WorldJson;
}

/** A sandbox role's trust policy from world.json, as `aws iam get-role` would show it. */
function sandboxTrustPolicy(roleName: string): string {
  const role = sandboxWorldJson().roles.find((r) => r.name === roleName);
  return JSON.stringify(role?.trustPolicy, null, 2).split('{oidc}').join(PROVIDER);
}

/**
 * sandbox/world.json with one role's trust policy replaced, written to `file`, as a user would edit
 * it. The copy trusts the running sandbox's OpenID provider, so the same token is accepted there.
 */
function writeWorldWithTrustPolicy(file: string, roleName: string, policyJson: string): void {
  const edited = sandboxWorldJson();
  const role = edited.roles.find((r) => r.name === roleName);
  if (role === undefined) throw new Error(`world.json has no role ${roleName}`);
  role.trustPolicy = JSON.parse(policyJson) as unknown;
  edited.oidcProviders = edited.oidcProviders.map((p) => ({
    ...p,
    url: p.url.replace('{sandbox}', `http://127.0.0.1:${String(sandboxPort)}`),
  }));
  edited.samlProviders = edited.samlProviders.map((p) => ({
    ...p,
    certificateFile: fileURLToPath(new URL(p.certificateFile, WORLD_FILE)),
  }));
  writeFileSync(file, JSON.stringify(edited, null, 2));
}

test('the trust policy check names the key that refuses a token, STS agrees, and the suggested change lets it in', async ({
  page,
  guard,
}, testInfo) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', DEV]);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(`arn:aws:iam::${demo.accountId}:role/BranchDeployDemo`);
  await app.field('Role session name').fill('deploy');

  await page.getByText('Trust policy check', { exact: true }).click();
  await app.field('Role trust policy').fill(sandboxTrustPolicy('BranchDeployDemo'));
  const verdict = page.getByRole('status').filter({ hasText: /^not allowed:/ });
  await expect(verdict).toHaveText(
    `not allowed: ${PROVIDER}:sub expects StringLike "repo:sandbox-org/*:ref:refs/heads/main" got "${DEV}"`,
  );
  const statement = page.getByRole('table', { name: /Statement 1: Allow, does not apply/ });
  await expect(statement.getByRole('row', { name: new RegExp(`${PROVIDER}:aud`) })).toContainText(
    'met',
  );
  await expect(statement.getByRole('row', { name: new RegExp(`${PROVIDER}:sub`) })).toContainText(
    'not met',
  );
  const draft = page.getByRole('region', { name: 'Suggested trust policy change' });
  await expect(draft).toContainText(`add "${DEV}" to StringLike ${PROVIDER}:sub`);
  expect(await axeViolations(page, 'trust policy check')).toEqual([]);

  await app.button('Assume role').click();
  await expect(app.alert).toContainText('AccessDenied');
  // An unsigned caller cannot decode the message; the advice is the check above.
  await expect(app.alert).toContainText('What to do: Open Trust policy check under the form');

  // Apply the suggestion to world.json (a copy), serve that world, and send the same call there.
  const suggested = await page.getByLabel('Suggested trust policy', { exact: true }).textContent();
  const worldFile = testInfo.outputPath('world.json');
  writeWorldWithTrustPolicy(worldFile, 'BranchDeployDemo', suggested ?? '');
  const edited = await startSandbox({
    port: 0,
    worldFile,
    consoleOrigins: [new URL(page.url()).origin],
  });
  guard.allowOrigin(edited.url);
  try {
    await page.getByRole('banner').getByText('Local sandbox').first().click();
    await page.getByRole('radio', { name: 'Custom endpoint' }).check();
    await page.getByLabel('Endpoint URL').fill(edited.url);
    await page.getByRole('banner').getByText('Custom').first().click();
    await app.field('Role trust policy').fill(suggested ?? '');
    await expect(page.getByRole('status').filter({ hasText: /^allowed:/ })).toBeVisible();
    await app.button('Assume role').click();
    await expect(app.credentialsCard).toContainText(
      `arn:aws:sts::${demo.accountId}:assumed-role/BranchDeployDemo/deploy`,
    );
  } finally {
    await edited.close();
  }
});

test('an AccessDenied with its long encoded message does not widen the page at 320, 390 or 3840 px', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', DEV]);
  guard.secret(token);
  await page.setViewportSize({ width: 390, height: 844 });
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(`arn:aws:iam::${demo.accountId}:role/BranchDeployDemo`);
  await app.field('Role session name').fill('deploy');
  await page.getByText('Trust policy check', { exact: true }).click();
  await app.field('Role trust policy').fill(sandboxTrustPolicy('BranchDeployDemo'));
  await app.button('Assume role').click();
  await expect(app.alert).toContainText('Encoded authorization failure message');
  for (const width of [390, 320, 3840]) {
    await page.setViewportSize({ width, height: 900 });
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // Text that runs out of a box which neither wraps nor scrolls it.
      spilling: [...document.querySelectorAll('body *')]
        .filter(
          (el) =>
            el.scrollWidth > el.clientWidth + 1 &&
            el.clientWidth > 0 &&
            getComputedStyle(el).overflowX === 'visible',
        )
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
    }));
    expect(layout.page, `page wider than the viewport at ${String(width)} px`).toBeLessThanOrEqual(
      0,
    );
    expect(layout.spilling, `text spilling out of its box at ${String(width)} px`).toEqual([]);
  }
});

test('on AssumeRole, the check reads the signer and the MFA fields', async ({ page, guard }) => {
  const demo = await world();
  guard.secret(demo.user.secretAccessKey);
  const app = new ConsolePage(page);
  await app.open('assume-role');
  await signInWithDemoKeys(app, demo);
  await app.field('Role ARN').fill(demo.roles.mfa);
  await app.field('Role session name').fill('mfa-check');
  await page.getByText('Trust policy check', { exact: true }).click();
  await app.field('Role trust policy').fill(sandboxTrustPolicy('MfaProtected'));
  // Added keys carry no ARN until STS says whose they are.
  await expect(page.getByText(/Pick a signer whose ARN is known/)).toBeVisible();
  await app.button('Export and details').first().click();
  await app.button('Who am I?').first().click();
  await expect(page.getByText('GetCallerIdentity says you are')).toBeVisible();
  // The details are a modal dialog: close it to get back to the form.
  await app.button('Close').click();
  const verdict = page.getByRole('status').filter({ hasText: /^(not )?allowed:/ });
  await expect(verdict.first()).toHaveText(
    'not allowed: aws:MultiFactorAuthPresent expects Bool "true" got no value (the request has no such key)',
  );
  await app.field('MFA serial number').fill(demo.user.mfaSerial);
  await app.field('MFA code').fill('123456');
  await expect(verdict.first()).toHaveText(
    /^allowed: the trust policy allows sts:AssumeRole for this request/,
  );
});
