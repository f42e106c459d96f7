import { describe, expect, it } from 'vitest';
import { evaluateCondition, parseOperator } from './condition-operators.ts';

const ctx = {
  'token.actions.githubusercontent.com:sub': ['repo:octo-org/octo-repo:ref:refs/heads/main'],
  'aws:TagKeys': ['team', 'project'],
  'aws:MultiFactorAuthPresent': ['true'],
  'aws:MultiFactorAuthAge': ['300'],
  'aws:CurrentTime': ['2026-12-02T12:00:00Z'],
  'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/Deployer'],
  'cognito-identity.amazonaws.com:amr': ['authenticated', 'cognito-identity.amazonaws.com'],
};
const SUB = 'token.actions.githubusercontent.com:sub';

describe('evaluateCondition', () => {
  it.each<[string, string, string[], boolean]>([
    ['StringEquals', SUB, ['repo:octo-org/octo-repo:ref:refs/heads/main'], true],
    ['StringEquals', SUB, ['repo:octo-org/octo-repo:ref:refs/heads/dev'], false],
    [
      'StringEquals',
      'Token.Actions.GitHubUserContent.com:SUB',
      ['repo:octo-org/octo-repo:ref:refs/heads/main'],
      true,
    ],
    ['StringNotEquals', SUB, ['repo:octo-org/octo-repo:ref:refs/heads/main'], false],
    ['StringEqualsIgnoreCase', SUB, ['REPO:octo-org/OCTO-repo:ref:refs/heads/main'], true],
    ['StringNotEqualsIgnoreCase', SUB, ['REPO:octo-org/OCTO-repo:ref:refs/heads/main'], false],
    ['StringLike', SUB, ['repo:octo-org/octo-repo:*'], true],
    ['StringLike', SUB, ['repo:octo-org/other:*', 'repo:octo-org/*:ref:refs/heads/mai?'], true],
    ['StringLike', SUB, ['repo:octo-org/octo-repo:environment:*'], false],
    ['StringNotLike', SUB, ['repo:octo-org/octo-repo:pull_request'], true],
    ['StringEquals', 'sts:ExternalId', ['x'], false],
    ['StringEqualsIfExists', 'sts:ExternalId', ['x'], true],
    ['StringNotEquals', 'sts:ExternalId', ['x'], true],
    ['Null', 'sts:ExternalId', ['true'], true],
    ['Null', 'sts:ExternalId', ['false'], false],
    ['Null', SUB, ['false'], true],
    ['Bool', 'aws:MultiFactorAuthPresent', ['true'], true],
    ['Bool', 'aws:MultiFactorAuthPresent', ['false'], false],
    ['BoolIfExists', 'aws:SecureTransport', ['true'], true],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', ['3600'], true],
    ['NumericGreaterThan', 'aws:MultiFactorAuthAge', ['3600'], false],
    ['NumericEquals', 'aws:MultiFactorAuthAge', ['300'], true],
    ['NumericNotEquals', 'aws:MultiFactorAuthAge', ['300'], false],
    ['NumericLessThanEquals', 'aws:MultiFactorAuthAge', ['not a number'], false],
    ['DateLessThan', 'aws:CurrentTime', ['2027-01-01T00:00:00Z'], true],
    ['DateGreaterThan', 'aws:CurrentTime', ['2027-01-01T00:00:00Z'], false],
    ['DateGreaterThanEquals', 'aws:CurrentTime', ['1764676800'], true],
    ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/Deploy*'], true],
    ['ArnEquals', 'aws:PrincipalArn', ['arn:aws:iam::444455556666:role/*'], false],
    ['ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/Deploy*'], false],
    ['ForAnyValue:StringLike', 'cognito-identity.amazonaws.com:amr', ['authenticated'], true],
    ['ForAnyValue:StringLike', 'cognito-identity.amazonaws.com:amr', ['unauthenticated'], false],
    ['ForAnyValue:StringEquals', 'aws:RequestTag/x', ['a'], false],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['team', 'project', 'cost'], true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['team'], false],
    ['ForAllValues:StringEquals', 'sts:TransitiveTagKeys', ['team'], true],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['team'], true],
    ['StringSortOf', SUB, ['x'], false],
    ['Maybe:StringEquals', SUB, ['repo:octo-org/octo-repo:ref:refs/heads/main'], false],
  ])('%s %s %j → %s', (operator, key, values, met) => {
    expect(evaluateCondition({ operator, key, values }, ctx).met).toBe(met);
  });

  it('shows the request value beside the policy value', () => {
    const v = evaluateCondition({ operator: 'StringEquals', key: SUB, values: ['a'] }, ctx);
    expect(v).toMatchObject({ expected: ['a'], actual: ctx[SUB], met: false });
    const missing = evaluateCondition(
      { operator: 'StringEquals', key: 'sts:ExternalId', values: ['a'] },
      ctx,
    );
    expect(missing.actual).toBeUndefined();
    expect(missing.note).toMatch(/no such key/);
  });
});

describe('parseOperator', () => {
  it('splits set qualifier, base and IfExists', () => {
    expect(parseOperator('ForAllValues:StringLikeIfExists')).toEqual({
      set: 'ForAllValues',
      base: 'StringLike',
      ifExists: true,
      negated: false,
      known: true,
    });
    expect(parseOperator('ArnNotLike')).toMatchObject({ negated: true, known: true });
    expect(parseOperator('NullIfExists').known).toBe(false);
  });
});
