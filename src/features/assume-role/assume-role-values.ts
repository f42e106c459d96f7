import type { SignerKind as WarningSignerKind } from '../../lib/sts/field-warnings.ts';
import type { SignerKind as WalletSignerKind } from '../../lib/wallet/signer-kind.ts';

/**
 * The wallet's signer kind as field-warnings understands it for AssumeRole: credentials from
 * GetSessionToken are an IAM user's session, not a role session, so they do not chain.
 */
export function assumeRoleWarningKind(kind: WalletSignerKind): WarningSignerKind {
  return kind === 'user-session' ? 'long-term' : kind;
}

/** Drops empty lists (a form with every row removed) so STS gets "not sent", not an empty list. */
export function withoutEmptyLists<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

/** The wallet label of an assumed-role session: "Role/session" from its ARN. */
export function assumedRoleLabel(arn: string | undefined, fallback: string): string {
  const resource = arn?.split(':').slice(5).join(':');
  const match = resource ? /^assumed-role\/(.+)$/.exec(resource) : null;
  return match?.[1] ?? fallback;
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
