import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { signInWithDemoKeys } from './support/accessibility.ts';
import { world } from './support/sandbox.ts';
import { startLocalSts, type LocalAnswer } from './support/local-sts.ts';

const ARN = 'arn:aws:iam::123456789012:user/local-sts';

/** A GetCallerIdentity answer for ARN. */
const callerIdentity: LocalAnswer = {
  status: 200,
  contentType: 'text/xml',
  body: `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${ARN}</Arn><UserId>AIDAEXAMPLEEXAMPLE01</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>local-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
};

test('a custom http://localhost:<port> endpoint works from the npm start build', async ({
  page,
  guard,
}) => {
  const demo = await world();
  guard.secret(demo.user.secretAccessKey);
  const sts = await startLocalSts(() => callerIdentity);
  guard.allowOrigin(`http://localhost:${String(sts.port)}`);
  guard.allowOrigin(`http://127.0.0.1:${String(sts.port)}`);
  try {
    const app = new ConsolePage(page);
    await app.open('get-caller-identity');
    await signInWithDemoKeys(app, demo);
    await page.getByRole('banner').getByText('Local sandbox').first().click();
    await page.getByRole('radio', { name: 'Custom endpoint' }).check();
    await page.getByLabel('Endpoint URL').fill(`http://localhost:${String(sts.port)}`);
    await page.getByRole('banner').getByText('Custom').first().click();
    // The keys were added for the sandbox: they go to this endpoint only by the user's choice.
    await page.getByRole('button', { name: /^Send “.+” to the custom endpoint/ }).click();

    await app.button('Ask STS who I am').click();
    await expect(page.getByRole('article', { name: 'Caller identity' })).toContainText(ARN);
    expect(sts.posts()).toBe(1);

    // 127.0.0.1 is allowed by the same policy. ([::1] is not listed: Chromium refuses IPv6
    // literals in CSP source lists; there, localhost reaches ::1.)
    for (const host of ['127.0.0.1']) {
      const status = await page.evaluate(
        async (url) =>
          (await fetch(url, { method: 'POST', body: 'Action=GetCallerIdentity' })).status,
        `http://${host}:${String(sts.port)}/`,
      );
      expect(status, host).toBe(200);
    }
  } finally {
    await sts.close();
  }
});

test('a custom endpoint the page’s connect-src does not allow is explained at the field, before any call', async ({
  page,
  guard,
}) => {
  const demo = await world();
  guard.secret(demo.user.secretAccessKey);
  const blocked = 'https://sts.blocked.example';
  const app = new ConsolePage(page);
  await app.open('get-caller-identity');
  await signInWithDemoKeys(app, demo);
  await page.getByRole('banner').getByText('Local sandbox').first().click();
  await page.getByRole('radio', { name: 'Custom endpoint' }).check();
  const field = page.getByLabel('Endpoint URL');
  await field.fill('http://localhost:4566');
  await expect(field).toHaveAttribute('aria-invalid', 'false');

  await field.fill(`${blocked}/sts`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('endpoint-connect-check')).toHaveText(
    `This console’s Content-Security-Policy does not allow ${blocked}, so the browser blocks every call there. To allow it, start the console with STS_CONSOLE_CONNECT_SRC=${blocked} npm start (for a deployment, build it with STS_CONSOLE_CONNECT_SRC=${blocked} npm run build).`,
  );
  await expect(field).toHaveAccessibleDescription(/does not allow https:\/\/sts\.blocked\.example/);
  await page.screenshot({ path: '/tmp/shots/local-endpoints-blocked-origin.png' });

  // [::1] cannot be listed at all: the field says to use localhost.
  await field.fill('http://[::1]:4566');
  await expect(field).toHaveAccessibleDescription(/Use http:\/\/localhost:4566 instead/);
});
