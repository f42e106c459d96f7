import { randomBytes } from 'node:crypto';
import {
  AssumeRoleCommand,
  DecodeAuthorizationMessageCommand,
  GetCallerIdentityCommand,
} from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../src/world/mfa.ts';
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
