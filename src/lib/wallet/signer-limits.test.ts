import { describe, expect, it } from 'vitest';
import { signerBlock, signerLimit } from './signer-limits.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

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

describe('signerBlock', () => {
  const entry = (sessionToken: string | undefined) =>
    ({
      id: 'w1',
      label: 'demo session',
      createdAt: new Date(0),
      credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 's', sessionToken },
      source: { operation: 'AssumeRole', params: {} },
      binding: sandboxBinding,
    }) as const;

  it('blocks session credentials for the operations that want long-term keys', () => {
    expect(signerBlock('GetSessionToken', entry('t'))).toMatch(
      /GetSessionToken needs long-term access keys.*“demo session”/,
    );
    expect(signerBlock('GetFederationToken', entry('t'))).toMatch(/GetFederationToken needs/);
  });
  it('lets long-term keys through, and never blocks other operations', () => {
    expect(signerBlock('GetSessionToken', entry(undefined))).toBeUndefined();
    expect(signerBlock('AssumeRole', entry('t'))).toBeUndefined();
  });
});
