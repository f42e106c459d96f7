import { describe, expect, it } from 'vitest';
import { evaluateTrustPolicy } from './evaluate-trust-policy.ts';
import { explainTrustVerdict } from './explain-trust-verdict.ts';
import { parseTrustPolicy } from './parse-trust-policy.ts';
import { webIdentityRequest } from './trust-request-context.ts';
import type { TrustPolicy, TrustRequest } from './trust-policy-types.ts';

const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/Deploy`;
const GH = 'token.actions.githubusercontent.com';
const EKS = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';

function policy(statement: object | object[]): TrustPolicy {
  const parsed = parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statement }));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
const federated = (provider: string, condition: object) => ({
  Effect: 'Allow',
  Principal: { Federated: provider },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: condition,
});
const github = (sub: string, operator = 'StringEquals') =>
  policy(
    federated(`arn:aws:iam::${ACCOUNT}:oidc-provider/${GH}`, {
      StringEquals: {
        [`${GH}:aud`]: 'sts.amazonaws.com',
        ...(operator === 'StringEquals' ? { [`${GH}:sub`]: sub } : {}),
      },
      ...(operator === 'StringEquals' ? {} : { [operator]: { [`${GH}:sub`]: sub } }),
    }),
  );
const ghToken = (sub: string, aud = 'sts.amazonaws.com'): TrustRequest =>
  webIdentityRequest({ iss: `https://${GH}`, aud, sub }, ROLE, { roleSessionName: 'ci' });

function check(p: TrustPolicy, r: TrustRequest) {
  const verdict = evaluateTrustPolicy(p, r);
  return { allowed: verdict.allowed, why: explainTrustVerdict(verdict), verdict };
}

describe('web identity trust policies (IAM documentation examples)', () => {
  const main = 'repo:octo-org/octo-repo:ref:refs/heads/main';
  it.each<[string, TrustPolicy, TrustRequest, boolean]>([
    ['GitHub main branch', github(main), ghToken(main), true],
    [
      'GitHub other branch',
      github(main),
      ghToken('repo:octo-org/octo-repo:ref:refs/heads/dev'),
      false,
    ],
    ['GitHub wrong audience', github(main), ghToken(main, 'sigstore'), false],
    [
      'GitHub environment subject',
      github('repo:octo-org/octo-repo:environment:prod'),
      ghToken('repo:octo-org/octo-repo:environment:prod'),
      true,
    ],
    [
      'GitHub any ref of the repo',
      github('repo:octo-org/octo-repo:*', 'StringLike'),
      ghToken('repo:octo-org/octo-repo:pull_request'),
      true,
    ],
    [
      'GitHub any repo of the org',
      github('repo:octo-org/*', 'StringLike'),
      ghToken('repo:octo-org/other:ref:refs/heads/x'),
      true,
    ],
    [
      'GitHub wildcard under StringEquals is literal',
      github('repo:octo-org/*'),
      ghToken('repo:octo-org/other:ref:refs/heads/x'),
      false,
    ],
    [
      'GitHub other org',
      github('repo:octo-org/*', 'StringLike'),
      ghToken('repo:evil-org/octo-repo:ref:refs/heads/main'),
      false,
    ],
    [
      'EKS service account',
      policy(
        federated(`arn:aws:iam::${ACCOUNT}:oidc-provider/${EKS}`, {
          StringEquals: {
            [`${EKS}:sub`]: 'system:serviceaccount:default:my-sa',
            [`${EKS}:aud`]: 'sts.amazonaws.com',
          },
        }),
      ),
      webIdentityRequest(
        {
          iss: `https://${EKS}`,
          aud: 'sts.amazonaws.com',
          sub: 'system:serviceaccount:default:my-sa',
        },
        ROLE,
      ),
      true,
    ],
    [
      'EKS other namespace',
      policy(
        federated(`arn:aws:iam::${ACCOUNT}:oidc-provider/${EKS}`, {
          StringLike: { [`${EKS}:sub`]: 'system:serviceaccount:default:*' },
        }),
      ),
      webIdentityRequest(
        {
          iss: `https://${EKS}`,
          aud: 'sts.amazonaws.com',
          sub: 'system:serviceaccount:kube-system:my-sa',
        },
        ROLE,
      ),
      false,
    ],
    [
      'EKS provider of another account',
      policy(federated(`arn:aws:iam::444455556666:oidc-provider/${EKS}`, {})),
      webIdentityRequest({ iss: `https://${EKS}`, aud: 'sts.amazonaws.com', sub: 'x' }, ROLE),
      false,
    ],
  ])('%s', (_name, p, r, allowed) => {
    expect(check(p, r).allowed).toBe(allowed);
  });

  const cognito = policy(
    federated('cognito-identity.amazonaws.com', {
      StringEquals: {
        'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012',
      },
      'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
    }),
  );
  const cognitoToken = (amr: string[]) =>
    webIdentityRequest(
      {
        iss: 'https://cognito-identity.amazonaws.com',
        aud: 'us-east-1:12345678-abcd-abcd-abcd-123456789012',
        sub: 'us-east-1:abc',
        amr,
      },
      ROLE,
    );
  it('Cognito: authenticated identities only (amr)', () => {
    expect(
      check(cognito, cognitoToken(['authenticated', 'cognito-identity.amazonaws.com'])).allowed,
    ).toBe(true);
    const guest = check(cognito, cognitoToken(['unauthenticated']));
    expect(guest.allowed).toBe(false);
    expect(guest.why).toBe(
      'not allowed: cognito-identity.amazonaws.com:amr expects ForAnyValue:StringLike "authenticated" got "unauthenticated"',
    );
  });

  it('Google: :aud is the azp claim, :oaud the aud claim', () => {
    const google = policy(
      federated('accounts.google.com', {
        StringEquals: {
          'accounts.google.com:aud': 'client-azp',
          'accounts.google.com:oaud': 'https://api.example',
        },
      }),
    );
    const token = (azp: string) =>
      webIdentityRequest(
        { iss: 'https://accounts.google.com', azp, aud: 'https://api.example', sub: '1' },
        ROLE,
      );
    expect(check(google, token('client-azp')).allowed).toBe(true);
    expect(check(google, token('other')).why).toBe(
      'not allowed: accounts.google.com:aud expects StringEquals "client-azp" got "other"',
    );
  });

  it('names the failing key with both values', () => {
    expect(check(github(main), ghToken('repo:octo-org/octo-repo:ref:refs/heads/dev')).why).toBe(
      `not allowed: ${GH}:sub expects StringEquals "${main}" got "repo:octo-org/octo-repo:ref:refs/heads/dev"`,
    );
  });

  it('marks every statement part with the request value beside the policy value', () => {
    const { verdict } = check(github(main), ghToken(main));
    const [statement] = verdict.actions[0]?.statements ?? [];
    expect(statement?.principal).toEqual({
      met: true,
      expected: [`arn:aws:iam::${ACCOUNT}:oidc-provider/${GH}`],
      actual: [`arn:aws:iam::${ACCOUNT}:oidc-provider/${GH}`],
    });
    expect(statement?.action).toEqual({
      met: true,
      expected: ['sts:AssumeRoleWithWebIdentity'],
      actual: ['sts:AssumeRoleWithWebIdentity'],
    });
    expect(statement?.conditions.map((c) => [c.key, c.met, c.actual])).toEqual([
      [`${GH}:aud`, true, ['sts.amazonaws.com']],
      [`${GH}:sub`, true, [main]],
    ]);
  });
});
