import {
  AssumeRoleCommand,
  AssumeRootCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
} from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { currentTotp } from '../src/world/mfa.ts';
import {
  control,
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
      stsClient(sandbox, { accessKeyId: 'AKIARTX3GSDS4RSWAAAA', secretAccessKey: 'x' }).send(
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

  it('GetAccessKeyInfo answers an older-layout key from its records only, never from its bits', async () => {
    // The demo user's second key (world.json) is in the older layout: its account is a record.
    expect(
      (await demo().send(new GetAccessKeyInfoCommand({ AccessKeyId: 'AKIABTX3GSDS4RSW23ZR' })))
        .Account,
    ).toBe('111122223333');
    // Same layout, same bits where the current layout keeps the account, but no record.
    const unknown = await failure(
      demo().send(new GetAccessKeyInfoCommand({ AccessKeyId: 'AKIABTX3GSDS4RAAAAAA' })),
    );
    expect(unknown.name).toBe('InvalidParameterValue');
    expect(unknown.message).toContain('older layout');
  });
});
