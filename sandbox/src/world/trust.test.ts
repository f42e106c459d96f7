import { describe, expect, it } from 'vitest';
import { requestConditionKeys, requestedActions, roleTrusts, type TrustRequest } from './trust.ts';
import type { TrustPolicyDocument } from './trust-policy.ts';
import type { WorldRole } from './world-config.ts';

const USER = 'arn:aws:iam::111122223333:user/demo';
const ROOT = 'arn:aws:iam::111122223333:root';
const role = (...Statement: TrustPolicyDocument['Statement'][]): WorldRole => ({
  name: 'R',
  roleId: 'AROARTX3GSDS4FSG22LO',
  arn: 'arn:aws:iam::111122223333:role/R',
  maxSessionDuration: 3600,
  trustPolicy: { Version: '2012-10-17', Statement: Statement.flat() },
});
const asUser = (context: TrustRequest['context'] = {}, actions = ['sts:AssumeRole']) => ({
  actions,
  principalType: 'AWS' as const,
  names: [USER, ROOT],
  context,
});
const allowUser = { Effect: 'Allow' as const, Principal: { AWS: USER }, Action: 'sts:AssumeRole' };

describe('role trust policies', () => {
  it('admits named principals and refuses others', () => {
    expect(roleTrusts(role(allowUser), asUser())).toBe(true);
    expect(
      roleTrusts(role(allowUser), { ...asUser(), names: ['arn:aws:iam::111122223333:user/eve'] }),
    ).toBe(false);
    const account = role({ ...allowUser, Principal: { AWS: '111122223333' } });
    expect(roleTrusts(account, asUser())).toBe(true);
  });

  it('requires MFA and the ExternalId where the policy says so', () => {
    const mfa = role({
      ...allowUser,
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    });
    expect(roleTrusts(mfa, asUser())).toBe(false);
    expect(roleTrusts(mfa, asUser({ 'aws:MultiFactorAuthPresent': ['false'] }))).toBe(false);
    expect(roleTrusts(mfa, asUser({ 'aws:MultiFactorAuthPresent': ['true'] }))).toBe(true);
    const ext = role({ ...allowUser, Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } } });
    expect(roleTrusts(ext, asUser(requestConditionKeys({ externalId: 'abc' })))).toBe(false);
    expect(roleTrusts(ext, asUser(requestConditionKeys({ externalId: 'xyz' })))).toBe(true);
  });

  it('lets an explicit Deny win', () => {
    const r = role(allowUser, {
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': false } },
    });
    expect(roleTrusts(r, asUser())).toBe(false);
    expect(roleTrusts(r, asUser({ 'aws:MultiFactorAuthPresent': ['true'] }))).toBe(true);
  });

  it('needs sts:TagSession for tags and sts:SetSourceIdentity for a source identity', () => {
    const params = { tags: [{ Key: 'team', Value: 'a' }], sourceIdentity: 'alice' };
    const actions = requestedActions('sts:AssumeRole', params);
    expect(actions).toEqual(['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']);
    expect(roleTrusts(role(allowUser), asUser({}, actions))).toBe(false);
    const all = role({ ...allowUser, Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:Set*'] });
    expect(roleTrusts(all, asUser(requestConditionKeys(params), actions))).toBe(true);
  });

  it('matches a web identity provider and its sub with StringLike', () => {
    const provider = 'arn:aws:iam::111122223333:oidc-provider/127.0.0.1:1/oidc';
    const r = role({
      Effect: 'Allow',
      Principal: { Federated: provider },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { '127.0.0.1:1/oidc:aud': 'sts-console' },
        StringLike: { '127.0.0.1:1/oidc:sub': 'repo:org/*:ref:refs/heads/main' },
      },
    });
    const token = (sub: string, aud = 'sts-console', names = [provider]): TrustRequest => ({
      actions: ['sts:AssumeRoleWithWebIdentity'],
      principalType: 'Federated',
      names,
      context: { '127.0.0.1:1/oidc:aud': [aud], '127.0.0.1:1/oidc:sub': [sub] },
    });
    expect(roleTrusts(r, token('repo:org/app:ref:refs/heads/main'))).toBe(true);
    expect(roleTrusts(r, token('repo:org/app:ref:refs/heads/dev'))).toBe(false);
    expect(roleTrusts(r, token('repo:org/app:ref:refs/heads/main', 'other'))).toBe(false);
    expect(
      roleTrusts(r, token('repo:org/app:ref:refs/heads/main', 'sts-console', ['arn:other'])),
    ).toBe(false);
  });
});
