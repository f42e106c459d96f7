import { describe, expect, it } from 'vitest';
import { draftTrustChange } from './draft-trust-change.ts';
import { evaluateTrustPolicy } from './evaluate-trust-policy.ts';
import { parseTrustPolicy } from './parse-trust-policy.ts';
import { assumeRoleRequest, webIdentityRequest } from './trust-request-context.ts';
import type { TrustRequest } from './trust-policy-types.ts';

const GH = 'token.actions.githubusercontent.com';
const ROLE = 'arn:aws:iam::123456789012:role/Deploy';
const PROVIDER = `arn:aws:iam::123456789012:oidc-provider/${GH}`;
const token = webIdentityRequest(
  { iss: `https://${GH}`, aud: 'sts.amazonaws.com', sub: 'repo:o/r:ref:refs/heads/dev' },
  ROLE,
);

/** Drafts, applies the draft, and returns the changes and whether the edited policy allows. */
function draftAndApply(statement: object | object[], request: TrustRequest) {
  const parsed = parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statement }));
  if (!parsed.ok) throw new Error(parsed.error);
  const draft = draftTrustChange(parsed.value, evaluateTrustPolicy(parsed.value, request), request);
  if (draft === undefined) return undefined;
  const edited = parseTrustPolicy(draft.policyJson);
  if (!edited.ok) throw new Error(edited.error);
  return {
    changes: draft.changes,
    allowed: evaluateTrustPolicy(edited.value, request).allowed,
    json: draft.policyJson,
  };
}

const allowGh = (condition: object) => ({
  Effect: 'Allow',
  Principal: { Federated: PROVIDER },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: condition,
});

describe('draftTrustChange', () => {
  it('adds the token subject to the condition that refused it', () => {
    const out = draftAndApply(
      allowGh({ StringEquals: { [`${GH}:sub`]: 'repo:o/r:ref:refs/heads/main' } }),
      token,
    );
    expect(out?.changes).toEqual([
      `statement 1: add "repo:o/r:ref:refs/heads/dev" to StringEquals ${GH}:sub`,
    ]);
    expect(out?.allowed).toBe(true);
  });

  it('adds a statement for a provider no statement names', () => {
    const out = draftAndApply(
      { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' },
      token,
    );
    expect(out?.changes).toEqual([
      `add a statement that allows sts:AssumeRoleWithWebIdentity for ${PROVIDER}`,
    ]);
    expect(out?.allowed).toBe(true);
    expect(out?.json).toContain(`"${GH}:sub": "repo:o/r:ref:refs/heads/dev"`);
  });

  it('removes a condition on a key the request does not have, and a matching Deny', () => {
    const user = assumeRoleRequest({
      arn: 'arn:aws:iam::123456789012:user/a',
      longTerm: true,
      mfaInRequest: false,
    });
    const out = draftAndApply(
      [
        {
          Effect: 'Allow',
          Principal: { AWS: '123456789012' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'x' } },
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:AssumeRole',
          Condition: { StringLike: { 'aws:PrincipalArn': '*:user/*' } },
        },
      ],
      user,
    );
    expect(out?.changes).toEqual(['remove statement 2 (a Deny that matches this request)']);
    expect(out?.allowed).toBe(false);
    const second = draftAndApply(
      {
        Effect: 'Allow',
        Principal: { AWS: '123456789012' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'x' } },
      },
      user,
    );
    expect(second?.changes).toEqual([
      'statement 1: remove StringEquals sts:ExternalId (the request has no such key)',
    ]);
    expect(second?.allowed).toBe(true);
  });

  it('adds sts:TagSession to the statement that allows the call', () => {
    const user = assumeRoleRequest(
      { arn: 'arn:aws:iam::123456789012:user/a', longTerm: true, mfaInRequest: false },
      { tags: [{ key: 'team', value: 'x' }] },
    );
    const out = draftAndApply(
      { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' },
      user,
    );
    expect(out?.changes).toEqual(['add sts:TagSession to the Action of statement 1']);
    expect(out?.allowed).toBe(true);
  });

  it('drafts nothing for an allowed request', () => {
    expect(draftAndApply(allowGh({}), token)).toBeUndefined();
  });
});
