import { createLocalJWKSet, jwtVerify } from 'jose';
import {
  AssumeRoleCommand,
  GetDelegatedAccessTokenCommand,
  GetWebIdentityTokenCommand,
} from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { mintTradeInToken } from '../src/world/trade-in.ts';
import {
  demoCreds,
  failure,
  fromSts,
  useTestSandbox,
  stsClient,
  type Creds,
} from './sandbox-fixture.ts';

const sandbox = useTestSandbox();

const demo = () => stsClient(sandbox, demoCreds(sandbox));
async function adminSession(): Promise<Creds> {
  const r = await demo().send(
    new AssumeRoleCommand({ RoleArn: sandbox.summary.roles.admin, RoleSessionName: 'admin-1' }),
  );
  return fromSts(r.Credentials);
}

describe('GetWebIdentityToken and GetDelegatedAccessToken', () => {
  it('signs a token about the caller that verifies against the published JWKS', async () => {
    const session = stsClient(sandbox, await adminSession());
    const r = await session.send(
      new GetWebIdentityTokenCommand({
        Audience: ['https://api.example.com'],
        SigningAlgorithm: 'ES384',
      }),
    );
    const jwks = (await (
      await fetch(`${sandbox.url}/outbound/.well-known/jwks.json`)
    ).json()) as Parameters<typeof createLocalJWKSet>[0];
    const { payload } = await jwtVerify(r.WebIdentityToken ?? '', createLocalJWKSet(jwks), {
      issuer: `${sandbox.url}/outbound`,
      audience: 'https://api.example.com',
    });
    expect(payload.sub).toBe('arn:aws:sts::111122223333:assumed-role/Admin/admin-1');
    expect((r.Expiration?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(301_000);
    const hs = await failure(
      session.send(new GetWebIdentityTokenCommand({ Audience: ['a'], SigningAlgorithm: 'HS256' })),
    );
    expect(hs.name).toBe('ValidationError');
  });

  it('trades a sandbox trade-in token for credentials, and refuses an expired one', async () => {
    const token = mintTradeInToken(sandbox.summary.roles.admin, 600, Date.now());
    const r = await demo().send(new GetDelegatedAccessTokenCommand({ TradeInToken: token }));
    expect(r.AssumedPrincipal).toBe(sandbox.summary.roles.admin);
    expect(r.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    const expired = await failure(
      demo().send(
        new GetDelegatedAccessTokenCommand({
          TradeInToken: mintTradeInToken(sandbox.summary.roles.admin, -5, Date.now()),
        }),
      ),
    );
    expect(expired).toMatchObject({
      name: 'ExpiredTradeInTokenException',
      $metadata: { httpStatusCode: 400 },
    });
  });
});
