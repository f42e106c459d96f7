import {
  AssumeRoleCommand,
  AssumeRootCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetDelegatedAccessTokenCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  GetWebIdentityTokenCommand,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/server.ts';
import { currentTotp } from '../src/world/mfa.ts';
import { mintTradeInToken } from '../src/world/trade-in.ts';
import {
  control,
  demoCreds,
  fromSts,
  startTestSandbox,
  stsClient,
  type Creds,
} from './sandbox-fixture.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

/** Runs a call expected to fail and returns the SDK's parsed error. */
async function failure(promise: Promise<unknown>): Promise<STSServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof STSServiceException) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

const demo = () => stsClient(sandbox, demoCreds(sandbox));
async function adminSession(): Promise<Creds> {
  const r = await demo().send(
    new AssumeRoleCommand({ RoleArn: sandbox.summary.roles.admin, RoleSessionName: 'admin-1' }),
  );
  return fromSts(r.Credentials);
}

describe('GetCallerIdentity and SigV4', () => {
  it('identifies the demo user', async () => {
    const r = await demo().send(new GetCallerIdentityCommand({}));
    expect(r).toMatchObject({
      Arn: 'arn:aws:iam::111122223333:user/demo',
      Account: '111122223333',
    });
    expect(r.UserId).toMatch(/^AIDA[A-Z2-7]{16}$/);
  });

  it('refuses a wrong secret, an unknown key and a missing signature', async () => {
    const wrong = await failure(
      stsClient(sandbox, { ...demoCreds(sandbox), secretAccessKey: 'wrong' }).send(
        new GetCallerIdentityCommand({}),
      ),
    );
    expect(wrong).toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
    expect(wrong.message).toMatch(/^The request signature we calculated does not match/);
    const unknown = await failure(
      stsClient(sandbox, { accessKeyId: 'AKIABTX3GSDS4RSWAAAA', secretAccessKey: 'x' }).send(
        new GetCallerIdentityCommand({}),
      ),
    );
    expect(unknown).toMatchObject({
      name: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
      $metadata: { httpStatusCode: 403 },
    });
    const anonymous = await fetch(`${sandbox.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });

  it('expires sessions when the sandbox clock moves past Expiration', async () => {
    const creds = await adminSession();
    await control(sandbox, 'clock', { advanceSeconds: 3601 });
    try {
      const expired = await failure(
        stsClient(sandbox, creds).send(new GetCallerIdentityCommand({})),
      );
      expect(expired).toMatchObject({
        name: 'ExpiredToken',
        message: 'The security token included in the request is expired',
        $metadata: { httpStatusCode: 403 },
      });
    } finally {
      await control(sandbox, 'clock', { reset: true });
    }
  });
});

describe('AssumeRole', () => {
  it('issues ASIA credentials that sign the next call and chain', async () => {
    const r = await demo().send(
      new AssumeRoleCommand({
        RoleArn: sandbox.summary.roles.admin,
        RoleSessionName: 'chain-1',
        DurationSeconds: 7200,
        Policy:
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
        Tags: [{ Key: 'team', Value: 'blue' }],
        TransitiveTagKeys: ['team'],
        SourceIdentity: 'alice',
        MinimumSessionTokenSize: 2048,
      }),
    );
    expect(r.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(r.AssumedRoleUser).toEqual({
      AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{16}:chain-1$/) as string,
      Arn: 'arn:aws:sts::111122223333:assumed-role/Admin/chain-1',
    });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- STS still sends it; prove we do
    expect(r.PackedPolicySize).toBeGreaterThan(0);
    expect(r.SourceIdentity).toBe('alice');
    expect(r.SessionTokenSize).toBeGreaterThanOrEqual(2048);
    expect(r.SessionTokenUtilization).toBe(50);
    expect(r.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now() + 7100_000);
    const session = stsClient(sandbox, fromSts(r.Credentials));
    const who = await session.send(new GetCallerIdentityCommand({}));
    expect(who.Arn).toBe('arn:aws:sts::111122223333:assumed-role/Admin/chain-1');
    const chained = await session.send(
      new AssumeRoleCommand({ RoleArn: sandbox.summary.roles.admin, RoleSessionName: 'chain-2' }),
    );
    expect(chained.AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::111122223333:assumed-role/Admin/chain-2',
    );
    const inherited = await failure(
      session.send(
        new AssumeRoleCommand({
          RoleArn: sandbox.summary.roles.admin,
          RoleSessionName: 'chain-3',
          Tags: [{ Key: 'Team', Value: 'red' }],
        }),
      ),
    );
    expect(inherited.name).toBe('InvalidParameterValue');
  });

  it('caps role chaining at one hour and durations at the role maximum', async () => {
    const session = stsClient(sandbox, await adminSession());
    const chained = await failure(
      session.send(
        new AssumeRoleCommand({
          RoleArn: sandbox.summary.roles.admin,
          RoleSessionName: 'cc',
          DurationSeconds: 3601,
        }),
      ),
    );
    expect(chained).toMatchObject({
      name: 'ValidationError',
      message:
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      $metadata: { httpStatusCode: 400 },
    });
    const tooLong = await failure(
      demo().send(
        new AssumeRoleCommand({
          RoleArn: sandbox.summary.roles.mfa,
          RoleSessionName: 'mm',
          DurationSeconds: 3601,
        }),
      ),
    );
    expect(tooLong.name).toBe('AccessDenied');
  });

  it('refuses untrusted callers with an encoded message that decodes to the STS document', async () => {
    const denied = await failure(
      demo().send(
        new AssumeRoleCommand({
          RoleArn: 'arn:aws:iam::111122223333:role/Nope',
          RoleSessionName: 'x1',
        }),
      ),
    );
    expect(denied).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    const match =
      /^User: arn:aws:iam::111122223333:user\/demo is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role\/Nope\. Encoded authorization failure message: (\S+)$/.exec(
        denied.message,
      );
    expect(match).not.toBeNull();
    const decoded = await demo().send(
      new DecodeAuthorizationMessageCommand({ EncodedMessage: match?.[1] ?? '' }),
    );
    const doc = JSON.parse(decoded.DecodedMessage ?? '') as Record<string, unknown>;
    expect(doc).toMatchObject({
      allowed: false,
      explicitDeny: false,
      matchedStatements: { items: [] },
      failures: { items: [] },
      context: {
        principal: { arn: 'arn:aws:iam::111122223333:user/demo' },
        action: 'sts:AssumeRole',
        resource: 'arn:aws:iam::111122223333:role/Nope',
      },
    });
    const bad = await failure(
      demo().send(new DecodeAuthorizationMessageCommand({ EncodedMessage: 'garbage' })),
    );
    expect(bad.name).toBe('InvalidAuthorizationMessageException');
  });

  it('enforces MFA: missing, wrong code, right code', async () => {
    const { mfa } = sandbox.summary.roles;
    const { mfaSerial, mfaSecretBase32 } = sandbox.summary.user;
    expect(
      (await failure(demo().send(new AssumeRoleCommand({ RoleArn: mfa, RoleSessionName: 'mm' }))))
        .name,
    ).toBe('AccessDenied');
    const good = currentTotp(mfaSecretBase32, Date.now());
    const wrongCode = String((Number(good) + 500_000) % 1_000_000).padStart(6, '0');
    const wrong = await failure(
      demo().send(
        new AssumeRoleCommand({
          RoleArn: mfa,
          RoleSessionName: 'mm',
          SerialNumber: mfaSerial,
          TokenCode: wrongCode,
        }),
      ),
    );
    expect(wrong).toMatchObject({
      name: 'AccessDenied',
      message: 'MultiFactorAuthentication failed with invalid MFA one time pass code. ',
    });
    const ok = await demo().send(
      new AssumeRoleCommand({
        RoleArn: mfa,
        RoleSessionName: 'mm',
        SerialNumber: mfaSerial,
        TokenCode: good,
      }),
    );
    expect(ok.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111122223333:assumed-role/MfaProtected/mm');
  });

  it('requires the ExternalId the role names', async () => {
    const RoleArn = 'arn:aws:iam::111122223333:role/ThirdPartyAudit';
    expect(
      (await failure(demo().send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'ee' })))).name,
    ).toBe('AccessDenied');
    expect(
      (
        await failure(
          demo().send(
            new AssumeRoleCommand({ RoleArn, RoleSessionName: 'ee', ExternalId: 'wrong-id' }),
          ),
        )
      ).name,
    ).toBe('AccessDenied');
    const r = await demo().send(
      new AssumeRoleCommand({
        RoleArn,
        RoleSessionName: 'ee',
        ExternalId: 'sandbox-external-id-42',
      }),
    );
    expect(r.AssumedRoleUser?.Arn).toContain('ThirdPartyAudit/ee');
  });

  it('answers validation and policy errors as STS words them', async () => {
    const v = await failure(
      demo().send(
        new AssumeRoleCommand({ RoleArn: sandbox.summary.roles.admin, RoleSessionName: 'x' }),
      ),
    );
    expect(v).toMatchObject({
      name: 'ValidationError',
      message:
        "1 validation error detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
      $metadata: { httpStatusCode: 400 },
    });
    const malformed = await failure(
      demo().send(
        new AssumeRoleCommand({
          RoleArn: sandbox.summary.roles.admin,
          RoleSessionName: 'xx',
          Policy: '{not json',
        }),
      ),
    );
    expect(malformed).toMatchObject({
      name: 'MalformedPolicyDocumentException',
      $metadata: { httpStatusCode: 400 },
    });
    const arns = Array.from({ length: 11 }, (_, i) => ({
      arn: `arn:aws:iam::aws:policy/P${i}xxxxxxxxxxxx`,
    }));
    const tooMany = await failure(
      demo().send(
        new AssumeRoleCommand({
          RoleArn: sandbox.summary.roles.admin,
          RoleSessionName: 'xx',
          PolicyArns: arns,
        }),
      ),
    );
    expect(tooMany.message).toContain(
      "at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10",
    );
    const source = await failure(
      demo().send(
        new AssumeRoleCommand({
          RoleArn: sandbox.summary.roles.admin,
          RoleSessionName: 'xx',
          SourceIdentity: 'aws:me',
        }),
      ),
    );
    expect(source.name).toBe('ValidationError');
    const big = await failure(
      demo().send(
        new AssumeRoleCommand({
          RoleArn: sandbox.summary.roles.admin,
          RoleSessionName: 'xx',
          Tags: Array.from({ length: 50 }, (_, i) => ({
            Key: `k${i}${randomBytes(60).toString('hex')}`,
            Value: randomBytes(128).toString('hex'),
          })),
        }),
      ),
    );
    expect(big).toMatchObject({
      name: 'PackedPolicyTooLargeException',
      $metadata: { httpStatusCode: 400 },
    });
  });
});

describe('GetSessionToken, GetFederationToken, AssumeRoot, GetAccessKeyInfo', () => {
  it('GetSessionToken works for the user (with MFA) and refuses session credentials', async () => {
    const { mfaSerial, mfaSecretBase32 } = sandbox.summary.user;
    const r = await demo().send(
      new GetSessionTokenCommand({
        DurationSeconds: 900,
        SerialNumber: mfaSerial,
        TokenCode: currentTotp(mfaSecretBase32, Date.now()),
      }),
    );
    const session = stsClient(sandbox, fromSts(r.Credentials));
    expect((await session.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:iam::111122223333:user/demo',
    );
    const viaMfaSession = await session.send(
      new AssumeRoleCommand({ RoleArn: sandbox.summary.roles.mfa, RoleSessionName: 'via-gst' }),
    );
    expect(viaMfaSession.AssumedRoleUser?.Arn).toContain('MfaProtected/via-gst');
    const refused = await failure(session.send(new GetSessionTokenCommand({})));
    expect(refused).toMatchObject({
      name: 'AccessDenied',
      message: 'Cannot call GetSessionToken with session credentials',
    });
  });

  it('GetFederationToken gives a federated user that may only call GetCallerIdentity', async () => {
    const r = await demo().send(
      new GetFederationTokenCommand({ Name: 'Bob', DurationSeconds: 900 }),
    );
    expect(r.FederatedUser).toEqual({
      FederatedUserId: '111122223333:Bob',
      Arn: 'arn:aws:sts::111122223333:federated-user/Bob',
    });
    const fed = stsClient(sandbox, fromSts(r.Credentials));
    expect((await fed.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:sts::111122223333:federated-user/Bob',
    );
    const denied = await failure(
      fed.send(
        new AssumeRoleCommand({ RoleArn: sandbox.summary.roles.admin, RoleSessionName: 'f1' }),
      ),
    );
    expect(denied).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect((await failure(fed.send(new GetSessionTokenCommand({})))).name).toBe('AccessDenied');
  });

  it('AssumeRoot into the member account with a root-task policy only', async () => {
    const r = await demo().send(
      new AssumeRootCommand({
        TargetPrincipal: sandbox.summary.memberAccount,
        TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' },
      }),
    );
    expect(r.Credentials?.Expiration?.getTime()).toBeLessThanOrEqual(Date.now() + 901_000);
    const root = stsClient(sandbox, fromSts(r.Credentials));
    expect(await root.send(new GetCallerIdentityCommand({}))).toMatchObject({
      Arn: 'arn:aws:iam::444455556666:root',
      Account: '444455556666',
    });
    const badTask = await failure(
      demo().send(
        new AssumeRootCommand({
          TargetPrincipal: '444455556666',
          TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
        }),
      ),
    );
    expect(badTask.name).toBe('ValidationError');
    const tooLong = await failure(
      demo().send(
        new AssumeRootCommand({
          TargetPrincipal: '444455556666',
          TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy' },
          DurationSeconds: 901,
        }),
      ),
    );
    expect(tooLong.message).toContain('Member must have value less than or equal to 900');
  });

  it('GetAccessKeyInfo decodes the account of any key, including issued ones', async () => {
    const creds = await adminSession();
    for (const key of [creds.accessKeyId, sandbox.summary.user.accessKeyId]) {
      expect((await demo().send(new GetAccessKeyInfoCommand({ AccessKeyId: key }))).Account).toBe(
        '111122223333',
      );
    }
    expect(
      (await demo().send(new GetAccessKeyInfoCommand({ AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' })))
        .Account,
    ).toBe('609629065308');
  });
});

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
