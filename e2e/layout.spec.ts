import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { sandboxCli, world } from './support/sandbox.ts';
import { go, signInWithDemoKeys } from './support/accessibility.ts';
import { expectFitsEveryWidth, operationPages } from './support/layout.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every page, a result, an AccessDenied panel and a wallet of 10 sets fit 320 px to 4K', async ({
      page,
      guard,
    }, testInfo) => {
      test.setTimeout(240_000);
      const demo = await world();
      guard.secret(demo.user.secretAccessKey);
      const app = new ConsolePage(page);
      await app.open();

      // Every operation page, empty, as the navigation (the registry) lists them.
      const pages = await operationPages(page);
      expect(pages.length).toBeGreaterThanOrEqual(11);
      for (const { slug, name } of pages) {
        await go(page, slug, name);
        await expectFitsEveryWidth(page, `${colorScheme} ${name}`, testInfo, {
          attach: slug === 'assume-role-with-web-identity',
        });
      }

      // A result card: role credentials from a web identity token.
      await page.setViewportSize({ width: 1440, height: 900 });
      await go(page, 'assume-role-with-web-identity', 'AssumeRoleWithWebIdentity');
      const token = await sandboxCli(['token', '--sub', 'lay', '--email', 'lay@example.com']);
      guard.secret(token);
      await app.field('Web identity token').fill(token);
      await app.field('Role ARN').fill(demo.roles.webIdentity);
      await app.field('Role session name').fill('layout');
      await app.button('Assume role').click();
      await expect(app.credentialsCard).toBeVisible();
      await expectFitsEveryWidth(page, `${colorScheme} result card`, testInfo, { attach: true });

      // An AccessDenied panel with an encoded authorization message.
      await page.setViewportSize({ width: 1440, height: 900 });
      await go(page, 'assume-root', 'AssumeRoot');
      await signInWithDemoKeys(app, demo);
      await app.field('Target principal').fill(demo.accountId);
      await app
        .field('Task policy ARN')
        .selectOption('arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials');
      await app.button('Assume root').click();
      await expect(app.alert).toContainText('AccessDenied');
      await expect(
        app.alert.getByRole('button', { name: 'Decode the authorization message' }),
      ).toBeVisible();
      await expectFitsEveryWidth(page, `${colorScheme} access denied`, testInfo, { attach: true });

      // A wallet of 10 sets (the keys and nine role sessions), one set's details open.
      await page.setViewportSize({ width: 1440, height: 900 });
      await go(page, 'assume-role-with-web-identity', 'AssumeRoleWithWebIdentity');
      const sets = page.getByRole('listitem', { name: /^Credential set / });
      for (let count = await sets.count(); count < 10; count++) {
        await app.button('Assume role').click();
        await expect(sets).toHaveCount(count + 1);
      }
      // Compact entries: none taller than 120 px on a laptop, the wallet in view when scrolled.
      const heights = await sets.evaluateAll((items) =>
        items.map((item) => item.getBoundingClientRect().height),
      );
      expect(Math.max(...heights), `entry heights ${heights.join(', ')}`).toBeLessThanOrEqual(120);
      await page.evaluate(() => {
        window.scrollTo(0, document.body.scrollHeight);
      });
      await expect(page.getByRole('heading', { name: 'Wallet' })).toBeInViewport();
      await expectFitsEveryWidth(page, `${colorScheme} wallet of 10`, testInfo, { attach: true });
      await page.setViewportSize({ width: 1440, height: 900 });
      await sets.first().getByRole('button', { name: 'Export and details' }).click();
      const details = page.getByRole('dialog', { name: /^Export and details: / });
      await expect(details).toBeVisible();
      expect((await details.boundingBox())?.width, 'details get room').toBeGreaterThanOrEqual(480);
      await expectFitsEveryWidth(page, `${colorScheme} wallet details open`, testInfo, {
        attach: true,
      });
    });
  });
}
