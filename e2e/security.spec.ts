import type { Locator, Page } from '@playwright/test';
import { expect, test, type Guard } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import {
  resetStats,
  sandboxCli,
  sandboxUrl,
  stats,
  world,
  type WorldSummary,
} from './support/sandbox.ts';

/**
 * Issue 7, promises 5 (the rest), 6, 7 and 8, and share links: what the page itself must do to
 * keep secrets, proven in the browser.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const shots = '/tmp/shots';
let demo: WorldSummary;
let token: string;

test.beforeAll(async () => {
  // One world and one token for the file: the sandbox CLI takes seconds to start.
  demo = await world();
  token = await sandboxCli(['token', '--sub', 'careful', '--email', 'careful@example.com']);
});

/** Fills the web identity form and gets role credentials; returns the card. */
async function assumeWebIdentityRole(app: ConsolePage, guard: Guard): Promise<Locator> {
  guard.secret(token);
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(demo.roles.webIdentity);
  await app.field('Role session name').fill('careful');
  await app.button('Assume role').click();
  await expect(app.credentialsCard).toBeVisible();
  return app.credentialsCard;
}

/** Adds the demo user's keys through the signer picker of a signed operation. */
async function addDemoKeys(page: Page, guard: Guard): Promise<Locator> {
  guard.secret(demo.user.secretAccessKey);
  await page.getByRole('button', { name: 'Add access keys' }).click();
  const form = page.getByRole('group', { name: 'Add access keys' });
  await form.getByLabel('Access key ID', { exact: true }).fill(demo.user.accessKeyId);
  await form.getByLabel('Secret access key', { exact: true }).fill(demo.user.secretAccessKey);
  await form.getByRole('button', { name: 'Add and sign with these keys' }).click();
  await expect(page.getByTestId('call-summary')).toContainText('Signed by');
  return form;
}

function walletPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Wallet' });
}

async function expectWalletEmpty(page: Page): Promise<void> {
  await expect(walletPanel(page)).toContainText('They live in this tab’s memory only.');
  await expect(walletPanel(page).getByRole('listitem')).toHaveCount(0);
}

/** The web identity form, opened afresh, holds nothing of what was typed. */
async function expectWebIdentityFormEmpty(app: ConsolePage): Promise<void> {
  await app.open('assume-role-with-web-identity');
  await expect(app.field('Web identity token')).toHaveValue('');
  await expect(app.field('Role ARN')).toHaveValue('');
}

/** A web identity set (its form filled) and the demo keys in the wallet, on GetCallerIdentity. */
async function walletWithTwoSets(page: Page, guard: Guard): Promise<ConsolePage> {
  const app = new ConsolePage(page);
  await app.open();
  await assumeWebIdentityRole(app, guard);
  await app.open('get-caller-identity');
  await addDemoKeys(page, guard);
  await expect(walletPanel(page).getByRole('listitem')).toHaveCount(2);
  return app;
}

/** Whether the browser draws the field's characters as discs (by CSS: never type=password). */
async function isMasked(field: Locator): Promise<boolean> {
  return field.evaluate((el) => {
    const style = getComputedStyle(el);
    const security = style.getPropertyValue('-webkit-text-security');
    // type=password outside a form makes browsers offer to save the secret as a login.
    return !(el instanceof HTMLInputElement && el.type === 'password') && security === 'disc';
  });
}

async function expectSecretField(field: Locator): Promise<void> {
  await expect(field).toHaveAttribute('autocomplete', 'off');
  await expect(field).toHaveAttribute('spellcheck', 'false');
  expect(await isMasked(field), 'masked by default').toBe(true);
}

test.describe('promise 6: secret fields and the clipboard', () => {
  test('secret fields are masked, never autocompleted or spell-checked', async ({
    page,
    guard,
  }) => {
    const app = new ConsolePage(page);
    await app.open();
    const tokenField = app.field('Web identity token');
    await expectSecretField(tokenField);
    await app.button('Reveal token').click();
    expect(await isMasked(tokenField), 'revealed on request').toBe(false);
    await app.button('Hide token').click();

    const card = await assumeWebIdentityRole(app, guard);
    const hidden = card.getByLabel('Secret access key (hidden)');
    await expect(hidden).toHaveText(/^•+$/);
    await card.getByRole('button', { name: 'Reveal secret access key' }).click();
    const secretKey =
      (await card.getByLabel('Secret access key', { exact: true }).textContent()) ?? '';
    expect(secretKey).toMatch(/^[A-Za-z0-9/+=]{30,}$/);
    guard.secret(secretKey);
    await card.getByRole('button', { name: 'Hide secret access key' }).click();
    await expect(hidden).toHaveText(/^•+$/);

    await app.open('get-caller-identity');
    await page.getByRole('button', { name: 'Add access keys' }).click();
    const keys = page.getByRole('group', { name: 'Add access keys' });
    await expectSecretField(keys.getByLabel('Secret access key', { exact: true }));
    await expectSecretField(keys.getByLabel('Session token (temporary keys only)'));
    await expect(keys.getByLabel('Access key ID', { exact: true })).toHaveAttribute(
      'autocomplete',
      'off',
    );

    await app.open('assume-role-with-saml');
    await expectSecretField(app.field('SAML response'));

    await walletPanel(page).getByText('Paste anything').click();
    await expectSecretField(walletPanel(page).getByLabel('Text to recognise'));
  });

  test('the clipboard is written only on a click and never read', async ({ page, guard }) => {
    await page.addInitScript(() => {
      const log = { reads: [] as string[], writes: 0 };
      (window as unknown as { __clipboard: typeof log }).__clipboard = log;
      /** Replaces a prototype method with one that reports each call, then does the same. */
      const spy = (proto: object, name: string, report: (args: unknown[]) => void) => {
        const original: unknown = Reflect.get(proto, name);
        if (typeof original !== 'function') return;
        Reflect.set(proto, name, function (this: unknown, ...args: unknown[]): unknown {
          report(args);
          const result: unknown = Reflect.apply(original, this, args);
          return result;
        });
      };
      for (const name of ['read', 'readText']) {
        spy(Clipboard.prototype, name, () => log.reads.push(name));
      }
      for (const name of ['write', 'writeText']) {
        spy(Clipboard.prototype, name, () => (log.writes += 1));
      }
      spy(Document.prototype, 'execCommand', ([command]) => {
        if (String(command).toLowerCase() === 'paste') log.reads.push('execCommand paste');
      });
    });
    const clipboard = () =>
      page.evaluate(
        () =>
          (window as unknown as { __clipboard: { reads: string[]; writes: number } }).__clipboard,
      );

    const app = new ConsolePage(page);
    await app.open();
    const card = await assumeWebIdentityRole(app, guard);
    const copies = [
      card.getByRole('button', { name: 'Copy access key ID' }),
      card.getByRole('button', { name: 'Copy secret access key' }),
      card.getByRole('button', { name: 'Copy as bash' }),
      app.button('Copy share link'),
    ];
    for (const [i, button] of copies.entries()) {
      await button.click();
      await expect(button).toContainText('Copied');
      expect((await clipboard()).writes, 'one write per click').toBe(i + 1);
    }
    await app.open('get-caller-identity');
    await addDemoKeys(page, guard);
    await app.button('Ask STS who I am').click();
    await page.getByRole('button', { name: 'Copy ARN' }).click();
    await expect(page.getByRole('button', { name: 'Copy ARN' })).toContainText('Copied');

    // Pasting on the page uses the paste event's data, not the clipboard API.
    await page.getByRole('heading', { name: 'STS Console' }).click();
    await page.keyboard.press('Control+V');

    const seen = await clipboard();
    expect(seen.writes).toBe(copies.length + 1);
    expect(seen.reads, 'the console never reads the clipboard').toEqual([]);
  });
});

test.describe('promise 7: secrets are wiped', () => {
  test('"Clear everything" empties the wallet and every form', async ({ page, guard }) => {
    const app = await walletWithTwoSets(page, guard);

    await app.button('Clear everything').click();
    await expectWalletEmpty(page);
    await expect(page.getByTestId('call-summary')).not.toContainText('Signed by');
    await expectWebIdentityFormEmpty(app);
  });

  test('"Clear everything" can be undone for 10 s, then nothing comes back', async ({
    page,
    guard,
  }) => {
    await page.clock.install();
    const app = await walletWithTwoSets(page, guard);
    const undo = app.button('Undo');

    await app.button('Clear everything').click();
    await expectWalletEmpty(page);
    await expect(page.getByTestId('call-summary')).not.toContainText('Signed by');
    await expect(page.getByRole('status').filter({ has: undo })).toContainText(
      'Cleared 2 credential sets and every form.',
    );
    // Reachable by keyboard: the next stop after the button that cleared.
    await expect(app.button('Clear everything')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(undo).toBeFocused();
    await expectWebIdentityFormEmpty(app);

    await page.clock.runFor('00:09');
    await undo.click();
    await expect(undo).toHaveCount(0);
    await expect(app.button('Clear everything')).toBeFocused();
    await expect(walletPanel(page).getByRole('listitem')).toHaveCount(2);
    await expect(app.field('Web identity token')).toHaveValue(token);
    await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
    await expect(app.field('Role session name')).toHaveValue('careful');

    await app.button('Clear everything').click();
    await expect(undo).toBeVisible();
    await page.clock.runFor('00:11');
    await expect(undo).toHaveCount(0);
    await expectWalletEmpty(page);
    await expect(app.field('Web identity token')).toHaveValue('');
    await expect(app.field('Role ARN')).toHaveValue('');
  });

  test('the wallet’s "Clear all" can be undone, by keyboard too', async ({ page, guard }) => {
    await page.clock.install();
    const app = new ConsolePage(page);
    await app.open('get-caller-identity');
    await addDemoKeys(page, guard);
    await expect(walletPanel(page).getByRole('listitem')).toHaveCount(1);

    await walletPanel(page).getByRole('button', { name: 'Clear all' }).click();
    await expectWalletEmpty(page);
    const undo = walletPanel(page).getByRole('button', { name: 'Undo' });
    await expect(
      walletPanel(page)
        .getByRole('status')
        .filter({ has: app.button('Undo') }),
    ).toContainText('Cleared 1 credential set.');
    // "Clear all" went with the sets: focus is on Undo, not lost to the page.
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(walletPanel(page).getByRole('listitem')).toHaveCount(1);
    await expect(walletPanel(page).getByRole('button', { name: 'Clear all' })).toBeFocused();
    await expect(page.getByTestId('call-summary')).toContainText('Signed by');

    await walletPanel(page).getByRole('button', { name: 'Clear all' }).click();
    await page.clock.runFor('00:11');
    await expect(undo).toHaveCount(0);
    await expectWalletEmpty(page);
  });

  test('leaving the page while a clear can be undone wipes what it held too', async ({
    page,
    guard,
  }) => {
    await page.clock.install();
    const app = await walletWithTwoSets(page, guard);
    await app.button('Clear everything').click();
    const undo = app.button('Undo');
    await expect(undo).toBeVisible();

    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })),
    );
    await expect(undo).toHaveCount(0);
    await expectWalletEmpty(page);
    await expectWebIdentityFormEmpty(app);
  });

  test('leaving the page wipes the wallet and the forms at once (pagehide)', async ({
    page,
    guard,
  }) => {
    const app = new ConsolePage(page);
    await app.open();
    await assumeWebIdentityRole(app, guard);
    await expect(walletPanel(page).getByRole('listitem')).toHaveCount(1);
    // Leave the form so that what was typed now lives in its draft (memory) only.
    await app.open('get-caller-identity');
    await expect(app.button('Ask STS who I am')).toBeVisible();
    // The event the browser fires when the tab is left, closed or put in the back/forward cache:
    // memory must be empty before any snapshot of the page is kept.
    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })),
    );
    await expectWalletEmpty(page);
    await app.open('assume-role-with-web-identity');
    await expect(app.field('Web identity token')).toHaveValue('');
    await expect(app.field('Role ARN')).toHaveValue('');
    await expect(app.field('Role session name')).toHaveValue('');
  });

  test('coming back with the back button shows no secret', async ({ page, guard }) => {
    const app = new ConsolePage(page);
    await app.open();
    await assumeWebIdentityRole(app, guard);
    await expect(app.field('Web identity token')).toHaveValue(token);

    await page.goto(`${sandboxUrl}/oidc/.well-known/openid-configuration`);
    await expect(page.getByText('"issuer"')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
    await expect(app.field('Web identity token')).toHaveValue('');
    // Only the non-secret fields come back, from this tab's drafts (sessionStorage).
    await expect(app.field('Role session name')).toHaveValue('careful');
    await expect(app.credentialsCard).toHaveCount(0);
    await expectWalletEmpty(page);
    await expect(page.locator('body')).not.toContainText('assumed-role/WebIdentityDemo/careful');
  });
});

test.describe('promise 8: no framing, no postMessage', () => {
  test('the page refuses to be framed', async ({ page, baseURL }) => {
    const url = `${baseURL ?? ''}/`;
    const response = await page.request.get(url);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');

    const framed = async () => {
      await page.setContent(`<iframe title="framed console" src="${url}"></iframe>`);
      return page.mainFrame().childFrames();
    };
    const blocked = await framed();
    expect(blocked).toHaveLength(1);
    expect(blocked[0]?.url(), 'the console did not load in the frame').not.toBe(url);
    await expect(
      page.frameLocator('iframe').getByRole('heading', { name: 'STS Console' }),
    ).toHaveCount(0);

    // Control: a page at the same address that allows framing is seen in the frame, so the checks
    // above can tell a framed console from a refused one.
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>STS Console</h1>' }),
    );
    const control = await framed();
    expect(control[0]?.url()).toBe(url);
    await expect(
      page.frameLocator('iframe').getByRole('heading', { name: 'STS Console' }),
    ).toBeVisible();
  });

  test('no postMessage listener, on any page', async ({ page }) => {
    const app = new ConsolePage(page);
    await app.open();
    for (const slug of [
      'assume-role-with-web-identity',
      'assume-role',
      'assume-role-with-saml',
      'get-session-token',
      'get-federation-token',
      'assume-root',
      'get-delegated-access-token',
      'get-caller-identity',
      'get-access-key-info',
      'decode-authorization-message',
      'get-web-identity-token',
    ]) {
      await app.open(slug);
      await expect(page.getByRole('main').getByRole('region').first()).toBeVisible();
    }
    const cdp = await page.context().newCDPSession(page);
    const messageListeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId ?? 'missing window',
      });
      return listeners.filter((l) => l.type === 'message').length;
    };
    expect(await messageListeners()).toBe(0);
    expect(await page.evaluate(() => window.onmessage)).toBeNull();

    // Control: a listener is seen when there is one.
    await page.evaluate(() => {
      window.addEventListener('message', () => undefined);
    });
    expect(await messageListeners()).toBe(1);
    await cdp.detach();
  });
});

test.describe('promise 5: hostile size', () => {
  test('a 5 MB paste into the SAML field is refused at the field and the page stays responsive', async ({
    page,
  }) => {
    const app = new ConsolePage(page);
    await app.open('assume-role-with-saml');
    const field = app.field('SAML response');
    await field.evaluate((el) => {
      const huge = 'PD94'.repeat(1_310_720); // 5 MiB of base64-looking text
      // The prototype's setter, as a browser paste would, so React sees the change.
      Reflect.set(HTMLTextAreaElement.prototype, 'value', huge, el);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/The paste has 5,242,880 characters/);

    // Still responsive: the next click does its job.
    const reveal = app.button('Reveal SAML response');
    await reveal.click();
    await expect(app.button('Hide SAML response')).toHaveAttribute('aria-pressed', 'true');

    // And nothing that size is sent.
    await app.field('Role ARN').fill(demo.roles.saml);
    await app.field('Principal ARN (SAML provider)').fill(demo.samlProvider);
    await resetStats();
    await app.button('Assume role').click();
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await stats()).requests).toBe(0);
    await page.screenshot({ path: `${shots}/security-saml-5mb.png`, fullPage: true });
  });
});

test.describe('share links', () => {
  test('a link that tries to carry a secret is refused with a message and its query removed', async ({
    page,
  }) => {
    const app = new ConsolePage(page);
    const planted = 'arn:aws:iam::111122223333:role/Planted';
    for (const { link, slug, field, refusal } of [
      {
        // A token in a parameter no link may carry (short enough not to trip the leak guard).
        link: `/#/assume-role-with-web-identity?RoleArn=${encodeURIComponent(planted)}&WebIdentityToken=eyJhbGc.eyJzdWIi`,
        slug: 'assume-role-with-web-identity',
        field: 'Role ARN',
        refusal: 'looks like a secret in “WebIdentityToken”',
      },
      {
        // A secret-looking value in a field a link may carry.
        link: `/#/assume-role?RoleArn=${encodeURIComponent(planted)}&RoleSessionName=AKIAIOSFODNN7EXAMPLEX`,
        slug: 'assume-role',
        field: 'Role ARN',
        refusal: 'looks like a secret in “RoleSessionName”',
      },
    ]) {
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/${slug}$`));
      await expect(app.field(field)).toHaveValue('');
      await expect(app.field('Role session name')).toHaveValue('');
      // The refusal must stay on screen after the query is removed, not flash by.
      await expect.soft(app.alert).toContainText(refusal);
      await expect.soft(app.alert).toContainText('nothing was filled in');
    }
    await expect(app.field('Web identity token')).toHaveCount(0);
    await page.screenshot({ path: `${shots}/security-share-refused.png`, fullPage: true });
  });

  test('a link with non-secret fields prefills them', async ({ page }) => {
    const app = new ConsolePage(page);
    await page.goto(
      `/#/assume-role-with-web-identity?RoleArn=${encodeURIComponent(
        demo.roles.webIdentity,
      )}&RoleSessionName=shared-session&DurationSeconds=1800`,
    );
    await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
    await expect(app.field('Role session name')).toHaveValue('shared-session');
    await expect(app.field('Duration (seconds)')).toHaveValue('1800');
    await expect(app.field('Web identity token')).toHaveValue('');
    await expect(app.alert).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Filled in from the link' }),
    ).toBeVisible();
    // Applied once: the query leaves the address bar, so a reload does not apply it again.
    await expect(page).toHaveURL(/#\/assume-role-with-web-identity$/);
  });

  test('a link asking for another endpoint asks first, and applies to this tab only', async ({
    page,
    context,
  }) => {
    const app = new ConsolePage(page);
    const banner = page.getByRole('banner');
    const prompt = page.getByRole('region', {
      name: 'This link asks to send calls somewhere else',
    });
    const asked = 'https://sts.example.com';
    const link = `/#/assume-role?RoleArn=${encodeURIComponent(demo.roles.webIdentity)}&endpoint=${encodeURIComponent(asked)}&region=eu-west-1`;
    const saved = () => page.evaluate(() => localStorage.getItem('sts-console.endpoint.v1'));

    await page.goto(link);
    await expect(prompt).toContainText(`Calls now go to the local sandbox (${sandboxUrl})`);
    await expect(prompt).toContainText(
      `The link asks for the custom endpoint ${asked}, signed for eu-west-1`,
    );
    // The console's own policy does not allow that origin: the prompt says so before any call.
    await expect(prompt).toContainText(`does not allow ${asked}`);
    // The rest of the prefill applies; the endpoint waits for an answer; the query is gone.
    await expect(app.field('Role ARN')).toHaveValue(demo.roles.webIdentity);
    await expect(banner.getByText('Local sandbox').first()).toBeVisible();
    await expect(page).toHaveURL(/#\/assume-role$/);
    await prompt.screenshot({ path: `${shots}/security-share-endpoint-prompt.png` });

    await prompt.getByRole('button', { name: 'Keep the current endpoint' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(banner.getByText('Local sandbox').first()).toBeVisible();
    await expect(banner).toContainText('us-east-1');
    expect(await saved()).toBeNull();

    await page.goto(link);
    await prompt.getByRole('button', { name: 'Use it in this tab' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(banner.getByText('Custom').first()).toBeVisible();
    await expect(banner).toContainText('eu-west-1');
    expect(await saved(), 'nothing saved: the change is for this tab').toBeNull();

    // A reload, or a new tab, goes back to the saved endpoint and asks nothing.
    await page.reload();
    await expect(banner.getByText('Local sandbox').first()).toBeVisible();
    await expect(prompt).toHaveCount(0);
    const other = await context.newPage();
    await other.goto('/#/assume-role');
    await expect(other.getByRole('banner').getByText('Local sandbox').first()).toBeVisible();
    await other.close();
  });
});
