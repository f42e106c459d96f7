import { expect, it } from 'vitest';
import { isRenewalOf, type RenewalTarget } from './renewal-target.ts';

const target: RenewalTarget = {
  operation: 'AssumeRole',
  entryId: 'set-2',
  values: {
    RoleArn: 'arn:aws:iam::111122223333:role/Admin',
    RoleSessionName: 'again',
    DurationSeconds: 900,
    PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
  },
};

it('the same call with the secrets supplied again is a renewal', () => {
  expect(
    isRenewalOf(target, 'AssumeRole', {
      ...target.values,
      TokenCode: '123456',
      ExternalId: undefined,
    }),
  ).toBe(true);
});

it('an edited value or another operation is a new call', () => {
  expect(isRenewalOf(target, 'AssumeRole', { ...target.values, RoleSessionName: 'other' })).toBe(
    false,
  );
  expect(isRenewalOf(target, 'AssumeRole', { ...target.values, DurationSeconds: 3600 })).toBe(
    false,
  );
  expect(isRenewalOf(target, 'AssumeRole', { ...target.values, PolicyArns: [] })).toBe(false);
  expect(isRenewalOf(target, 'GetSessionToken', target.values)).toBe(false);
});
