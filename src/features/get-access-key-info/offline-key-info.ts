import { decodeAccessKeyId } from '../../lib/decoders/access-key-id.ts';

/** What the console reads from a key ID before any call. */
export type OfflineKeyInfo =
  | { status: 'empty' }
  | { status: 'invalid'; error: string }
  | {
      status: 'decoded';
      prefix: string;
      kind: string;
      /** What the prefix means for GetAccessKeyInfo. */
      meaning: string;
      account?: string;
      accountNote?: string;
    };

const MEANINGS: Readonly<Record<string, string>> = {
  AKIA: 'A long-term access key of an IAM user (or of the root user). It works until it is deactivated or deleted.',
  ASIA: 'A temporary access key issued by STS (AssumeRole, GetSessionToken, GetFederationToken…). It works only with its session token and until its session expires.',
};

/** Pure: decodes the key ID offline (prefix and, for current-layout IDs, the account). */
export function readKeyIdOffline(text: string): OfflineKeyInfo {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const decoded = decodeAccessKeyId(trimmed);
  if (!decoded.ok) return { status: 'invalid', error: decoded.error };
  const { prefix, kind, account, accountNote } = decoded.value;
  const meaning =
    MEANINGS[prefix] ??
    `This is the ID of a ${kind.toLowerCase()}, not an access key: GetAccessKeyInfo expects an access key ID (AKIA… or ASIA…).`;
  return {
    status: 'decoded',
    prefix,
    kind,
    meaning,
    ...(account === undefined ? {} : { account }),
    ...(accountNote === undefined ? {} : { accountNote }),
  };
}

/** How the offline account and the one STS returned relate. */
export interface AccountComparison {
  verdict: 'agree' | 'differ' | 'offline-unknown';
  sentence: string;
}

/** Pure: compares the account decoded from the key ID with the account STS returned. */
export function compareAccounts(
  offline: string | undefined,
  fromSts: string | undefined,
): AccountComparison {
  if (offline === undefined || fromSts === undefined) {
    return {
      verdict: 'offline-unknown',
      sentence: 'The key ID does not carry its account, so only STS can say which account owns it.',
    };
  }
  if (offline === fromSts) {
    return {
      verdict: 'agree',
      sentence: `Both say ${fromSts}: the account is encoded in the key ID itself.`,
    };
  }
  return {
    verdict: 'differ',
    sentence: `The key ID decodes to ${offline}, but STS says ${fromSts}. Trust STS; the endpoint may not be AWS, or the key ID may not follow the documented layout.`,
  };
}
