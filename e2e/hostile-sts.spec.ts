import type { Locator, Page } from '@playwright/test';
import { ConsolePage } from './support/console-page.ts';
import { startLocalSts, type LocalAnswer, type LocalSts } from './support/local-sts.ts';
import { sandboxCli } from './support/sandbox.ts';
import { expect, test, type Guard } from './support/test.ts';

/**
 * Issue 15: an STS of the test's own on loopback answers with what a broken or hostile endpoint
 * could send. The console must show it as such, keep nothing of it, stay responsive, and raise no
 * CSP violation (the guard in support/test.ts fails a test on any violation or uncaught error).
 */

/** The test's STS, with the answer it gives to the next POST. */
interface HostileSts extends LocalSts {
  answerWith: (answer: LocalAnswer) => void;
}

const ROLE_ARN = 'arn:aws:iam::123456789012:role/Hostile';
const SESSION = 'hostile-user';
const started: LocalSts[] = [];

test.afterEach(async () => {
  await Promise.all(started.splice(0).map((sts) => sts.close()));
});

/** Starts an STS on loopback that answers every POST with `first`, until answerWith changes it. */
async function startHostileSts(first: LocalAnswer): Promise<HostileSts> {
  let answer = first;
  const sts = await startLocalSts(() => answer);
  started.push(sts);
  return {
    ...sts,
    answerWith: (next) => {
      answer = next;
    },
  };
}

/** An AssumeRoleWithWebIdentity answer (HTTP 200, text/xml) with the given ARN and credentials. */
function webIdentityAnswer(parts: {
  arn: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}): LocalAnswer {
  const expiration = new Date(Date.now() + 3_600_000).toISOString();
  const token =
    parts.sessionToken === ''
      ? '<SessionToken/>'
      : `<SessionToken>${parts.sessionToken}</SessionToken>`;
  return {
    status: 200,
    contentType: 'text/xml',
    body: `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>${SESSION}</SubjectFromWebIdentityToken><Audience>sts-console</Audience><AssumedRoleUser><Arn>${parts.arn}</Arn><AssumedRoleId>AROAHOSTILEEXAMPLE01:${SESSION}</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>${parts.accessKeyId}</AccessKeyId><SecretAccessKey>${parts.secretAccessKey}</SecretAccessKey>${token}<Expiration>${expiration}</Expiration></Credentials><Provider>hostile.example</Provider></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>hostile-1</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
  };
}

/** Opens AssumeRoleWithWebIdentity with calls going to `sts` (custom endpoint) and the form filled. */
async function openAgainst(page: Page, guard: Guard, sts: HostileSts): Promise<ConsolePage> {
  guard.allowOrigin(sts.url);
  const token = await sandboxCli(['token', '--sub', SESSION]);
  guard.secret(token);
  const app = new ConsolePage(page);
  await app.open();
  await page.getByRole('banner').getByText('Local sandbox').first().click();
  await page.getByRole('radio', { name: 'Custom endpoint' }).check();
  await page.getByLabel('Endpoint URL').fill(sts.url);
  await page.getByRole('banner').getByText('Custom').first().click();
  await app.field('Web identity token').fill(token);
  await app.field('Role ARN').fill(ROLE_ARN);
  await app.field('Role session name').fill(SESSION);
  return app;
}

/** Clicks Assume role and waits for the failure panel of exactly one more answer from `sts`. */
async function assumeAndFail(app: ConsolePage, sts: HostileSts): Promise<Locator> {
  const before = sts.posts();
  await app.button('Assume role').click();
  await expect.poll(sts.posts).toBe(before + 1);
  await expect(app.alert).toBeVisible();
  return app.alert;
}

/** Resolves once the page's own click listener on `target` has run: the tab handles events. */
async function clickIsHandled(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const w = window as unknown as { __clickHandled?: Promise<string> };
    w.__clickHandled = new Promise<string>((resolve) => {
      el.addEventListener(
        'click',
        () => {
          resolve('handled');
        },
        { once: true },
      );
    });
  });
  await target.click();
  const handled = await target.page().evaluate(() => {
    const w = window as unknown as { __clickHandled?: Promise<string> };
    return w.__clickHandled;
  });
  expect(handled).toBe('handled');
}

/** The wallet holds no credential set. */
async function expectEmptyWallet(page: Page): Promise<void> {
  await expect(page.getByText('Credentials you get or import appear here.')).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Credential set / })).toHaveCount(0);
  await expect(page.getByRole('article', { name: /credentials/i })).toHaveCount(0);
}

test('a 1 MB AssumedRoleUser Arn is shown as out of spec, kept nowhere, and the tab still answers clicks', async ({
  page,
  guard,
}) => {
  const secret = 'hostileSecretKeyEXAMPLEhostileSecretKey01';
  guard.secret(secret);
  const arn = `arn:aws:sts::123456789012:assumed-role/Hostile/${'a'.repeat(1024 * 1024)}`;
  const sts = await startHostileSts(
    webIdentityAnswer({
      arn,
      accessKeyId: 'ASIAHOSTILEEXAMPLE01',
      secretAccessKey: secret,
      sessionToken: 'hostile-session-token',
    }),
  );
  const app = await openAgainst(page, guard, sts);

  const alert = await assumeAndFail(app, sts);
  await expect(alert).toContainText('The answer is outside what STS sends');
  await expect(alert).toContainText(
    `AssumedRoleUser.Arn is ${arn.length.toLocaleString('en-US')} characters long; STS sends at most 2,048`,
  );
  await expect(alert).toContainText('Nothing of this answer was kept.');
  // Shown as a short excerpt, not the megabyte.
  expect((await alert.innerText()).length).toBeLessThan(2_000);
  await expectEmptyWallet(page);

  // The tab is responsive: a click is handled, and its effect shows (default expect timeout).
  const settings = page.getByRole('banner').getByText('Custom').first();
  await clickIsHandled(settings);
  await expect(page.getByLabel('Endpoint URL')).toBeVisible();
});

test('an HTML 500 page and a JSON body read as "not an STS answer", with an excerpt', async ({
  page,
  guard,
}) => {
  const sts = await startHostileSts({
    status: 500,
    contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style><script>alert(1)</script></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>',
  });
  const app = await openAgainst(page, guard, sts);

  const html = await assumeAndFail(app, sts);
  await expect(html).toContainText('Not an STS answer');
  await expect(html).toContainText(
    `${sts.url} answered HTTP 500 with HTML (Content-Type text/html; charset=utf-8), not an STS answer.`,
  );
  await expect(html).toContainText('It says: “502 Bad Gateway 502 Bad Gateway nginx”');
  await expect(html).not.toContainText('Error Error');
  await expect(html).not.toContainText('alert(1)');

  sts.answerWith({
    status: 403,
    contentType: 'application/json',
    body: '{"message":"Missing Authentication Token"}',
  });
  const json = await assumeAndFail(app, sts);
  await expect(json).toContainText(
    `${sts.url} answered HTTP 403 with JSON (Content-Type application/json), not an STS answer.`,
  );
  await expect(json).toContainText('It says: “{"message":"Missing Authentication Token"}”');
  await expect(json).toContainText('STS answers in XML (the Query protocol)');
  await expect(json).not.toContainText('Error Error');
  await expectEmptyWallet(page);
});

test('AKIA keys with an empty SessionToken are long-term keys: export is guarded', async ({
  page,
  guard,
}) => {
  const secret = 'longTermSecretKeyEXAMPLElongTermSecretK01';
  guard.secret(secret);
  const sts = await startHostileSts(
    webIdentityAnswer({
      arn: `arn:aws:sts::123456789012:assumed-role/Hostile/${SESSION}`,
      accessKeyId: 'AKIAHOSTILEEXAMPLE01',
      secretAccessKey: secret,
      sessionToken: '',
    }),
  );
  const app = await openAgainst(page, guard, sts);
  await app.button('Assume role').click();

  const card = app.credentialsCard;
  await expect(card).toBeVisible();
  await expect(card).toContainText('AKIAHOSTILEEXAMPLE01');
  await expect(card).toContainText('These are long-term access keys.');
  await expect(card.getByRole('button', { name: /^Copy as / })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Export long-term keys anyway' })).toBeVisible();
  await expect(card.getByText('Session token', { exact: true })).toHaveCount(0);
});

const STS_NS = 'xmlns="https://sts.amazonaws.com/doc/2011-06-15/"';

/** Bodies a browser's XML parser would turn into XHTML/SVG elements or a parser-error document. */
const HOSTILE_XML: { name: string; status: number; body: string; says: string }[] = [
  {
    name: 'an STS error whose Message holds XHTML',
    status: 403,
    body: `<ErrorResponse ${STS_NS}><Error><Type>Sender</Type><Code>AccessDenied</Code><Message><p xmlns="http://www.w3.org/1999/xhtml" style="color:red"><img src="https://attacker.example/x.png"/>denied</p></Message></Error><RequestId>h-1</RequestId></ErrorResponse>`,
    says: 'The XML uses the XHTML, SVG or MathML namespace',
  },
  {
    name: 'an SVG document',
    status: 200,
    body: `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><style>*{fill:red}</style><rect width="1" height="1" style="fill:blue"/></svg>`,
    says: 'The XML uses the XHTML, SVG or MathML namespace',
  },
  {
    name: 'XHTML under a prefix, its namespace spelled with a character reference',
    status: 403,
    body: `<ErrorResponse ${STS_NS} xmlns:h="http://www.w3.org/1999/&#x78;html"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message><h:b style="color:red">denied</h:b></Message></Error><RequestId>h-1</RequestId></ErrorResponse>`,
    says: 'The XML uses the XHTML, SVG or MathML namespace',
  },
  {
    name: 'a DTD whose entity names the XHTML namespace',
    status: 403,
    body: `<?xml version="1.0"?><!DOCTYPE ErrorResponse [<!ENTITY h "http://www.w3.org/1999/x&#104;tml">]><ErrorResponse ${STS_NS}><Error><Type>Sender</Type><Code>AccessDenied</Code><Message><b xmlns="&h;" style="color:red">denied</b></Message></Error><RequestId>h-1</RequestId></ErrorResponse>`,
    says: 'The XML declares a DTD',
  },
  {
    name: 'an answer that is not well formed',
    status: 200,
    body: `<AssumeRoleWithWebIdentityResponse ${STS_NS}><AssumeRoleWithWebIdentityResult><Provider>broken</AssumeRoleWithWebIdentityResult>`,
    says: 'The XML is not well formed',
  },
];

test.describe('hostile XML in an STS body is refused before parsing: no CSP violation', () => {
  for (const hostile of HOSTILE_XML) {
    test(hostile.name, async ({ page, guard }) => {
      const sts = await startHostileSts({
        status: hostile.status,
        contentType: 'text/xml',
        body: hostile.body,
      });
      const app = await openAgainst(page, guard, sts);
      const alert = await assumeAndFail(app, sts);
      await expect(alert).toContainText(
        `${sts.url} answered HTTP ${String(hostile.status)} with XML a browser cannot read safely`,
      );
      await expect(alert).toContainText(hostile.says);
      await expectEmptyWallet(page);
      // The guard (support/test.ts) then fails the test on any CSP violation or uncaught error.
    });
  }
});
