import type { Locator, Page } from '@playwright/test';
import { expect, test, type Guard } from './support/test.ts';
import { ConsolePage, exportedSecrets } from './support/console-page.ts';
import { sandboxCli, world, type WorldSummary } from './support/sandbox.ts';
import {
  axeViolations,
  focusState,
  go,
  overflowingElements,
  signInWithDemoKeys,
} from './support/accessibility.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Every operation page: slug → heading. */
const PAGES: readonly (readonly [string, string])[] = [
  ['assume-role-with-web-identity', 'AssumeRoleWithWebIdentity'],
  ['assume-role', 'AssumeRole'],
  ['assume-role-with-saml', 'AssumeRoleWithSAML'],
  ['get-session-token', 'GetSessionToken'],
  ['get-federation-token', 'GetFederationToken'],
  ['assume-root', 'AssumeRoot'],
  ['get-delegated-access-token', 'GetDelegatedAccessToken'],
  ['get-caller-identity', 'GetCallerIdentity'],
  ['get-access-key-info', 'GetAccessKeyInfo'],
  ['decode-authorization-message', 'DecodeAuthorizationMessage'],
  ['get-web-identity-token', 'GetWebIdentityToken'],
];

/** Paste a sandbox token, fill the role and session name, assume the role. */
async function webIdentityResult(app: ConsolePage, demo: WorldSummary, guard: Guard) {
  const token = await sandboxCli(['token', '--sub', 'alice', '--email', 'alice@example.com']);
  guard.secret(token);
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('alice@example.com');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until the target has focus; every stop must show its focus. */
async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key);
    const focus = await focusState(page);
    stops.push(focus.what);
    expect(focus.visible, `no visible focus on ${focus.what}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${key} never reached the target; focus went ${stops.join(' → ')}`);
}

function endpointSettings(page: Page) {
  return page
    .getByRole('banner')
    .getByText(/Local sandbox|AWS|Custom/)
    .first();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    // Light runs every axe rule; dark re-checks colour contrast, the one thing a scheme changes.

    test('axe finds nothing on any screen', async ({ page, guard }) => {
      test.setTimeout(120_000);
      const demo = await world();
      guard.secret(demo.user.secretAccessKey);
      const found: string[] = [];
      const scan = async (screen: string) => {
        found.push(
          ...(await axeViolations(page, `${colorScheme}: ${screen}`, {
            contrastOnly: colorScheme === 'dark',
          })),
        );
      };
      const app = new ConsolePage(page);
      await app.open();
      await scan('first screen');
      for (const [slug, heading] of PAGES) {
        await go(page, slug, heading);
        await scan(`${heading}, empty`);
      }

      // Endpoint settings, AWS and custom.
      await endpointSettings(page).click();
      await page.getByRole('radio', { name: 'AWS' }).check();
      await scan('endpoint settings, AWS');
      await page.getByRole('radio', { name: 'Custom endpoint' }).check();
      await page.getByLabel('Endpoint URL').fill('not a url');
      await scan('endpoint settings, custom with an error');
      await page.getByRole('radio', { name: 'Local sandbox' }).check();
      await endpointSettings(page).click();

      // Web identity: a pasted token, a failure, then credentials.
      await go(page, 'assume-role-with-web-identity', 'AssumeRoleWithWebIdentity');
      const wrongAudience = await sandboxCli(['token', '--aud', 'someone-else']);
      guard.secret(wrongAudience);
      await app.field('Web identity token').fill(wrongAudience);
      await page.getByText('Trust policy condition keys for this token').click();
      await page.getByText('Header', { exact: true }).click();
      await app.field('Role ARN').fill(demo.roles.webIdentity);
      await app.field('Role session name').fill('aud-check');
      await scan('web identity, token view open');
      await app.button('Assume role').click();
      await expect(app.alert).toContainText('Incorrect token audience');
      await scan('web identity, failure panel');
      await app.field('Web identity token').fill('');
      await webIdentityResult(app, demo, guard);
      await app.credentialsCard.getByRole('button', { name: 'Who am I?' }).click();
      await expect(page.getByRole('status', { name: 'Caller identity' })).toBeVisible();
      await scan('web identity, credentials card');

      // Wallet with sets (keys + role), paste anything open.
      await go(page, 'get-caller-identity', 'GetCallerIdentity');
      await signInWithDemoKeys(app, demo);
      await page.getByText('Paste anything').click();
      await scan('wallet with sets, paste anything open');
      await app.button('Ask STS who I am').click();
      await expect(page.getByRole('article', { name: 'Caller identity' })).toBeVisible();
      await scan('caller identity result');

      // A decoded authorization message.
      await go(page, 'decode-authorization-message', 'DecodeAuthorizationMessage');
      await page
        .getByRole('textbox', { name: /^Encoded message/ })
        .fill(await sandboxCli(['authz-message']));
      await app.button('Decode message').click();
      const view = page.getByRole('article', { name: 'Decoded authorization message' });
      await expect(view).toContainText('sts:AssumeRole');
      await view.getByText('Raw JSON').click();
      await scan('decoded authorization message');

      // SAML with a decoded assertion.
      await go(page, 'assume-role-with-saml', 'AssumeRoleWithSAML');
      const saml = await sandboxCli(['saml']);
      guard.secret(saml);
      await app.field('SAML response').fill(saml);
      await expect(page.getByRole('region', { name: 'Decoded SAML response' })).toBeVisible();
      await scan('SAML, decoded assertion');

      expect(found, found.join('\n')).toEqual([]);
    });

    test('320 px to 4K: nothing scrolls sideways or overflows its box', async ({
      page,
      guard,
    }, testInfo) => {
      const demo = await world();
      guard.secret(demo.user.secretAccessKey);
      await page.setViewportSize({ width: 1440, height: 900 });
      const app = new ConsolePage(page);
      await app.open();
      await webIdentityResult(app, demo, guard);
      await page.getByText('Paste anything').click();
      const screens: [string, () => Promise<void>][] = [
        ['web-identity-result', async () => {}],
        [
          'assume-role-signer',
          async () => {
            await go(page, 'assume-role', 'AssumeRole');
            await signInWithDemoKeys(app, demo);
            const role = page.getByRole('option', { name: /WebIdentityDemo/ });
            const label = (await role.textContent()) ?? '';
            await page.getByLabel('Sign with').selectOption({ label });
            await app.field('Role ARN').fill(demo.roles.admin);
          },
        ],
      ];
      for (const [name, prepare] of screens) {
        await prepare();
        for (const width of [320, 1440, 3840]) {
          await page.setViewportSize({ width, height: width === 3840 ? 2160 : 900 });
          const shot = await page.screenshot({ fullPage: true });
          const file = `${name}-${colorScheme}-${width}.png`;
          await testInfo.attach(file, { body: shot, contentType: 'image/png' });
          await page.screenshot({ path: `/tmp/shots/a11y-${file}`, fullPage: true });
          const scrollWidth = await page.evaluate(
            () => document.scrollingElement?.scrollWidth ?? 0,
          );
          expect(scrollWidth, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(
            width + 1,
          );
          expect(await overflowingElements(page), `${name} at ${width} px`).toEqual([]);
        }
      }
    });
  });
}

test('keyboard only: token → credentials → copy as bash, focus always visible', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', 'kim', '--email', 'kim@example.com']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the form' })).toBeFocused();
  expect((await focusState(page)).visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect(app.field('Web identity token')).toBeFocused();
  expect(new URL(page.url()).hash, 'the skip link does not navigate').toBe('');
  await page.keyboard.insertText(token);
  await expect(page.getByRole('region', { name: 'Decoded token' })).toContainText(
    'kim@example.com',
  );

  await tabTo(page, app.button('Use it'));
  await page.keyboard.press('Enter');
  await expect(app.field('Role session name')).toHaveValue('kim@example.com');
  await expect(app.field('Role session name'), 'focus follows the filled-in field').toBeFocused();
  await tabTo(page, app.field('Role ARN'), 'Shift+Tab');
  await page.keyboard.type(demo.roles.webIdentity);

  await tabTo(page, app.button('Assume role'));
  await page.keyboard.press('Enter');
  await expect(app.credentialsCard, 'focus moves to the result').toBeFocused();
  await expect(app.credentialsCard).toContainText('assumed-role/WebIdentityDemo/kim@example.com');

  const copy = app.credentialsCard.getByRole('button', { name: 'Copy as bash' });
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(copy).toContainText('Copied');
  const exported = await app.clipboard();
  for (const secret of exportedSecrets(exported)) guard.secret(secret);
  expect(exported).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA/m);
  expect(exported).toContain('AWS_SESSION_TOKEN');
});

test('a failed call leaves focus on its button, the error announced and reachable', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const token = await sandboxCli(['token', '--aud', 'someone-else']);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('kbd-failure');
  await tabTo(page, app.button('Assume role'));
  await page.keyboard.press('Enter');
  await expect(app.alert).toContainText('Incorrect token audience');
  await expect(app.button('Assume role')).toBeFocused();
});

test('countdowns announce thresholds only, never the ticking time', async ({ page, guard }) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open();
  await webIdentityResult(app, demo, guard);
  // The token view, the credentials card and the wallet each show a countdown (> 5 minutes left).
  const report = await page.evaluate(() => {
    const live = (el: Element) =>
      ['status', 'alert', 'log', 'marquee', 'timer'].includes(el.getAttribute('role') ?? '') ||
      (el.hasAttribute('aria-live') && el.getAttribute('aria-live') !== 'off');
    const ticking = [...document.querySelectorAll('time')].filter((t) =>
      /\d+[sm] left$/.test(t.textContent),
    );
    return ticking.map((time) => {
      let liveAncestor = '';
      for (let el: Element | null = time; el; el = el.parentElement) {
        if (live(el)) liveAncestor = `${el.tagName} ${el.className}`;
      }
      const regions = [...(time.parentElement?.querySelectorAll('*') ?? [])].filter(live);
      return {
        liveAncestor,
        regions: regions.length,
        announced: regions.map((r) => r.textContent).join(''),
      };
    });
  });
  expect(report.length).toBeGreaterThanOrEqual(3);
  for (const countdown of report) {
    expect(countdown.liveAncestor, 'the ticking text is inside a live region').toBe('');
    expect(countdown.regions, 'each countdown has its threshold region').toBe(1);
    expect(countdown.announced, 'nothing announced while > 5 minutes remain').toBe('');
  }

  const shortToken = await sandboxCli(['token', '--ttl', '200']);
  guard.secret(shortToken);
  await app.field('Web identity token').fill(shortToken);
  await expect(page.getByRole('region', { name: 'Decoded token' }).getByRole('status')).toHaveText(
    'Token: under five minutes left',
  );
});
