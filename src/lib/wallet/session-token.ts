import type { AwsCredentials } from './aws-credentials.ts';

/**
 * Pure: whether a set carries a session token. The one predicate for it: an empty (or blank)
 * `<SessionToken/>` counts as none, so such a set is long-term keys everywhere (the export guard,
 * the wallet's badge, the signer checks and every writer).
 */
export function hasSessionToken(
  credentials: AwsCredentials,
): credentials is AwsCredentials & { sessionToken: string } {
  return credentials.sessionToken !== undefined && credentials.sessionToken.trim() !== '';
}

/** Pure: the same set with a blank session token removed (other members untouched). */
export function withoutBlankSessionToken(credentials: AwsCredentials): AwsCredentials {
  if (credentials.sessionToken === undefined || hasSessionToken(credentials)) return credentials;
  return {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    expiration: credentials.expiration,
  };
}
