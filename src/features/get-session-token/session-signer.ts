import type { SignerKind as WarningSignerKind } from '../../lib/sts/field-warnings.ts';
import type { SignerKind as WalletSignerKind } from '../../lib/wallet/signer-kind.ts';

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
