import { describe, expect, it } from 'vitest';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import {
  mfaSerialSuggestion,
  sessionTokenSignerBlock,
  sessionTokenWarningKind,
} from './session-signer.ts';

function entry(sessionToken: string | undefined): WalletEntry {
  return {
    id: 'set-1',
    label: 'Admin/chained',
    credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken },
    source: { operation: 'AssumeRole', params: {} },
    createdAt: new Date(0),
  };
}

describe('sessionTokenSignerBlock', () => {
  it('accepts long-term keys', () => {
    expect(sessionTokenSignerBlock(entry(undefined))).toBeUndefined();
    // An empty <SessionToken/> is no session token.
    expect(sessionTokenSignerBlock(entry(''))).toBeUndefined();
  });

  it('refuses session credentials, naming the set', () => {
    expect(sessionTokenSignerBlock(entry('token'))).toMatch(/long-term.*“Admin\/chained”/);
  });

  it('asks for a signer when there is none', () => {
    expect(sessionTokenSignerBlock(undefined)).toMatch(/Choose/);
  });
});

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
