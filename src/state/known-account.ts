import { knownAccount } from '../lib/sts/role-arn-suggestion.ts';
import { useRecentValues } from './recent-values.ts';
import { useSelectedSignerId } from './signer.ts';
import { useWalletEntries } from './wallet.ts';

/**
 * The account a bare role name most likely belongs to: the chosen signer's, else the only
 * account among the wallet's sets and the recent role ARNs.
 */
export function useKnownAccount(): string | undefined {
  const entries = useWalletEntries();
  const selectedId = useSelectedSignerId();
  const recent = useRecentValues();
  const signer = entries.find((e) => e.id === selectedId);
  const arns = [
    ...entries.flatMap((e) => (e.identity ? [e.identity.arn] : [])),
    ...recent.roleArns,
  ];
  return knownAccount(signer?.identity?.account, arns);
}
