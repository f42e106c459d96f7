import { ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { hasSessionToken } from '../wallet/session-token.ts';
import { checkCredentials, formatExpiration } from './export-common.ts';
import { escapeUnsafeInJson } from './unsafe-characters.ts';

/** JSON shaped like `aws sts … --output json` ({"Credentials": {…}}), plus "Region" when one is set. */
export function toStsJson(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const checked = checkCredentials(creds);
  if (!checked.ok) return checked;
  const credentials: Record<string, string> = {
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
  };
  if (hasSessionToken(creds)) credentials.SessionToken = creds.sessionToken;
  if (creds.expiration !== undefined) credentials.Expiration = formatExpiration(creds.expiration);
  const out: Record<string, unknown> = { Credentials: credentials };
  if (ctx.region !== undefined && ctx.region !== '') out.Region = ctx.region;
  return ok(escapeUnsafeInJson(JSON.stringify(out, null, 4)) + '\n');
}
