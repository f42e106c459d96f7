import { hasSessionToken } from '../../lib/wallet/session-token.ts';
import type { WalletEntry, WalletIdentity } from '../../lib/wallet/wallet-store.ts';

/**
 * Why GetFederationToken cannot be signed by this set, or undefined. STS accepts only long-term
 * keys (an IAM user's, or the root user's); any set with a session token is refused.
 */
export function federationSignerBlock(signer: WalletEntry | undefined): string | undefined {
  if (!signer) return 'Choose the IAM user access keys to sign with, or add them, first.';
  if (!hasSessionToken(signer.credentials)) return undefined;
  return `GetFederationToken needs long-term access keys (AKIA…), and “${signer.label}” are temporary session credentials: STS refuses them. Sign with an IAM user's own access keys.`;
}

/** The federated user as a wallet identity: its ARN, account and ID. */
export function federatedIdentity(
  user: { Arn?: string | undefined; FederatedUserId?: string | undefined } | undefined,
): WalletIdentity | undefined {
  if (!user?.Arn) return undefined;
  return { arn: user.Arn, account: user.Arn.split(':')[4], userId: user.FederatedUserId };
}

/** Drops empty lists (every row removed) so they are not sent at all. */
export function withoutEmptyLists<T extends object>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => !(Array.isArray(v) && v.length === 0)),
  ) as T;
}
