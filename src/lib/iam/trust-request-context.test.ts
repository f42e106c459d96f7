import { describe, expect, it } from 'vitest';
import {
  assumeRoleRequest,
  requestKeys,
  signerNames,
  webIdentityRequest,
} from './trust-request-context.ts';

describe('request context', () => {
  it('names provider keys after the issuer host and path', () => {
    const r = webIdentityRequest(
      {
        iss: 'https://oidc.eks.us-west-2.amazonaws.com/id/ABC',
        aud: 'sts.amazonaws.com',
        sub: 'system:serviceaccount:ns:sa',
      },
      'arn:aws:iam::111122223333:role/R',
    );
    expect(r.principal.shown).toBe(
      'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/ABC',
    );
    expect(r.context).toEqual({
      'oidc.eks.us-west-2.amazonaws.com/id/ABC:aud': ['sts.amazonaws.com'],
      'oidc.eks.us-west-2.amazonaws.com/id/ABC:sub': ['system:serviceaccount:ns:sa'],
    });
  });

  it('uses the bare name for built-in providers and reads the Cognito amr', () => {
    const r = webIdentityRequest(
      {
        iss: 'https://cognito-identity.amazonaws.com',
        aud: 'pool',
        sub: 's',
        amr: ['authenticated'],
      },
      'arn:aws:iam::111122223333:role/R',
    );
    expect(r.principal.names).toEqual(['cognito-identity.amazonaws.com']);
    expect(r.context['cognito-identity.amazonaws.com:amr']).toEqual(['authenticated']);
  });

  it('turns request parameters into sts: and aws: keys', () => {
    expect(
      requestKeys({
        roleSessionName: 'ci',
        sourceIdentity: 'alice',
        externalId: 'x',
        tags: [{ key: 'team', value: 'blue' }],
        transitiveTagKeys: ['team'],
      }),
    ).toEqual({
      'sts:RoleSessionName': ['ci'],
      'sts:SourceIdentity': ['alice'],
      'sts:ExternalId': ['x'],
      'aws:RequestTag/team': ['blue'],
      'aws:TagKeys': ['team'],
      'sts:TransitiveTagKeys': ['team'],
    });
  });

  it('sets aws:MultiFactorAuthPresent as IAM does', () => {
    const user = 'arn:aws:iam::111122223333:user/demo';
    const ctx = (longTerm: boolean, mfaInRequest: boolean, sessionMfa?: boolean) =>
      assumeRoleRequest({
        arn: user,
        longTerm,
        mfaInRequest,
        ...(sessionMfa === undefined ? {} : { sessionMfa }),
      }).context['aws:MultiFactorAuthPresent'];
    expect(ctx(true, false)).toBeUndefined();
    expect(ctx(true, true)).toEqual(['true']);
    expect(ctx(false, false, false)).toEqual(['false']);
    expect(ctx(false, false, true)).toEqual(['true']);
  });

  it('lets a role ARN and the account root admit a role session', () => {
    expect(signerNames('arn:aws:sts::111122223333:assumed-role/Ci/run').names).toEqual([
      'arn:aws:sts::111122223333:assumed-role/Ci/run',
      'arn:aws:iam::111122223333:role/Ci',
      'arn:aws:iam::111122223333:root',
    ]);
  });
});
