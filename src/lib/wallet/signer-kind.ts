import { hasSessionToken } from './session-token.ts';
import type { WalletEntry } from './wallet-store.ts';

/** What kind of credentials a set is, for lineage-aware warnings before a call. */
export type SignerKind =
  'long-term' | 'role-session' | 'user-session' | 'federated' | 'root' | 'none';

/** Pure: reads the kind from the identity ARN, else from the key prefix. */
export function signerKind(entry: WalletEntry | undefined): SignerKind {
  if (!entry) return 'none';
  const arn = entry.identity?.arn ?? '';
  if (/:assumed-role\//.test(arn)) return 'role-session';
  if (/:federated-user\//.test(arn)) return 'federated';
  if (/:root$/.test(arn)) return 'root';
  if (entry.source.operation === 'GetFederationToken') return 'federated';
  if (entry.source.operation === 'AssumeRoot') return 'root';
  if (/^AssumeRole/.test(entry.source.operation)) return 'role-session';
  if (entry.source.operation === 'GetDelegatedAccessToken') return 'role-session';
  if (entry.source.operation === 'GetSessionToken') return 'user-session';
  return hasSessionToken(entry.credentials) ? 'user-session' : 'long-term';
}
