import { describe, expect, it } from 'vitest';
import { conditionHolds, glob } from './iam-conditions.ts';

const ctx = {
  'sts:ExternalId': ['abc'],
  'aws:TagKeys': ['team', 'cost'],
  'aws:MultiFactorAuthAge': ['120'],
  'aws:CurrentTime': ['2026-12-02T12:00:00Z'],
  'aws:PrincipalArn': ['arn:aws:iam::111122223333:user/demo'],
  'x:amr': ['authenticated', 'other'],
};

describe('conditionHolds', () => {
  it.each<[string, string, string[], boolean]>([
    ['StringEquals', 'STS:EXTERNALID', ['abc'], true],
    ['StringEquals', 'sts:ExternalId', ['ABC'], false],
    ['StringEqualsIgnoreCase', 'sts:ExternalId', ['ABC'], true],
    ['StringNotEquals', 'sts:ExternalId', ['abc'], false],
    ['StringNotEquals', 'sts:SourceIdentity', ['abc'], true],
    ['StringLike', 'sts:ExternalId', ['a?c'], true],
    ['StringLike', 'sts:ExternalId', ['a*d'], false],
    ['StringEqualsIfExists', 'sts:SourceIdentity', ['x'], true],
    ['StringEquals', 'sts:SourceIdentity', ['x'], false],
    ['Null', 'sts:SourceIdentity', ['true'], true],
    ['Null', 'sts:ExternalId', ['true'], false],
    ['ForAnyValue:StringLike', 'x:amr', ['authenticated'], true],
    ['ForAnyValue:StringLike', 'x:amr', ['unauthenticated'], false],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['team', 'cost', 'x'], true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['team'], false],
    ['ForAllValues:StringEquals', 'aws:RequestTag/none', ['team'], true],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', ['3600'], true],
    ['NumericGreaterThanEquals', 'aws:MultiFactorAuthAge', ['3600'], false],
    ['DateLessThan', 'aws:CurrentTime', ['2027-01-01T00:00:00Z'], true],
    ['DateGreaterThan', 'aws:CurrentTime', ['2027-01-01T00:00:00Z'], false],
    ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:user/*'], true],
    ['ArnNotEquals', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:user/demo'], false],
    ['Bool', 'aws:SecureTransport', ['true'], false],
    ['Sometimes:StringEquals', 'sts:ExternalId', ['abc'], false],
    ['StringAlmost', 'sts:ExternalId', ['abc'], false],
  ])('%s %s %j → %s', (operator, key, values, holds) => {
    expect(conditionHolds(operator, key, values, ctx)).toBe(holds);
  });
});

describe('glob', () => {
  it('matches * and ? without regex backtracking blow-ups', () => {
    expect(glob('a*b?', 'aXXbY')).toBe(true);
    expect(glob('a*b?', 'aXXb')).toBe(false);
    expect(glob(`${'*a'.repeat(20)}b`, 'a'.repeat(5000))).toBe(false);
    expect(glob('STS:Assume*', 'sts:AssumeRole', true)).toBe(true);
  });
});
