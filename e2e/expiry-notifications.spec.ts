import type { Page } from '@playwright/test';
import { ConsolePage } from './support/console-page.ts';
import { sandboxCli, world } from './support/sandbox.ts';
import { expect, test, type Guard } from './support/test.ts';

interface Shown {
  title: string;
  body: string;
  tag: string;
}

/** Records every notification the page shows, then lets the browser's own one through. */
async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: unknown[] = [];
    Reflect.set(window, '__shown', shown);
    window.Notification = new Proxy(window.Notification, {
      construct(target, args: [string, NotificationOptions?]) {
        shown.push({ title: args[0], body: args[1]?.body ?? '', tag: args[1]?.tag ?? '' });
        return Reflect.construct(target, args);
      },
    });
  });
}

const shown = (page: Page) => page.evaluate(() => Reflect.get(window, '__shown') as Shown[]);

async function assume(page: Page, guard: Guard, session: string): Promise<ConsolePage> {
  const demo = await world();
  const token = await sandboxCli(['token', '--sub', session, '--email', `${session}@example.com`]);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.fillWebIdentity(token, demo.roles.webIdentity, session);
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
  return app;
}

test('opted in, the browser notifies five minutes before a set expires and when it does', async ({
  page,
  context,
  guard,
}) => {
  await context.grantPermissions(['notifications']);
  await recordNotifications(page);
  await assume(page, guard, 'notify-user');
  await page.clock.install();
  const toggle = page.getByRole('checkbox', { name: 'Notify me before sets expire' });
  await expect(toggle).not.toBeChecked();
  // Ticked once the browser has answered (its permission prompt is asynchronous).
  await toggle.click();
  await expect(toggle).toBeChecked();
  await page.clock.fastForward('00:50:00');
  expect(await shown(page)).toEqual([]);

  await page.clock.fastForward('00:06:00');
  await expect.poll(() => shown(page)).toHaveLength(1);
  const [soon] = await shown(page);
  expect(soon?.title).toMatch(/^WebIdentityDemo\/notify-user expires in [45]m$/);

  await page.clock.fastForward('00:04:10');
  await expect.poll(() => shown(page)).toHaveLength(2);
  expect((await shown(page))[1]?.title).toBe('Expired: WebIdentityDemo/notify-user');
  // Names only: no key of the set is ever in a notification.
  expect(JSON.stringify(await shown(page))).not.toMatch(/A[SK]IA[A-Z0-9]{12}/);

  // Off again: nothing more, and the choice is kept (it is not a secret).
  await toggle.uncheck();
  expect(
    await page.evaluate(() => localStorage.getItem('sts-console.expiry-notifications.v1')),
  ).toBe('false');
});

test('notifications the browser blocks are explained at the checkbox, which stays off', async ({
  page,
  guard,
}) => {
  await page.addInitScript(() => {
    Notification.requestPermission = () => Promise.resolve('denied');
  });
  await assume(page, guard, 'blocked-user');
  const toggle = page.getByRole('checkbox', { name: 'Notify me before sets expire' });
  // It does not stay ticked, so a click, not check().
  await toggle.click();
  await expect(page.getByRole('alert').filter({ hasText: 'blocks notifications' })).toContainText(
    'site settings',
  );
  await expect(toggle).not.toBeChecked();
  await page.locator('.wallet').screenshot({ path: '/tmp/shots/expiry-notifications-blocked.png' });
});
