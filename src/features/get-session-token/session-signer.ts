import type { SignerKind as WarningSignerKind } from '../../lib/sts/field-warnings.ts';
import type { SignerKind as WalletSignerKind } from '../../lib/wallet/signer-kind.ts';
import { hasSessionToken } from '../../lib/wallet/session-token.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';

/**
 * Why GetSessionToken cannot be signed by this set, or undefined. STS accepts only long-term
 * keys (an IAM user's or the root user's AKIA… keys): any set with a session token is refused.
 */
export function sessionTokenSignerBlock(signer: WalletEntry | undefined): string | undefined {
  if (!signer) return 'Choose the IAM user access keys to sign with, or add them, first.';
  if (!hasSessionToken(signer.credentials)) return undefined;
  return `GetSessionToken needs long-term access keys (AKIA…), and “${signer.label}” are temporary session credentials: STS refuses them. Sign with the IAM user's own access keys.`;
}

/** The wallet's signer kind as field-warnings reads it for GetSessionToken (root keeps its 1-hour cap). */
export function sessionTokenWarningKind(kind: WalletSignerKind): WarningSignerKind {
  return kind === 'user-session' ? 'role-session' : kind;
}

/** The MFA device ARN an IAM user's virtual device usually has: arn:…:mfa/<user name>. */
export function mfaSerialSuggestion(identityArn: string | undefined): string | undefined {
  const match = identityArn
    ? /^arn:([\w-]+):iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/.exec(identityArn)
    : null;
  if (!match) return undefined;
  const [, partition = 'aws', account = '', name = ''] = match;
  return `arn:${partition}:iam::${account}:mfa/${name}`;
}
