import { ok, type Result } from '../result.ts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { hasSessionToken } from '../wallet/session-token.ts';
import { checkCredentials, formatExpiration } from './export-common.ts';
import { escapeUnsafeInJson } from './unsafe-characters.ts';

/** The JSON a credential_process command prints (Version 1), as the AWS CLI and SDKs read it. */
export function toCredentialProcessJson(creds: AwsCredentials): Result<string> {
  const checked = checkCredentials(creds);
  if (!checked.ok) return checked;
  const out: Record<string, string | number> = {
    Version: 1,
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
  };
  if (hasSessionToken(creds)) out.SessionToken = creds.sessionToken;
  if (creds.expiration !== undefined) out.Expiration = formatExpiration(creds.expiration);
  return ok(escapeUnsafeInJson(JSON.stringify(out, null, 2)) + '\n');
}
