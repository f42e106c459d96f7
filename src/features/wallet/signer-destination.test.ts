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

  it('stays on a signed page, which takes the signer or says why not', () => {
    expect(signerDestination('assume-role', 'role-session')).toBeUndefined();
    expect(signerDestination('get-session-token', 'long-term')).toBeUndefined();
    expect(signerDestination('get-session-token', 'user-session')).toBeUndefined();
    expect(signerDestination('no-such-page', 'role-session')).toBeUndefined();
  });

  it('takes a federated session, which cannot assume roles, to GetCallerIdentity', () => {
    expect(signerDestination('assume-role-with-saml', 'federated')?.name).toBe('GetCallerIdentity');
  });
});
