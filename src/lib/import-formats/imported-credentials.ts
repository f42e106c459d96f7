import { err, ok, type Result } from '../result.ts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { hasSessionToken } from '../wallet/session-token.ts';

/** Credentials read from a paste, with where they came from. */
export interface ImportedCredentials extends AwsCredentials {
  /** In words: "bash exports", "~/.aws/credentials profile [dev]", "AssumeRole output"… */
  source: string;
  region?: string;
  /** The assumed-role / federated-user ARN when the paste names it. */
  identityArn?: string;
}

/** Pastes above this size are refused before parsing (a credential set is a few kilobytes). */
export const IMPORT_MAX_LENGTH = 100_000;

/** The raw fields an importer found, before checking. */
export interface FoundFields {
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  sessionToken?: string | undefined;
  expiration?: string | undefined;
  region?: string | undefined;
  identityArn?: string | undefined;
}

const ACCESS_KEY_ID = /^\w{16,128}$/;
const ISO_8601 = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)(Z|[+-]\d{2}:?\d{2})$/i;

/** Refuses oversized input before any parsing. */
export function checkImportSize(text: string): Result<string> {
  if (text.length > IMPORT_MAX_LENGTH) {
    return err(
      `The paste has ${text.length.toLocaleString('en-US')} characters; credentials are far shorter (at most ${IMPORT_MAX_LENGTH.toLocaleString('en-US')} are read).`,
    );
  }
  return ok(text);
}

/** Checks the found fields and builds ImportedCredentials (empty values count as missing). */
export function finishImport(found: FoundFields, source: string): Result<ImportedCredentials> {
  const { accessKeyId, secretAccessKey } = found;
  if (accessKeyId === undefined || accessKeyId === '')
    return err(`${source}: no access key ID found.`);
  if (!ACCESS_KEY_ID.test(accessKeyId)) {
    return err(
      `${source}: the access key ID should be 16 to 128 letters and digits (like AKIA… or ASIA…).`,
    );
  }
  if (secretAccessKey === undefined || secretAccessKey === '') {
    return err(`${source}: the access key ID is there, but no secret access key.`);
  }
  const out: ImportedCredentials = { accessKeyId, secretAccessKey, source };
  const withToken = { ...out, sessionToken: found.sessionToken };
  if (hasSessionToken(withToken)) out.sessionToken = withToken.sessionToken;
  if (found.expiration !== undefined && found.expiration !== '') {
    const date = parseIsoDate(found.expiration);
    if (date === undefined)
      return err(
        `${source}: the expiration "${found.expiration.slice(0, 40)}" is not an ISO 8601 date.`,
      );
    out.expiration = date;
  }
  if (found.region !== undefined && found.region !== '') out.region = found.region;
  if (found.identityArn !== undefined && found.identityArn !== '')
    out.identityArn = found.identityArn;
  return ok(out);
}

/** Parses an ISO 8601 date-time with a zone (Z or ±hh:mm); anything else is undefined. */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_8601.exec(text.trim());
  if (match === null) return undefined;
  const [, day = '', time = '', zone = ''] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  // Date keeps milliseconds only; longer fractions are cut, not rounded.
  const [whole = '', fraction] = time.split('.');
  const ms = fraction === undefined ? '' : `.${fraction.slice(0, 3).padEnd(3, '0')}`;
  const date = new Date(`${day}T${whole}${ms}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
