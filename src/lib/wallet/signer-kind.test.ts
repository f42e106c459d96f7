import { describe, expect, it } from 'vitest';
import { signerKind } from './signer-kind.ts';
import type { WalletEntry } from './wallet-store.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

function entry(
  partial: Partial<WalletEntry> & { operation?: string; token?: boolean },
): WalletEntry {
  return {
    id: 'x',
    label: 'x',
    createdAt: new Date(0),
    credentials: {
      accessKeyId: partial.token ? 'ASIAEXAMPLE' : 'AKIAEXAMPLE',
      secretAccessKey: 's',
      sessionToken: partial.token ? 't' : undefined,
    },
    source: { operation: partial.operation ?? 'Keys', params: {} },
    binding: sandboxBinding,
    identity: partial.identity,
  };
}

describe('signerKind', () => {
  it.each([
    [undefined, 'none'],
    [entry({}), 'long-term'],
    [entry({ token: true, operation: 'GetSessionToken' }), 'user-session'],
    [entry({ token: true, operation: 'AssumeRoleWithWebIdentity' }), 'role-session'],
    [entry({ token: true, operation: 'GetFederationToken' }), 'federated'],
    [entry({ token: true, operation: 'AssumeRoot' }), 'root'],
    [
      entry({
        token: true,
        operation: 'Import',
        identity: { arn: 'arn:aws:sts::111122223333:assumed-role/A/s' },
      }),
      'role-session',
    ],
    [
      entry({
        token: true,
        operation: 'Import',
        identity: { arn: 'arn:aws:sts::111122223333:federated-user/bob' },
      }),
      'federated',
    ],
    [entry({ operation: 'Keys', identity: { arn: 'arn:aws:iam::111122223333:root' } }), 'root'],
  ] as const)('%#', (e, kind) => {
    expect(signerKind(e)).toBe(kind);
  });
});
