import { mintSamlResponse } from '../sandbox/src/identity/saml-response.ts';
import { ConsolePage } from './support/console-page.ts';
import { expect, test } from './support/test.ts';
import { resetStats, sandboxCli, stats, world } from './support/sandbox.ts';

const SESSION_POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';

function tamper(base64: string): string {
  const xml = Buffer.from(base64, 'base64').toString('utf8');
  return Buffer.from(xml.replace(/>demo-user</g, '>mallory<'), 'utf8').toString('base64');
}

test('paste a SAMLResponse, pick its role, get credentials in one unsigned round trip', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const saml = await sandboxCli(['saml']);
  guard.secret(saml);
  const app = new ConsolePage(page);
  await app.open('assume-role-with-saml');
  await app.field('SAML response').fill(saml);
  const decoded = page.getByRole('region', { name: 'Decoded SAML response' });
  await expect(decoded).toContainText('demo-user');
  await expect(decoded).toContainText('https://signin.aws.amazon.com/saml');
  await expect(decoded).toContainText('3,600 seconds');
  await expect(decoded.getByText(/\d+m \d\ds left/)).toBeVisible();

  await page.getByRole('radio', { name: /SamlDemo/ }).check();
  await expect(app.field('Role ARN')).toHaveValue(demo.roles.saml);
  await expect(app.field('Principal ARN (SAML provider)')).toHaveValue(demo.samlProvider);
  await expect(app.field('Duration (seconds)')).toHaveValue('3600');
  await app.field('Duration (seconds)').fill('7200');
  await expect(page.getByText(/Longer than the assertion's SessionDuration/)).toBeVisible();
  await app.field('Duration (seconds)').fill('3600');
  await page.getByText('Session policies and more', { exact: true }).click();
  await app.field('Session policy (JSON)').fill(SESSION_POLICY);

  await resetStats();
  await app.button('Assume role with SAML').click();
  const card = app.credentialsCard;
  await expect(card).toContainText('assumed-role/SamlDemo/');
  // A session policy was sent: STS says how much of the packed space it took.
  await expect(card).toContainText(/Packed policy size\s*\d+% of the limit/);
  await expect(card).toContainText('Name qualifier');
  await expect(card).toContainText('demo-user');
  const counted = await stats();
  expect(counted.preflights).toBe(0);
  expect(counted.byAction.AssumeRoleWithSAML).toBe(1);
  await page.screenshot({ path: '/tmp/shots/saml.png', fullPage: true });
});

test('a tampered assertion is refused by STS, an expired one is flagged before sending', async ({
  page,
  guard,
}) => {
  const demo = await world();
  const app = new ConsolePage(page);
  await app.open('assume-role-with-saml');
  const tampered = tamper(await sandboxCli(['saml']));
  guard.secret(tampered);
  await app.field('SAML response').fill(tampered);
  await expect(page.getByRole('region', { name: 'Decoded SAML response' })).toContainText(
    'mallory',
  );
  await page.getByRole('radio', { name: /SamlDemo/ }).check();
  await app.button('Assume role with SAML').click();
  await expect(app.alert).toContainText('InvalidIdentityToken');

  const expired = mintSamlResponse({
    roles: [{ roleArn: demo.roles.saml, providerArn: demo.samlProvider }],
    ttlSeconds: -120,
  });
  guard.secret(expired);
  await app.field('SAML response').fill(expired);
  await expect(page.getByText(/The assertion has expired/)).toBeVisible();
  await resetStats();
  await app.button('Assume role with SAML').click();
  // Flagged, not blocked: STS decides, and its refusal is shown as such.
  await expect(app.alert).toContainText(
    'The SAML response has expired ExpiredTokenException HTTP 400',
  );
  await expect(app.alert).toContainText('Response has expired');
  await expect(app.alert).toContainText(
    'What to do: Sign in at your identity provider again and paste the fresh SAML response',
  );
  expect((await stats()).byAction.AssumeRoleWithSAML).toBe(1);
});

test('a DTD in the paste is refused at the field and nothing is sent', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.open('assume-role-with-saml');
  await resetStats();
  await app
    .field('SAML response')
    .fill('<!DOCTYPE x [<!ENTITY a "aaaa">]><samlp:Response>&a;</samlp:Response>');
  await expect(page.getByText(/declares a DTD or entities/)).toBeVisible();
  await app.field('Role ARN').fill('arn:aws:iam::111122223333:role/SamlDemo');
  await app
    .field('Principal ARN (SAML provider)')
    .fill('arn:aws:iam::111122223333:saml-provider/SandboxIdP');
  await app.button('Assume role with SAML').click();
  await expect(app.field('SAML response')).toBeFocused();
  expect((await stats()).requests).toBe(0);
});
