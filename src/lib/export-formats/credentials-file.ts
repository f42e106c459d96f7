import { err, ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import {
  capitalize,
  checkCredentials,
  checkSingleLineValue,
  formatExpiration,
  type EnvEntry,
} from './export-common.ts';
import { hasSessionToken } from '../wallet/session-token.ts';

/** Profile names this writer accepts: letters, digits and _ . + @ - (no spaces or brackets). */
export const PROFILE_NAME_PATTERN = /^[A-Za-z0-9_.+@-]{1,64}$/;

/** Checks a profile name for ~/.aws/credentials, in words. */
export function checkProfileName(name: string | undefined): Result<string> {
  if (name === undefined || name === '') return err('Choose a profile name.');
  if (!PROFILE_NAME_PATTERN.test(name)) {
    return err('A profile name has 1 to 64 letters, digits or _ . + @ - (no spaces or brackets).');
  }
  return ok(name);
}

/** An INI profile for ~/.aws/credentials: [name] with aws_access_key_id and friends. */
export function toCredentialsFileProfile(
  creds: AwsCredentials,
  ctx: ExportContext,
): Result<string> {
  const checked = checkCredentials(creds);
  if (!checked.ok) return checked;
  const name = checkProfileName(ctx.profileName);
  if (!name.ok) return name;
  const entries: EnvEntry[] = [
    { name: 'aws_access_key_id', label: 'the access key ID', value: creds.accessKeyId },
    { name: 'aws_secret_access_key', label: 'the secret access key', value: creds.secretAccessKey },
  ];
  if (hasSessionToken(creds)) {
    entries.push({
      name: 'aws_session_token',
      label: 'the session token',
      value: creds.sessionToken,
    });
  }
  if (creds.expiration !== undefined) {
    // Not read by the SDKs; kept (as aws-vault does) so people can see when the profile stops working.
    entries.push({
      name: 'aws_credential_expiration',
      label: 'the expiration',
      value: formatExpiration(creds.expiration),
    });
  }
  if (ctx.region !== undefined && ctx.region !== '') {
    entries.push({ name: 'region', label: 'the region', value: ctx.region });
  }
  const lines = [`[${name.value}]`];
  for (const entry of entries) {
    const value = checkIniValue(entry);
    if (!value.ok) return value;
    lines.push(`${entry.name} = ${value.value}`);
  }
  return ok(lines.join('\n') + '\n');
}

/** Refuses what an INI value cannot hold: controls, edge spaces, and " #" / " ;" that some SDKs cut. */
export function checkIniValue(entry: EnvEntry): Result<string> {
  const basic = checkSingleLineValue(entry, 'an INI file');
  if (!basic.ok) return basic;
  if (entry.value.trim() !== entry.value || entry.value === '') {
    return err(`${capitalize(entry.label)} starts or ends with spaces, which an INI file drops.`);
  }
  // The JS SDK cuts values at " #" or " ;" (inline comments); botocore does not. Refuse the ambiguity.
  if (/(^|\s)[#;]/.test(entry.value)) {
    return err(
      `${capitalize(entry.label)} contains # or ; after a space, which some SDKs read as a comment.`,
    );
  }
  return ok(entry.value);
}
