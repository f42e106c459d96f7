import { describe, expect, it } from 'vitest';
import { evaluateAssumeRoleTrust, trustsSaml, trustsWebIdentity } from './trust.ts';
import type { WorldRole } from './world-config.ts';

const USER = 'arn:aws:iam::111122223333:user/demo';
const role = (trust: WorldRole['trust']): WorldRole => ({
  name: 'R',
  roleId: 'AROARTX3GSDS4FSG22LO',
  arn: 'arn:aws:iam::111122223333:role/R',
  maxSessionDuration: 3600,
  trust,
});

describe('role trust', () => {
  it('admits named principals and refuses others', () => {
    const r = role([{ action: 'sts:AssumeRole', principals: [USER] }]);
    expect(
      evaluateAssumeRoleTrust(r, { names: [USER], mfaPresent: false, externalId: undefined }).ok,
    ).toBe(true);
    expect(
      evaluateAssumeRoleTrust(r, {
        names: ['arn:aws:iam::111122223333:user/eve'],
        mfaPresent: false,
        externalId: undefined,
      }),
    ).toEqual({
      ok: false,
      error: 'not-trusted',
    });
  });

  it('requires MFA and the ExternalId where the statement says so', () => {
    const mfa = role([{ action: 'sts:AssumeRole', principals: [USER], requireMfa: true }]);
    expect(
      evaluateAssumeRoleTrust(mfa, { names: [USER], mfaPresent: false, externalId: undefined }),
    ).toEqual({ ok: false, error: 'mfa-required' });
    expect(
      evaluateAssumeRoleTrust(mfa, { names: [USER], mfaPresent: true, externalId: undefined }).ok,
    ).toBe(true);
    const ext = role([{ action: 'sts:AssumeRole', principals: [USER], externalId: 'xyz' }]);
    expect(
      evaluateAssumeRoleTrust(ext, { names: [USER], mfaPresent: false, externalId: 'abc' }),
    ).toEqual({ ok: false, error: 'external-id' });
    expect(
      evaluateAssumeRoleTrust(ext, { names: [USER], mfaPresent: false, externalId: 'xyz' }).ok,
    ).toBe(true);
  });

  it('matches web identity issuer + audience and SAML provider by name', () => {
    const r = role([
      {
        action: 'sts:AssumeRoleWithWebIdentity',
        oidcIssuer: 'http://127.0.0.1:1/oidc',
        audiences: ['sts-console'],
      },
      { action: 'sts:AssumeRoleWithSAML', samlProvider: 'SandboxIdP' },
    ]);
    expect(trustsWebIdentity(r, 'http://127.0.0.1:1/oidc/', 'sts-console')).toBe(true);
    expect(trustsWebIdentity(r, 'http://127.0.0.1:1/oidc', 'other')).toBe(false);
    expect(trustsWebIdentity(r, 'http://evil/oidc', 'sts-console')).toBe(false);
    expect(trustsSaml(r, 'SandboxIdP')).toBe(true);
    expect(trustsSaml(r, 'Other')).toBe(false);
  });
});
