import { err, ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { hasSessionToken } from '../wallet/session-token.ts';
import { describeUnsafeCharacter, findUnsafeCharacter } from './unsafe-characters.ts';
import type { EnvEntry } from './env-entry.ts';
import { endpointEnv } from './export-endpoint.ts';

/** Environment variable names as the AWS CLI, the SDKs and aws-vault read them. */
export const ENV = {
  accessKeyId: 'AWS_ACCESS_KEY_ID',
  secretAccessKey: 'AWS_SECRET_ACCESS_KEY',
  sessionToken: 'AWS_SESSION_TOKEN',
  expiration: 'AWS_CREDENTIAL_EXPIRATION',
  region: 'AWS_REGION',
  defaultRegion: 'AWS_DEFAULT_REGION',
} as const;

/**
 * Variables cleared before exporting, when the export does not set them itself: a stale
 * AWS_SESSION_TOKEN next to long-term keys fails every call; botocore reads AWS_SECURITY_TOKEN
 * (legacy) before AWS_SESSION_TOKEN; a stale AWS_CREDENTIAL_EXPIRATION makes SDKs treat fresh keys
 * as expired; AWS_PROFILE / AWS_DEFAULT_PROFILE would make people believe a profile is in use.
 * aws-vault clears the same set before it runs a command.
 */
const STALE = [
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_SECURITY_TOKEN',
  ENV.sessionToken,
  ENV.expiration,
] as const;

export type { EnvEntry } from './env-entry.ts';

/** Checks the credential set, then lists the variables to set and the stale ones to clear first. */
export function envPlan(
  creds: AwsCredentials,
  ctx: ExportContext,
): Result<{ set: EnvEntry[]; unset: string[] }> {
  const checked = checkCredentials(creds);
  if (!checked.ok) return checked;
  const set: EnvEntry[] = [
    { name: ENV.accessKeyId, label: 'the access key ID', value: creds.accessKeyId },
    { name: ENV.secretAccessKey, label: 'the secret access key', value: creds.secretAccessKey },
  ];
  if (hasSessionToken(creds)) {
    set.push({ name: ENV.sessionToken, label: 'the session token', value: creds.sessionToken });
  }
  if (creds.expiration !== undefined) {
    set.push({
      name: ENV.expiration,
      label: 'the expiration',
      value: formatExpiration(creds.expiration),
    });
  }
  if (ctx.region !== undefined && ctx.region !== '') {
    set.push({ name: ENV.region, label: 'the region', value: ctx.region });
    set.push({ name: ENV.defaultRegion, label: 'the region', value: ctx.region });
  }
  // Where the set came from, so the block works on its own (export-endpoint.ts).
  const endpoint = endpointEnv(ctx);
  set.push(...endpoint.set);
  const names = new Set(set.map((e) => e.name));
  return ok({ set, unset: [...STALE, ...endpoint.unset].filter((n) => !names.has(n)) });
}

/** Required fields present and the expiration a real date (year 0000–9999). */
export function checkCredentials(creds: AwsCredentials): Result<true> {
  if (creds.accessKeyId === '') return err('The access key ID is empty.');
  if (creds.secretAccessKey === '') return err('The secret access key is empty.');
  const exp = creds.expiration;
  if (exp !== undefined) {
    const time = exp.getTime();
    if (Number.isNaN(time) || exp.getUTCFullYear() < 0 || exp.getUTCFullYear() > 9999) {
      return err('The expiration is not a valid date.');
    }
  }
  return ok(true);
}

/** ISO 8601 in UTC, like aws-vault: 2025-01-02T03:04:05Z (milliseconds only when not zero). */
export function formatExpiration(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses what no terminal paste can carry safely: controls (LF allowed), bidi controls, U+2028/9, broken UTF-16. */
export function checkTerminalValue(entry: EnvEntry, format: string): Result<string> {
  return checkWith(entry, format, true);
}

/** Refuses controls including line breaks, bidi controls, U+2028/9 and broken UTF-16 (one-line formats). */
export function checkSingleLineValue(entry: EnvEntry, format: string): Result<string> {
  return checkWith(entry, format, false);
}

function checkWith(entry: EnvEntry, format: string, allowLineFeed: boolean): Result<string> {
  const unsafe = findUnsafeCharacter(entry.value, allowLineFeed);
  if (unsafe !== undefined) {
    return err(
      `${capitalize(entry.label)} contains ${describeUnsafeCharacter(unsafe)} ${codePoint(unsafe)}, which ${format} cannot carry safely.`,
    );
  }
  if (LONE_SURROGATE.test(entry.value)) {
    return err(`${capitalize(entry.label)} is not valid Unicode text (a broken surrogate pair).`);
  }
  return ok(entry.value);
}

/** "U+000A" for a character. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** First letter upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Runs check over every entry, then formats; the first refusal wins. */
export function renderEntries(
  entries: readonly EnvEntry[],
  check: (entry: EnvEntry) => Result<string>,
  line: (entry: EnvEntry) => string,
): Result<string[]> {
  const lines: string[] = [];
  for (const entry of entries) {
    const checked = check(entry);
    if (!checked.ok) return checked;
    lines.push(line(entry));
  }
  return ok(lines);
}
