import { describe, expect, it } from 'vitest';
import { credentialsIn, fromStsCredentials, nonSecretParams } from './from-sts-credentials.ts';

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

describe('credentialsIn', () => {
  it('reads the Credentials member of any output, typed member by member', () => {
    const expiration = new Date('2026-01-01T00:00:00Z');
    expect(
      credentialsIn({
        Credentials: {
          AccessKeyId: 'ASIA1',
          SecretAccessKey: 's',
          SessionToken: 't',
          Expiration: expiration,
        },
        AssumedRoleUser: {},
      }),
    ).toEqual({
      AccessKeyId: 'ASIA1',
      SecretAccessKey: 's',
      SessionToken: 't',
      Expiration: expiration,
    });
  });
  it('drops members of the wrong type, and has nothing for outputs without credentials', () => {
    expect(credentialsIn({ Credentials: { AccessKeyId: 1, Expiration: 'soon' } })).toEqual({
      AccessKeyId: undefined,
      SecretAccessKey: undefined,
      SessionToken: undefined,
      Expiration: undefined,
    });
    expect(credentialsIn({ Arn: 'x' })).toBeUndefined();
    expect(credentialsIn({ Credentials: null })).toBeUndefined();
  });
});
