import { describe, expect, it } from 'vitest';
import { operationSchemas } from '../../lib/sts/schemas.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import {
  federatedIdentity,
  federationSignerBlock,
  withoutEmptyLists,
} from './federation-values.ts';

function entry(sessionToken: string | undefined): WalletEntry {
  return {
    id: 'set-2',
    label: 'demo session',
    credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken },
    source: { operation: 'GetSessionToken', params: {} },
    createdAt: new Date(0),
  };
}

describe('federationSignerBlock', () => {
  it('accepts long-term keys and refuses any session', () => {
    expect(federationSignerBlock(entry(undefined))).toBeUndefined();
    expect(federationSignerBlock(entry(''))).toBeUndefined();
    expect(federationSignerBlock(entry('t'))).toMatch(/long-term access keys.*“demo session”/);
    expect(federationSignerBlock(undefined)).toMatch(/Choose/);
  });
});

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

describe('withoutEmptyLists', () => {
  it('drops empty lists and keeps everything else', () => {
    expect(withoutEmptyLists({ Name: 'bob', Tags: [], PolicyArns: [{ arn: 'x' }] })).toEqual({
      Name: 'bob',
      PolicyArns: [{ arn: 'x' }],
    });
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
    expect(operationSchemas.GetFederationToken.safeParse({ Name: name }).success).toBe(valid);
  });
});
