import {
  AssumeRoleCommand,
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
} from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { mintIdToken } from '../src/identity/id-token.ts';
import { mintSamlResponse } from '../src/identity/saml-response.ts';
import { failure, fromSts, useTestSandbox, stsClient } from './sandbox-fixture.ts';

const sandbox = useTestSandbox();

/** An unsigned client, as a browser would use for the two anonymous operations. */
const anonymous = () => stsClient(sandbox);

describe('AssumeRoleWithWebIdentity', () => {
  it('accepts a sandbox ID token unsigned and the credentials chain into Admin', async () => {
    const token = await mintIdToken({ issuer: sandbox.summary.issuer, sub: 'alice' });
    const r = await anonymous().send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: sandbox.summary.roles.webIdentity,
        RoleSessionName: 'web-1',
        WebIdentityToken: token,
      }),
    );
    expect(r).toMatchObject({
      SubjectFromWebIdentityToken: 'alice',
      Audience: 'sts-console',
      Provider: expect.stringMatching(
        /^arn:aws:iam::111122223333:oidc-provider\/127\.0\.0\.1:\d+\/oidc$/,
      ) as string,
      AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/WebIdentityDemo/web-1' },
    });
    const session = stsClient(sandbox, fromSts(r.Credentials));
    const admin = await session.send(
      new AssumeRoleCommand({ RoleArn: sandbox.summary.roles.admin, RoleSessionName: 'from-web' }),
    );
    expect(admin.AssumedRoleUser?.Arn).toContain('Admin/from-web');
  });

  it('rejects a wrong audience, an expired token, an untrusted role and a too-long duration', async () => {
    const call = (
      token: string,
      RoleArn = sandbox.summary.roles.webIdentity,
      DurationSeconds?: number,
    ) =>
      failure(
        anonymous().send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn,
            RoleSessionName: 'web-1',
            WebIdentityToken: token,
            DurationSeconds,
          }),
        ),
      );
    const issuer = sandbox.summary.issuer;
    expect(await call(await mintIdToken({ issuer, aud: 'someone-else' }))).toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: 'Incorrect token audience',
      $metadata: { httpStatusCode: 400 },
    });
    expect(await call(await mintIdToken({ issuer, ttlSeconds: -60 }))).toMatchObject({
      name: 'ExpiredTokenException',
      $metadata: { httpStatusCode: 400 },
    });
    const untrusted = await call(await mintIdToken({ issuer }), sandbox.summary.roles.admin);
    expect(untrusted).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect(untrusted.message).toMatch(/^Not authorized to perform sts:AssumeRoleWithWebIdentity/);
    const long = await call(await mintIdToken({ issuer }), sandbox.summary.roles.webIdentity, 7200);
    expect(long.message).toBe(
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  });
});

describe('AssumeRoleWithSAML', () => {
  const pair = () => ({
    roleArn: sandbox.summary.roles.saml,
    providerArn: sandbox.summary.samlProvider,
  });

  it('accepts a signed assertion naming the role/provider pair', async () => {
    const assertion = mintSamlResponse({
      roles: [pair()],
      subject: 'bob',
      sessionDurationSeconds: 1800,
    });
    const r = await anonymous().send(
      new AssumeRoleWithSAMLCommand({
        RoleArn: pair().roleArn,
        PrincipalArn: pair().providerArn,
        SAMLAssertion: assertion,
      }),
    );
    expect(r).toMatchObject({
      Subject: 'bob',
      SubjectType: 'persistent',
      Audience: 'https://signin.aws.amazon.com/saml',
    });
    expect(r.NameQualifier).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(r.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111122223333:assumed-role/SamlDemo/bob');
    expect((r.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(1801_000);
    const who = await stsClient(sandbox, fromSts(r.Credentials)).send(
      new GetCallerIdentityCommand({}),
    );
    expect(who.Arn).toBe('arn:aws:sts::111122223333:assumed-role/SamlDemo/bob');
  });

  it('rejects a tampered assertion, an expired one and a role the assertion does not name', async () => {
    const good = Buffer.from(
      mintSamlResponse({ roles: [pair()], subject: 'bob' }),
      'base64',
    ).toString('utf8');
    const tampered = Buffer.from(good.replace('>bob<', '>eve<')).toString('base64');
    const call = (SAMLAssertion: string, RoleArn = pair().roleArn) =>
      failure(
        anonymous().send(
          new AssumeRoleWithSAMLCommand({
            RoleArn,
            PrincipalArn: pair().providerArn,
            SAMLAssertion,
          }),
        ),
      );
    expect(await call(tampered)).toMatchObject({
      name: 'InvalidIdentityTokenException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(await call(mintSamlResponse({ roles: [pair()], ttlSeconds: -60 }))).toMatchObject({
      name: 'ExpiredTokenException',
    });
    const other = await call(mintSamlResponse({ roles: [pair()] }), sandbox.summary.roles.admin);
    expect(other).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
  });
});
