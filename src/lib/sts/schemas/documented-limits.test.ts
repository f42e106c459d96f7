import { describe, expect, test } from 'vitest';
import type { OperationName } from '../operations.ts';
import { operationSchemas } from './testing/operation-schemas.ts';
import { rootTaskPolicyArn, rootTaskPolicyNames } from './arn-members.ts';

const roleArn = 'arn:aws:iam::111122223333:role/Demo';
const base = {
  AssumeRole: { RoleArn: roleArn, RoleSessionName: 'alice' },
  AssumeRoleWithSAML: {
    RoleArn: roleArn,
    PrincipalArn: 'arn:aws:iam::111122223333:saml-provider/Idp',
    SAMLAssertion: 'PHNhbWw+',
  },
  AssumeRoleWithWebIdentity: {
    RoleArn: roleArn,
    RoleSessionName: 'alice',
    WebIdentityToken: 'eyJhbGciOi.x.y',
  },
  AssumeRoot: {
    TargetPrincipal: '111122223333',
    TaskPolicyArn: { arn: rootTaskPolicyArn('S3UnlockBucketPolicy') },
  },
  GetSessionToken: {},
  GetFederationToken: { Name: 'bob' },
  GetWebIdentityToken: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256' },
} as const;

/** The issues of parsing base[operation] with `changes`, as "path: message" lines. */
function issues(
  operation: keyof typeof base & OperationName,
  changes: Record<string, unknown>,
): string[] {
  const result = operationSchemas[operation].safeParse({ ...base[operation], ...changes });
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('messages name the field in words and say what to do', () => {
  test.each([
    [{ RoleArn: undefined }, 'RoleArn: Role ARN is required'],
    [
      { RoleSessionName: 'a' },
      'RoleSessionName: Role session name must be 2 to 64 characters (it has 1)',
    ],
    [
      { RoleSessionName: 'ab!' },
      'RoleSessionName: Role session name may only contain letters, digits and + = , . @ _ -',
    ],
    [
      { RoleSessionName: 'josé' },
      'RoleSessionName: Role session name may not contain "é" (U+00E9): only ASCII letters, digits and + = , . @ _ - are allowed',
    ],
    [{ RoleSessionName: 'a b' }, expect.stringContaining('a space (U+0020)')],
    [{ DurationSeconds: 600 }, 'DurationSeconds: Duration must be between 900 and 43,200 seconds'],
    [{ DurationSeconds: Number.NaN }, 'DurationSeconds: Duration must be a whole number'],
    [{ DurationSeconds: 1000.5 }, 'DurationSeconds: Duration must be a whole number'],
    [
      { MinimumSessionTokenSize: 4097 },
      'MinimumSessionTokenSize: Minimum session token size must be between 0 and 4,096 bytes',
    ],
    [{ RoleArn: `${roleArn}😀` }, 'RoleArn: Role ARN may not contain "😀" (U+1F600)'],
    [
      { ExternalId: 'x'.repeat(1225) },
      'ExternalId: External ID must be 2 to 1,224 characters (it has 1,225)',
    ],
  ])('AssumeRole %o → %s', (changes, expected) => {
    expect(issues('AssumeRole', changes)).toEqual([expected]);
  });

  test('lengths count code points: 64 astral letters are 64 characters, not 128', () => {
    const key = '𝒜'.repeat(128);
    expect(issues('AssumeRole', { Tags: [{ Key: key, Value: '𝒜'.repeat(256) }] })).toEqual([]);
    expect(issues('AssumeRole', { Tags: [{ Key: `${key}𝒜`, Value: '' }] })).toEqual([
      'Tags.0.Key: Tag key must be 1 to 128 characters (it has 129)',
    ]);
  });
});

describe('documented limits the model omits', () => {
  const arns = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      arn: `arn:aws:iam::aws:policy/P${index}xxxxxxxxxx`,
    }));

  test.each([
    'AssumeRole',
    'AssumeRoleWithSAML',
    'AssumeRoleWithWebIdentity',
    'GetFederationToken',
  ] as const)('%s takes up to 10 policy ARNs', (operation) => {
    expect(issues(operation, { PolicyArns: arns(10) })).toEqual([]);
    expect(issues(operation, { PolicyArns: arns(11) })).toEqual([
      'PolicyArns: Policy ARNs can have at most 10 entries (it has 11)',
    ]);
  });

  const policyOf = (length: number) =>
    `{"Version":"2012-10-17","Sid":"${'x'.repeat(length - 33)}"}`;
  test('session policies: 2,048 characters is an error for SAML, web identity and federation, not for AssumeRole', () => {
    expect(policyOf(2049)).toHaveLength(2049);
    for (const operation of [
      'AssumeRoleWithSAML',
      'AssumeRoleWithWebIdentity',
      'GetFederationToken',
    ] as const) {
      expect(issues(operation, { Policy: policyOf(2048) })).toEqual([]);
      expect(issues(operation, { Policy: policyOf(2049) })).toEqual([
        'Policy: Session policy must be 1 to 2,048 characters (it has 2,049)',
      ]);
    }
    expect(issues('AssumeRole', { Policy: policyOf(10000) })).toEqual([]);
  });

  test('a session policy must be JSON; the message gives line and column', () => {
    expect(issues('AssumeRole', { Policy: '{\n  "Version": "2012-10-17",\n}' })).toEqual([
      'Policy: Session policy is not valid JSON: Unexpected token } at line 3, column 1',
    ]);
    expect(issues('AssumeRole', { Policy: '{\n\t"a":\r\n\t[1, 2]\n}' })).toEqual([]);
  });

  test('SourceIdentity must not start with aws:', () => {
    expect(issues('AssumeRole', { SourceIdentity: 'aws:me' })).toEqual([
      'SourceIdentity: Source identity must not start with "aws:" (reserved for AWS)',
    ]);
    expect(issues('AssumeRole', { SourceIdentity: 'AWS:me' })).toHaveLength(1);
    expect(issues('AssumeRole', { SourceIdentity: 'awsome' })).toEqual([]);
  });

  test('SigningAlgorithm is RS256 or ES384', () => {
    expect(issues('GetWebIdentityToken', { SigningAlgorithm: 'ES384' })).toEqual([]);
    for (const algorithm of ['HS256', 'rs256', 'RS512', 'none', 'RS25']) {
      expect(issues('GetWebIdentityToken', { SigningAlgorithm: algorithm })).toEqual([
        'SigningAlgorithm: Signing algorithm must be RS256 or ES384',
      ]);
    }
  });

  test.each(
    rootTaskPolicyNames.flatMap((name) =>
      ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b'].map((partition) =>
        rootTaskPolicyArn(name, partition),
      ),
    ),
  )('AssumeRoot accepts the root-task policy %s', (arn) => {
    expect(issues('AssumeRoot', { TaskPolicyArn: { arn } })).toEqual([]);
  });

  test.each([
    'arn:aws:iam::aws:policy/AdministratorAccess',
    'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicyX',
    'arn:aws:iam::111122223333:policy/root-task/S3UnlockBucketPolicy',
    'arn:aws:iam::aws:policy/root-task/s3unlockbucketpolicy',
    'arn:azure:iam::aws:policy/root-task/S3UnlockBucketPolicy',
  ])('AssumeRoot refuses the task policy %s', (arn) => {
    expect(issues('AssumeRoot', { TaskPolicyArn: { arn } })).toEqual([
      expect.stringMatching(/^TaskPolicyArn\.arn: Task policy ARN must be an AWS root-task policy/),
    ]);
  });

  test('AssumeRoot needs a task policy', () => {
    expect(issues('AssumeRoot', { TaskPolicyArn: undefined })).toEqual([
      'TaskPolicyArn: Task policy ARN is required',
    ]);
    expect(issues('AssumeRoot', { TaskPolicyArn: {} })).toEqual([
      'TaskPolicyArn.arn: Task policy ARN is required',
    ]);
  });
});

describe('cross-field rules', () => {
  test.each(['AssumeRole', 'GetSessionToken'] as const)(
    '%s: MFA serial number and code go together',
    (operation) => {
      const serial = 'arn:aws:iam::111122223333:mfa/alice';
      expect(issues(operation, { SerialNumber: serial, TokenCode: '123456' })).toEqual([]);
      expect(issues(operation, { SerialNumber: serial })).toEqual([
        'TokenCode: MFA code is required when an MFA serial number is given',
      ]);
      expect(issues(operation, { TokenCode: '123456' })).toEqual([
        'SerialNumber: MFA serial number is required when an MFA code is given',
      ]);
    },
  );

  test('cross-field rules speak even when another member is missing', () => {
    expect(issues('GetSessionToken', { TokenCode: '123456', DurationSeconds: 'x' })).toHaveLength(
      2,
    );
    expect(issues('AssumeRole', { RoleArn: undefined, TokenCode: '123456' })).toEqual([
      'RoleArn: Role ARN is required',
      'SerialNumber: MFA serial number is required when an MFA code is given',
    ]);
  });

  test.each(['AssumeRole', 'GetFederationToken', 'GetWebIdentityToken'] as const)(
    '%s: tag keys are unique case-insensitively',
    (operation) => {
      const tags = [
        { Key: 'Dept', Value: 'a' },
        { Key: 'team', Value: 'b' },
        { Key: 'dept', Value: 'c' },
      ];
      expect(issues(operation, { Tags: tags })).toEqual([
        'Tags.2.Key: Tag key "dept" repeats the key of tag 1 (tag keys are case-insensitive)',
      ]);
    },
  );

  test('transitive tag keys must name session tags (case-insensitive)', () => {
    const Tags = [{ Key: 'Project', Value: 'x' }];
    expect(issues('AssumeRole', { Tags, TransitiveTagKeys: ['project'] })).toEqual([]);
    expect(issues('AssumeRole', { Tags, TransitiveTagKeys: ['Project', 'Team'] })).toEqual([
      'TransitiveTagKeys.1: Transitive tag key "Team" must be the key of one of the session tags',
    ]);
    expect(issues('AssumeRole', { TransitiveTagKeys: ['Project'] })).toHaveLength(1);
  });

  test('list sizes speak even when an item is broken', () => {
    const tags = Array.from({ length: 51 }, (_, index) => ({
      Key: `k${index}`,
      Value: index === 0 ? '!' : 'v',
    }));
    expect(issues('AssumeRole', { Tags: tags })).toEqual([
      'Tags.0.Value: Tag value may only contain letters, digits, spaces and _ . : / = + - @',
      'Tags: Tags can have at most 50 entries (it has 51)',
    ]);
  });

  test('unknown members are dropped, not sent', () => {
    const result = operationSchemas.AssumeRole.safeParse({ ...base.AssumeRole, Extra: 1 });
    expect(result.data).toEqual(base.AssumeRole);
  });
});
