import { describe, expect, it } from 'vitest';
import { signerLimit } from './signer-limits.ts';

describe('signerLimit', () => {
  it('lets federated sessions only ask who they are', () => {
    expect(signerLimit('GetCallerIdentity', 'federated')).toBeUndefined();
    expect(signerLimit('AssumeRole', 'federated')).toMatch(/only GetCallerIdentity/);
  });
  it('keeps GetSessionToken sessions to AssumeRole and GetCallerIdentity', () => {
    expect(signerLimit('AssumeRole', 'user-session')).toBeUndefined();
    expect(signerLimit('GetFederationToken', 'user-session')).toMatch(
      /cannot call GetFederationToken/,
    );
  });
  it('wants long-term keys for GetSessionToken and GetFederationToken', () => {
    expect(signerLimit('GetSessionToken', 'role-session')).toMatch(/long-term/);
    expect(signerLimit('GetFederationToken', 'long-term')).toBeUndefined();
    expect(signerLimit('AssumeRole', 'role-session')).toBeUndefined();
  });
});
