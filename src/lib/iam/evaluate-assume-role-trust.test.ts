import { describe, expect, it } from 'vitest';
import { evaluateTrustPolicy } from './evaluate-trust-policy.ts';
import { explainTrustVerdict } from './explain-trust-verdict.ts';
import { parseTrustPolicy } from './parse-trust-policy.ts';
import { assumeRoleRequest, samlRequest } from './trust-request-context.ts';
import type { TrustPolicy, TrustRequest } from './trust-policy-types.ts';

const ACCOUNT = '123456789012';

function policy(statement: object | object[]): TrustPolicy {
  const parsed = parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statement }));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function check(p: TrustPolicy, r: TrustRequest) {
  const verdict = evaluateTrustPolicy(p, r);
  return { allowed: verdict.allowed, why: explainTrustVerdict(verdict) };
}

describe('AssumeRole and SAML trust policies', () => {
  const user = { arn: `arn:aws:iam::${ACCOUNT}:user/alice`, longTerm: true, mfaInRequest: false };
  const allowAccount = { Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' };
  it.each<[string, TrustPolicy, TrustRequest, boolean]>([
    ['account ID admits its users', policy(allowAccount), assumeRoleRequest(user), true],
    [
      'other account',
      policy({ ...allowAccount, Principal: { AWS: 'arn:aws:iam::444455556666:root' } }),
      assumeRoleRequest(user),
      false,
    ],
    [
      'role ARN admits its sessions',
      policy({ ...allowAccount, Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/Ci` } }),
      assumeRoleRequest({
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Ci/run-1`,
        longTerm: false,
        mfaInRequest: false,
      }),
      true,
    ],
    [
      'ExternalId matches',
      policy({ ...allowAccount, Condition: { StringEquals: { 'sts:ExternalId': 'x-42' } } }),
      assumeRoleRequest(user, { externalId: 'x-42' }),
      true,
    ],
    [
      'ExternalId missing',
      policy({ ...allowAccount, Condition: { StringEquals: { 'sts:ExternalId': 'x-42' } } }),
      assumeRoleRequest(user),
      false,
    ],
    [
      'MFA required, none given',
      policy({ ...allowAccount, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
      assumeRoleRequest(user),
      false,
    ],
    [
      'MFA required and given',
      policy({ ...allowAccount, Condition: { Bool: { 'aws:MultiFactorAuthPresent': true } } }),
      assumeRoleRequest({ ...user, mfaInRequest: true }),
      true,
    ],
    [
      'explicit Deny wins over Allow',
      policy([
        allowAccount,
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ]),
      assumeRoleRequest(user),
      false,
    ],
    [
      'Deny that does not match leaves the Allow',
      policy([
        allowAccount,
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ]),
      assumeRoleRequest({ ...user, mfaInRequest: true }),
      true,
    ],
    [
      'tags need sts:TagSession too',
      policy(allowAccount),
      assumeRoleRequest(user, { tags: [{ key: 'team', value: 'a' }] }),
      false,
    ],
    [
      'sts:TagSession allowed',
      policy({ ...allowAccount, Action: ['sts:AssumeRole', 'sts:TagSession'] }),
      assumeRoleRequest(user, { tags: [{ key: 'team', value: 'a' }] }),
      true,
    ],
    [
      'SourceIdentity needs sts:SetSourceIdentity',
      policy(allowAccount),
      assumeRoleRequest(user, { sourceIdentity: 'alice' }),
      false,
    ],
    [
      'NotPrincipal excludes',
      policy({ Effect: 'Allow', NotPrincipal: { AWS: user.arn }, Action: 'sts:AssumeRole' }),
      assumeRoleRequest(user),
      false,
    ],
    [
      'NotAction',
      policy({ Effect: 'Allow', Principal: '*', NotAction: 'sts:AssumeRoleWithSAML' }),
      assumeRoleRequest(user),
      true,
    ],
    [
      'Action wildcard is case-insensitive',
      policy({ ...allowAccount, Action: 'STS:assume*' }),
      assumeRoleRequest(user),
      true,
    ],
  ])('%s', (_name, p, r, allowed) => {
    expect(check(p, r).allowed).toBe(allowed);
  });

  it('explains an explicit Deny', () => {
    const p = policy([
      allowAccount,
      {
        Sid: 'NoMfaNoEntry',
        Effect: 'Deny',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ]);
    expect(check(p, assumeRoleRequest(user)).why).toMatch(/^denied: statement 2 \(NoMfaNoEntry\)/);
  });

  it('SAML: saml:aud is the recipient URL', () => {
    const provider = `arn:aws:iam::${ACCOUNT}:saml-provider/Okta`;
    const p = policy({
      Effect: 'Allow',
      Principal: { Federated: provider },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    });
    const saml = (recipient: string) =>
      samlRequest(
        {
          audiences: ['urn:amazon:webservices'],
          recipient,
          issuer: 'http://www.okta.com/x',
          subject: {
            nameId: 'alice',
            format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
          },
          roles: [],
          unreadableRoleValues: [],
          encryptedAssertion: false,
          signature: { present: true, signedElements: ['Response'], verified: false },
          samlAssertionBase64: '',
        },
        provider,
      );
    expect(check(p, saml('https://signin.aws.amazon.com/saml')).allowed).toBe(true);
    expect(check(p, saml('https://elsewhere/saml')).why).toBe(
      'not allowed: SAML:aud expects StringEquals "https://signin.aws.amazon.com/saml" got "https://elsewhere/saml"',
    );
  });
});
