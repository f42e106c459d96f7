import { describe, expect, it } from 'vitest';
import { signerDestination } from './signer-destination.ts';

describe('signerDestination', () => {
  it('takes a role session from an unsigned page to AssumeRole', () => {
    expect(signerDestination('assume-role-with-web-identity', 'role-session')?.name).toBe(
      'AssumeRole',
    );
    expect(signerDestination('', 'role-session')?.name).toBe('AssumeRole');
    expect(signerDestination('assume-role-with-saml', 'long-term')?.name).toBe('AssumeRole');
  });

  it('stays on a page that takes the signer', () => {
    expect(signerDestination('assume-role', 'role-session')).toBeUndefined();
    expect(signerDestination('get-session-token', 'long-term')).toBeUndefined();
  });

  it('takes a federated session, which cannot assume roles, to GetCallerIdentity', () => {
    expect(signerDestination('assume-role', 'federated')?.name).toBe('GetCallerIdentity');
  });

  it('takes a user session off a page that refuses it', () => {
    expect(signerDestination('get-session-token', 'user-session')?.name).toBe('AssumeRole');
  });
});
