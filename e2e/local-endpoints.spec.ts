import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/test.ts';
import { ConsolePage } from './support/console-page.ts';
import { signInWithDemoKeys } from './support/accessibility.ts';
import { world } from './support/sandbox.ts';

const ARN = 'arn:aws:iam::123456789012:user/local-sts';

/** A minimal STS of the test's own: GetCallerIdentity only, CORS for any origin, on loopback. */
async function startLocalSts(): Promise<{ server: Server; port: number; calls: () => number }> {
  let calls = 0;
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Expose-Headers', 'x-amzn-RequestId, Date');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST, GET');
      res.setHeader(
        'Access-Control-Allow-Headers',
        req.headers['access-control-request-headers'] ?? '*',
      );
      res.end();
      return;
    }
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST') calls += 1;
      res.setHeader('Content-Type', 'text/xml');
      res.setHeader('x-amzn-RequestId', 'local-1');
      res.end(
        `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${ARN}</Arn><UserId>AIDAEXAMPLEEXAMPLE01</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>local-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
    });
  });
  // "::" without ipv6Only accepts IPv4 and IPv6: localhost, 127.0.0.1 and [::1] all reach it.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '::' }, resolve));
  return { server, port: (server.address() as AddressInfo).port, calls: () => calls };
}

test('a custom http://localhost:<port> endpoint works from the npm start build', async ({
  page,
  guard,
}) => {
  const demo = await world();
  guard.secret(demo.user.secretAccessKey);
  const sts = await startLocalSts();
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

    await app.button('Ask STS who I am').click();
    await expect(page.getByRole('article', { name: 'Caller identity' })).toContainText(ARN);
    expect(sts.calls()).toBe(1);

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
    sts.server.close();
  }
});
