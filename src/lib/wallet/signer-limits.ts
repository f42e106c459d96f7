import { operationByName } from '../sts/operations.ts';
import { hasExpired } from './local-expiry.ts';
import { hasSessionToken } from './session-token.ts';
import { signerKind, type SignerKind } from './signer-kind.ts';
import type { WalletEntry } from './wallet-store.ts';

function acceptedKinds(operation: string): readonly SignerKind[] {
  return operationByName(operation)?.signers ?? [];
}

/** True when the operation accepts long-term keys only (GetSessionToken, GetFederationToken). */
function wantsLongTermKeys(operation: string): boolean {
  const kinds = acceptedKinds(operation);
  return kinds.length === 1 && kinds[0] === 'long-term';
}

/**
 * Pure: what STS will refuse because of who signs, in words, or undefined. The registry says
 * which kinds of credentials each operation accepts (AWS documents these limits).
 */
export function signerLimit(operation: string, kind: SignerKind): string | undefined {
  if (kind === 'none' || acceptedKinds(operation).includes(kind)) return undefined;
  if (kind === 'federated') {
    return `Federated-user credentials (from GetFederationToken) can call only GetCallerIdentity in STS; ${operation} will be refused. Sign with other credentials.`;
  }
  if (kind === 'user-session') {
    return `Credentials from GetSessionToken cannot call ${operation}; sign with long-term keys or a role session.`;
  }
  if (wantsLongTermKeys(operation)) {
    return `${operation} needs long-term access keys (AKIA…); session credentials are refused.`;
  }
  return `STS refuses ${operation} signed with these credentials; sign with other credentials.`;
}

/**
 * Pure: why the call must not be sent with this signer at all, or undefined. Only what is
 * certain blocks: an operation that wants long-term keys, and a set that holds a session token.
 */
export function signerBlock(operation: string, signer: WalletEntry): string | undefined {
  if (!wantsLongTermKeys(operation) || !hasSessionToken(signer.credentials)) {
    return undefined;
  }
  return `${operation} needs long-term access keys (AKIA…), and “${signer.label}” are temporary session credentials: STS refuses them. Sign with an IAM user's own access keys.`;
}

/** Pure: the sets that can sign `operation` now (unexpired, and of a kind STS accepts for it). */
export function signersFor(
  operation: string,
  entries: readonly WalletEntry[],
  nowMs: number,
): WalletEntry[] {
  return entries.filter(
    (e) =>
      !hasExpired(e, nowMs) &&
      signerLimit(operation, signerKind(e)) === undefined &&
      signerBlock(operation, e) === undefined,
  );
}
