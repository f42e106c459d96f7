import { describe, expect, test } from 'vitest';
import { fieldWarningAt, fieldWarnings, type SignerKind } from './field-warnings.ts';
import type { OperationName } from './operations.ts';

const roleArn = 'arn:aws:iam::111122223333:role/Demo';

function pathsOf(operation: OperationName, values: object, signerKind?: SignerKind): string[] {
  return fieldWarnings(operation, values, signerKind === undefined ? {} : { signerKind }).map(
    (warning) => `${warning.path}: ${warning.message}`,
  );
}

describe('fieldWarnings', () => {
  test('nothing to say about a plain, valid AssumeRole', () => {
    expect(
      pathsOf(
        'AssumeRole',
        { RoleArn: roleArn, RoleSessionName: 'a', DurationSeconds: 3600 },
        'long-term',
      ),
    ).toEqual([]);
  });

  test('AssumeRole: a session policy over 2,048 characters warns (the model has no max there)', () => {
    const policy = `{"a":"${'x'.repeat(2041)}"}`;
    expect(policy).toHaveLength(2049);
    expect(pathsOf('AssumeRole', { Policy: policy })).toEqual([
      'Policy: Session policy has 2,049 characters; AWS documents at most 2,048 for session policy text, so STS may reject it',
    ]);
    expect(pathsOf('AssumeRole', { Policy: policy.slice(1) })).toEqual([]);
    expect(pathsOf('AssumeRoleWithSAML', { Policy: policy })).toEqual([]);
  });

  test('role chaining over one hour fails; over one hour otherwise needs a raised maximum', () => {
    expect(pathsOf('AssumeRole', { DurationSeconds: 3601 }, 'role-session')).toEqual([
      'DurationSeconds: Role chaining (signing with role session credentials) limits the session to 1 hour: STS rejects a duration over 3,600 seconds',
    ]);
    expect(pathsOf('AssumeRole', { DurationSeconds: 3600 }, 'role-session')).toEqual([]);
    for (const operation of [
      'AssumeRole',
      'AssumeRoleWithSAML',
      'AssumeRoleWithWebIdentity',
    ] as const) {
      expect(pathsOf(operation, { DurationSeconds: 7200 }, 'long-term')).toEqual([
        "DurationSeconds: A duration over 3,600 seconds works only if the role's maximum session duration is raised (up to 43,200)",
      ]);
    }
    expect(pathsOf('AssumeRole', { DurationSeconds: Number.NaN })).toEqual([]);
  });

  test.each(['GetSessionToken', 'GetFederationToken'] as const)(
    '%s with session credentials needs long-term keys',
    (operation) => {
      const values = { Policy: '{}' };
      for (const signer of ['role-session', 'federated'] as const) {
        expect(pathsOf(operation, values, signer)).toContain(
          `: ${operation} needs long-term credentials (an IAM user's access keys); STS rejects temporary session credentials`,
        );
      }
      expect(pathsOf(operation, values, 'long-term')).toEqual([]);
    },
  );

  test('root credentials cap GetSessionToken and GetFederationToken at one hour, and cannot AssumeRole', () => {
    expect(pathsOf('GetSessionToken', { DurationSeconds: 7200 }, 'root')).toEqual([
      'DurationSeconds: With root user credentials the session lasts at most 3,600 seconds (STS shortens a longer duration)',
    ]);
    expect(
      pathsOf('GetFederationToken', { DurationSeconds: 7200, PolicyArns: [{ arn: 'x' }] }, 'root'),
    ).toEqual([
      'DurationSeconds: With root user credentials the session lasts at most 3,600 seconds',
    ]);
    expect(pathsOf('AssumeRole', {}, 'root')).toEqual([
      ': The root user cannot call AssumeRole; sign with an IAM user or role',
    ]);
  });

  test('GetFederationToken without any policy has no permissions', () => {
    const warning =
      'Policy: Without a session policy or policy ARNs the federated user session has no permissions';
    expect(pathsOf('GetFederationToken', { Name: 'bob' })).toEqual([warning]);
    expect(pathsOf('GetFederationToken', { Name: 'bob', Policy: '', PolicyArns: [] })).toEqual([
      warning,
    ]);
    expect(pathsOf('GetFederationToken', { Name: 'bob', Policy: '{}' })).toEqual([]);
    expect(
      pathsOf('GetFederationToken', {
        Name: 'bob',
        PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      }),
    ).toEqual([]);
  });

  test('AssumeRoot with a duration of 0', () => {
    expect(pathsOf('AssumeRoot', { DurationSeconds: 0 })).toEqual([
      'DurationSeconds: A duration of 0 is allowed, but AWS does not document what it does; leave the field empty for the default of 900 seconds',
    ]);
    expect(pathsOf('AssumeRoot', { DurationSeconds: 900 })).toEqual([]);
  });

  test('ARNs that do not look like a role or SAML provider ARN', () => {
    expect(pathsOf('AssumeRole', { RoleArn: 'arn:aws:iam::111122223333:user/alice' })).toEqual([
      'RoleArn: Role ARN does not look like arn:aws:iam::<account ID>:role/<name>',
    ]);
    expect(
      pathsOf('AssumeRole', { RoleArn: 'arn:aws-cn:iam::111122223333:role/path/Demo' }),
    ).toEqual([]);
    expect(pathsOf('AssumeRole', { RoleArn: 'short' })).toEqual([]);
    expect(pathsOf('AssumeRoleWithSAML', { RoleArn: roleArn, PrincipalArn: roleArn })).toEqual([
      'PrincipalArn: Principal ARN does not look like arn:aws:iam::<account ID>:saml-provider/<name>',
    ]);
  });

  test('Provider ID is for OAuth 2.0 providers only', () => {
    expect(pathsOf('AssumeRoleWithWebIdentity', { ProviderId: 'graph.facebook.com' })).toEqual([]);
    expect(
      pathsOf('AssumeRoleWithWebIdentity', { ProviderId: 'https://accounts.google.com' }),
    ).toHaveLength(1);
  });

  test('values of any shape are read defensively', () => {
    expect(pathsOf('AssumeRole', { DurationSeconds: '7200', Policy: 7, RoleArn: null })).toEqual(
      [],
    );
  });
});

describe('fieldWarningAt', () => {
  test('gives the message of the warning at one path, from the values it is handed', () => {
    const durationWarning = fieldWarningAt('AssumeRole', 'DurationSeconds', {
      signerKind: 'role-session',
    });
    expect(durationWarning({ DurationSeconds: 3600 })).toBeUndefined();
    expect(durationWarning({ DurationSeconds: 7200 })).toMatch(/Role chaining/);
    expect(fieldWarningAt('AssumeRole', '', { signerKind: 'root' })({})).toMatch(
      /root user cannot call AssumeRole/,
    );
  });
});
