import type { WalletIdentity } from '../../lib/wallet/wallet-store.ts';

/** The principal the delegated credentials act as, as a wallet identity. */
export function delegatedIdentity(
  assumedPrincipal: string | undefined,
): WalletIdentity | undefined {
  if (!assumedPrincipal?.startsWith('arn:')) return undefined;
  const account = assumedPrincipal.split(':')[4];
  return { arn: assumedPrincipal, account: account === '' ? undefined : account };
}

/** A short wallet label: the resource part of the principal's ARN ("role/Admin"). */
export function delegatedLabel(assumedPrincipal: string | undefined): string {
  const resource = assumedPrincipal?.split(':').slice(5).join(':');
  return resource ? `Delegated ${resource}` : 'Delegated access';
}
