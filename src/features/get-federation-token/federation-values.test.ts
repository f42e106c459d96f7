import { describe, expect, it } from 'vitest';
import { getFederationTokenSchema } from '../../lib/sts/schemas/get-federation-token-schema.ts';
import { federatedIdentity } from './federation-values.ts';

describe('federatedIdentity', () => {
  it('takes the ARN, account and federated user ID', () => {
    expect(
      federatedIdentity({
        Arn: 'arn:aws:sts::111122223333:federated-user/bob',
        FederatedUserId: '111122223333:bob',
      }),
    ).toEqual({
      arn: 'arn:aws:sts::111122223333:federated-user/bob',
      account: '111122223333',
      userId: '111122223333:bob',
    });
    expect(federatedIdentity(undefined)).toBeUndefined();
  });
});

describe('Name as the schema checks it before sending', () => {
  it.each([
    ['bob', true],
    ['b', false],
    ['bob smith', false],
    ['bob/admin', false],
    ['a'.repeat(32), true],
    ['a'.repeat(33), false],
  ])('%s → %s', (name, valid) => {
    expect(getFederationTokenSchema.safeParse({ Name: name }).success).toBe(valid);
  });
});
