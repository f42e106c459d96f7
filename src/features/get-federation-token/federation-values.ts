import type { WalletIdentity } from '../../lib/wallet/wallet-store.ts';

/** The federated user as a wallet identity: its ARN, account and ID. */
export function federatedIdentity(
  user: { Arn?: string | undefined; FederatedUserId?: string | undefined } | undefined,
): WalletIdentity | undefined {
  if (!user?.Arn) return undefined;
  return { arn: user.Arn, account: user.Arn.split(':')[4], userId: user.FederatedUserId };
}
