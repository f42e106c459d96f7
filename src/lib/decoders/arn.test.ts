import { describe, expect, it } from 'vitest';
import { describePrincipalArn, parseArn } from './arn.ts';

describe('parseArn', () => {
  it('splits the fields and keeps colons in the resource', () => {
    expect(parseArn('arn:aws:logs:us-east-1:111122223333:log-group:/a/b:*')).toEqual({
      ok: true,
      value: {
        partition: 'aws',
        service: 'logs',
        region: 'us-east-1',
        account: '111122223333',
        resource: 'log-group:/a/b:*',
      },
    });
  });

  it.each([
    ['not an ARN', 'hello', /starts with "arn:"/],
    ['too few parts', 'arn:aws:iam::123', /six parts/],
    ['a bad partition', 'arn:azure:iam::111122223333:root', /not an AWS partition/],
    ['no resource', 'arn:aws:iam::111122223333:', /resource part of the ARN is empty/],
    ['too long', `arn:aws:iam::111122223333:role/${'x'.repeat(2100)}`, /at most 2048/],
  ])('explains %s', (_name, arn, message) => {
    const result = parseArn(arn);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('describePrincipalArn', () => {
  it.each([
    [
      'arn:aws:sts::111122223333:assumed-role/Admin/my-session',
      {
        kind: 'assumed-role',
        partition: 'aws',
        account: '111122223333',
        roleName: 'Admin',
        roleSession: 'my-session',
      },
    ],
    [
      'arn:aws:iam::111122223333:role/path/to/Role',
      {
        kind: 'role',
        partition: 'aws',
        account: '111122223333',
        path: '/path/to/',
        roleName: 'Role',
      },
    ],
    [
      'arn:aws:iam::111122223333:role/Role',
      { kind: 'role', partition: 'aws', account: '111122223333', path: '/', roleName: 'Role' },
    ],
    [
      'arn:aws:sts::111122223333:federated-user/bob',
      { kind: 'federated-user', partition: 'aws', account: '111122223333', userName: 'bob' },
    ],
    ['arn:aws:iam::111122223333:root', { kind: 'root', partition: 'aws', account: '111122223333' }],
    [
      'arn:aws-cn:iam::111122223333:user/division/Bob',
      {
        kind: 'user',
        partition: 'aws-cn',
        account: '111122223333',
        path: '/division/',
        userName: 'Bob',
      },
    ],
    [
      'arn:aws:iam::111122223333:saml-provider/Okta',
      { kind: 'saml-provider', partition: 'aws', account: '111122223333', name: 'Okta' },
    ],
    [
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      {
        kind: 'oidc-provider',
        partition: 'aws',
        account: '111122223333',
        name: 'token.actions.githubusercontent.com',
      },
    ],
    [
      'arn:aws:s3:::bucket',
      { kind: 'other', partition: 'aws', account: '', service: 's3', resource: 'bucket' },
    ],
  ])('%s', (arn, expected) => {
    expect(describePrincipalArn(arn)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['arn:aws:sts::111122223333:assumed-role/Admin', /assumed-role\/<role name>\/<session name>/],
    ['arn:aws:iam::12345:root', /12 digits/],
    ['arn:aws:iam::111122223333:role/path/', /no name after its path/],
  ])('explains %s', (arn, message) => {
    const result = describePrincipalArn(arn);
    expect(!result.ok && result.error).toMatch(message);
  });
});
