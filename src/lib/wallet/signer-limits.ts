import type { SignerKind } from './signer-kind.ts';

/**
 * Pure: what STS will refuse because of who signs, in words (AWS documents these limits), or
 * undefined. Federation-token sessions may call only GetCallerIdentity in STS; GetSessionToken
 * sessions only AssumeRole and GetCallerIdentity; GetSessionToken and GetFederationToken need
 * long-term keys.
 */
export function signerLimit(operation: string, kind: SignerKind): string | undefined {
  if (kind === 'federated' && operation !== 'GetCallerIdentity') {
    return `Federated-user credentials (from GetFederationToken) can call only GetCallerIdentity in STS; ${operation} will be refused. Sign with other credentials.`;
  }
  if (
    kind === 'user-session' &&
    !['AssumeRole', 'GetCallerIdentity', 'GetAccessKeyInfo', 'DecodeAuthorizationMessage'].includes(
      operation,
    )
  ) {
    return `Credentials from GetSessionToken cannot call ${operation}; sign with long-term keys or a role session.`;
  }
  if (
    (kind === 'role-session' || kind === 'root') &&
    (operation === 'GetSessionToken' || operation === 'GetFederationToken')
  ) {
    return `${operation} needs long-term access keys (AKIA…); session credentials are refused.`;
  }
  return undefined;
}
