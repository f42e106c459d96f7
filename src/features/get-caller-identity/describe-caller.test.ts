import { describe, expect, it } from 'vitest';
import { compareIdentity, describeCaller } from './describe-caller.ts';

describe('describeCaller', () => {
  it.each([
    ['arn:aws:iam::111122223333:root', 'Root user', 'root user of account 111122223333'],
    ['arn:aws:iam::111122223333:user/demo', 'IAM user', 'IAM user demo (path /)'],
    ['arn:aws:iam::111122223333:user/team/ops/demo', 'IAM user', 'path /team/ops/'],
    [
      'arn:aws:sts::111122223333:assumed-role/Admin/alice',
      'Assumed-role session',
      'session named alice of role Admin',
    ],
    [
      'arn:aws-cn:sts::111122223333:federated-user/bob',
      'Federated user',
      'can call only GetCallerIdentity',
    ],
    ['arn:aws:s3:::bucket', 's3 principal', 'bucket'],
  ])('%s is a %s', (arn, kind, words) => {
    const d = describeCaller(arn);
    expect(d.kind).toBe(kind);
    expect(d.sentence).toContain(words);
  });

  it('says when the ARN cannot be read', () => {
    const d = describeCaller('not-an-arn');
    expect(d.kind).toBe('Unrecognised ARN');
    expect(d.sentence).toContain('starts with "arn:"');
  });
});

describe('compareIdentity', () => {
  it('agrees on the same ARN, differs otherwise, unknown without a recorded identity', () => {
    const arn = 'arn:aws:iam::111122223333:user/demo';
    expect(compareIdentity(arn, arn)).toBe('agree');
    expect(compareIdentity(arn, 'arn:aws:iam::111122223333:user/other')).toBe('differ');
    expect(compareIdentity(undefined, arn)).toBe('unknown');
  });
});
