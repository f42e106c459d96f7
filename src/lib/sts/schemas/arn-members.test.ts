import { describe, expect, test } from 'vitest';
import { arnStructureCheck } from './arn-members.ts';
import { assumeRoleSchema } from './assume-role-schema.ts';

describe('arnStructureCheck: the ARN format, beyond the model’s length and characters', () => {
  test.each([
    'arn:aws:iam::111122223333:role/Admin',
    'arn:aws-cn:iam::111122223333:role/path/Admin',
    'arn:aws:iam::111122223333:saml-provider/Okta',
    'arn:aws:sts::111122223333:assumed-role/Admin/alice',
    'arn:aws:s3:::bucket:with:colons',
  ])('accepts %s', (arn) => {
    expect(arnStructureCheck(arn, 'Role ARN')).toBeUndefined();
  });

  test.each([
    ['arn:aws:iam:111122223333:role/Admin', 'Role ARN is missing a colon: an ARN has five'],
    ['arn:aws:iam111122223333:role/Admin', 'Role ARN is missing 2 colons'],
    ['Admin', 'Role ARN must be an ARN, starting with "arn:"'],
    ['aws:iam::111122223333:role/Admin', 'must be an ARN, starting with "arn:"'],
    ['arn::iam::111122223333:role/Admin', 'must name a partition, a service and a resource'],
    ['arn:aws:iam::111122223333:', 'must name a partition, a service and a resource'],
  ])('refuses %s', (arn, message) => {
    expect(arnStructureCheck(arn, 'Role ARN')).toContain(message);
  });

  test('the AssumeRole schema says it at RoleArn', () => {
    const result = assumeRoleSchema.safeParse({
      RoleArn: 'arn:aws:iam:111122223333:role/Admin',
      RoleSessionName: 'alice',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['RoleArn', expect.stringContaining('missing a colon') as unknown],
    ]);
  });
});
