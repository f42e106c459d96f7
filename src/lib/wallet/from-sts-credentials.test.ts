import { describe, expect, it } from 'vitest';
import { fromStsCredentials, nonSecretParams } from './from-sts-credentials.ts';

describe('fromStsCredentials', () => {
  it('maps a complete Credentials member', () => {
    const expiration = new Date('2026-11-22T20:00:00Z');
    expect(
      fromStsCredentials({
        AccessKeyId: 'ASIAEXAMPLE',
        SecretAccessKey: 'secret',
        SessionToken: 'token',
        Expiration: expiration,
      }),
    ).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
      expiration,
    });
  });
  it('refuses incomplete credentials', () => {
    expect(fromStsCredentials(undefined)).toBeUndefined();
    expect(fromStsCredentials({ AccessKeyId: 'ASIA' })).toBeUndefined();
  });
});

describe('nonSecretParams', () => {
  it('drops secrets and keeps scalars and non-empty lists', () => {
    expect(
      nonSecretParams(
        {
          RoleArn: 'arn:aws:iam::111122223333:role/R',
          WebIdentityToken: 'eyJ…',
          DurationSeconds: 900,
          PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
          Tags: [],
          Missing: undefined,
        },
        ['WebIdentityToken'],
      ),
    ).toEqual({
      RoleArn: 'arn:aws:iam::111122223333:role/R',
      DurationSeconds: 900,
      PolicyArns: '[{"arn":"arn:aws:iam::aws:policy/ReadOnlyAccess"}]',
    });
  });
});
