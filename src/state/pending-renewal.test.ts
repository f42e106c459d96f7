import { expect, it } from 'vitest';
import { renewOnNextCall, takeRenewal } from './pending-renewal.ts';

const values = { RoleArn: 'arn:aws:iam::111122223333:role/Admin', RoleSessionName: 'again' };

it('the next call of the operation with the same values renews the set, once', () => {
  renewOnNextCall({ operation: 'AssumeRole', entryId: 'set-3', values });
  expect(takeRenewal('GetCallerIdentity', {})).toBeUndefined();
  expect(takeRenewal('AssumeRole', { ...values, TokenCode: '123456' })).toBe('set-3');
  expect(takeRenewal('AssumeRole', values)).toBeUndefined();
});

it('an edited call ends the wait without renewing', () => {
  renewOnNextCall({ operation: 'AssumeRole', entryId: 'set-3', values });
  expect(takeRenewal('AssumeRole', { ...values, RoleSessionName: 'edited' })).toBeUndefined();
  expect(takeRenewal('AssumeRole', values)).toBeUndefined();
});
