import type { WalletEntry } from './wallet-store.ts';

/** What each operation needs again that the wallet never keeps (secrets), in words. */
const MISSING: Readonly<Record<string, string>> = {
  AssumeRoleWithWebIdentity: 'a fresh web identity token',
  AssumeRoleWithSAML: 'a fresh SAML assertion',
  GetDelegatedAccessToken: 'a new trade-in token',
};

export interface RunAgainPlan {
  /** Route slug of the operation's page. */
  operation: string;
  /** Form values rebuilt from the non-secret source parameters. */
  values: Record<string, unknown>;
  /** The set that signed the original call, if it is still in the wallet. */
  signerId?: string | undefined;
  /** What the user must supply again (never stored): a sentence, or undefined. */
  missing?: string | undefined;
}

/** Pure: how to repeat the call that produced a set; undefined for imported or typed keys. */
export function planRunAgain(
  entry: WalletEntry,
  all: readonly WalletEntry[],
): RunAgainPlan | undefined {
  const { operation, params } = entry.source;
  if (operation === 'Keys' || operation === 'Import') return undefined;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && /^\[.*\]$/s.test(value)) {
      try {
        values[key] = JSON.parse(value) as unknown;
      } catch {
        values[key] = value;
      }
    } else {
      values[key] = value;
    }
  }
  const parent = all.find((e) => e.id === entry.parentId);
  const missing: string[] = [];
  if (MISSING[operation]) missing.push(MISSING[operation]);
  if (typeof params.SerialNumber === 'string') missing.push('a new MFA code');
  if (entry.parentId !== undefined && !parent)
    missing.push('credentials to sign with (the original signer is gone)');
  return {
    operation,
    values,
    signerId: parent?.id,
    missing: missing.length > 0 ? missing.join(' and ') : undefined,
  };
}
