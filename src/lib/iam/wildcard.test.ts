import { describe, expect, it } from 'vitest';
import { matchesArn, matchesWildcard } from './wildcard.ts';

describe('matchesWildcard', () => {
  it.each([
    ['repo:org/repo:*', 'repo:org/repo:ref:refs/heads/main', true],
    ['repo:org/repo:*', 'repo:org/other:ref:refs/heads/main', false],
    ['repo:org/*:ref:refs/heads/main', 'repo:org/a:ref:refs/heads/main', true],
    ['repo:org/repo:ref:refs/heads/main', 'repo:org/repo:ref:refs/heads/mainx', false],
    ['v?', 'v1', true],
    ['v?', 'v12', false],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['', 'x', false],
  ])('%s vs %s → %s', (pattern, value, expected) => {
    expect(matchesWildcard(pattern, value)).toBe(expected);
  });

  it('is case-sensitive unless asked', () => {
    expect(matchesWildcard('Repo:*', 'repo:x')).toBe(false);
    expect(matchesWildcard('Repo:*', 'repo:x', true)).toBe(true);
  });
});

describe('matchesArn', () => {
  it.each([
    ['arn:aws:iam::111122223333:role/*', 'arn:aws:iam::111122223333:role/Admin', true],
    ['arn:aws:iam::*:role/Admin', 'arn:aws:iam::444455556666:role/Admin', true],
    ['arn:aws:iam::111122223333:role/*', 'arn:aws:iam::444455556666:role/Admin', false],
    ['arn:aws:iam::111122223333:*', 'arn:aws:iam::111122223333:user/a:b', true],
    ['not-an-arn', 'arn:aws:iam::111122223333:user/a', false],
    ['*', 'anything', true],
  ])('%s vs %s → %s', (pattern, value, expected) => {
    expect(matchesArn(pattern, value)).toBe(expected);
  });
});
