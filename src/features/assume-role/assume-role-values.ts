import type { SignerKind as WarningSignerKind } from '../../lib/sts/field-warnings.ts';
import type { SignerKind as WalletSignerKind } from '../../lib/wallet/signer-kind.ts';

/**
 * The wallet's signer kind as field-warnings understands it for AssumeRole: credentials from
 * GetSessionToken are an IAM user's session, not a role session, so they do not chain.
 */
export function assumeRoleWarningKind(kind: WalletSignerKind): WarningSignerKind {
  return kind === 'user-session' ? 'long-term' : kind;
}

/** The tag keys typed so far (non-empty, first spelling of each case-insensitive key). */
export function distinctTagKeys(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const tag of tags) {
    const key: unknown =
      typeof tag === 'object' && tag !== null ? Reflect.get(tag, 'Key') : undefined;
    if (typeof key !== 'string' || key.trim() === '' || seen.has(key.toLowerCase())) continue;
    seen.add(key.toLowerCase());
    keys.push(key);
  }
  return keys;
}
