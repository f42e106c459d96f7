import { describe, expect, it } from 'vitest';
import { mfaSerialSuggestion, sessionTokenWarningKind } from './session-signer.ts';

describe('sessionTokenWarningKind', () => {
  it('treats a user session as temporary and keeps the others', () => {
    expect(sessionTokenWarningKind('user-session')).toBe('role-session');
    expect(sessionTokenWarningKind('root')).toBe('root');
    expect(sessionTokenWarningKind('long-term')).toBe('long-term');
  });
});

describe('mfaSerialSuggestion', () => {
  it('derives the virtual MFA device ARN of a user, with or without a path', () => {
    expect(mfaSerialSuggestion('arn:aws:iam::111122223333:user/demo')).toBe(
      'arn:aws:iam::111122223333:mfa/demo',
    );
    expect(mfaSerialSuggestion('arn:aws-cn:iam::111122223333:user/team/alice')).toBe(
      'arn:aws-cn:iam::111122223333:mfa/alice',
    );
  });

  it('suggests nothing for other principals', () => {
    expect(mfaSerialSuggestion('arn:aws:sts::111122223333:assumed-role/Admin/x')).toBeUndefined();
    expect(mfaSerialSuggestion(undefined)).toBeUndefined();
  });
});
