import { err, ok, type Result } from '../result.ts';

/** The four-character prefixes of IAM unique IDs, as the IAM User Guide documents them. */
export const UNIQUE_ID_PREFIXES = {
  ABIA: 'AWS STS service bearer token',
  ACCA: 'Context-specific credential',
  AGPA: 'IAM user group',
  AIDA: 'IAM user',
  AIPA: 'Amazon EC2 instance profile',
  AKIA: 'Access key (long-term)',
  ANPA: 'Managed policy',
  ANVA: 'Version in a managed policy',
  APKA: 'Public key',
  AROA: 'IAM role',
  ASCA: 'Certificate',
  ASIA: 'Temporary access key',
} as const;

/** A documented unique-ID prefix. */
export type UniqueIdPrefix = keyof typeof UNIQUE_ID_PREFIXES;

/** What an access key ID or unique ID says about itself, offline. */
export interface DecodedAccessKeyId {
  prefix: UniqueIdPrefix;
  kind: string;
  /** The 12-digit account, when the ID uses the current layout (top bit set). */
  account?: string;
  /** Why no account could be read, when it could not. */
  accountNote?: string;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ACCOUNT_MASK = 0x7fffffffff80n;
const MAX_ACCOUNT = 999_999_999_999n;

/** Reads the type and (for current-format IDs) the account from an ID such as AKIA… or ASIA…. */
export function decodeAccessKeyId(id: string): Result<DecodedAccessKeyId> {
  const trimmed = id.trim();
  if (trimmed.length < 16 || trimmed.length > 128) {
    return err(
      `An access key ID has 16 to 128 characters (usually 20); this has ${trimmed.length}.`,
    );
  }
  if (!/^[A-Z0-9]+$/.test(trimmed)) {
    return err('An access key ID has only capital letters and digits.');
  }
  const prefix = trimmed.slice(0, 4);
  if (!isUniqueIdPrefix(prefix)) {
    return err(
      `"${prefix}" is not a prefix AWS uses for IDs (${Object.keys(UNIQUE_ID_PREFIXES).join(', ')}).`,
    );
  }
  const kind = UNIQUE_ID_PREFIXES[prefix];
  const z = leading48Bits(trimmed.slice(4, 14));
  if (z === undefined) {
    return ok({
      prefix,
      kind,
      accountNote: 'The ID is not base32 after its prefix, so it names no account.',
    });
  }
  if ((z & 0x800000000000n) === 0n) {
    return ok({
      prefix,
      kind,
      accountNote:
        'The ID uses the older layout, which does not carry the account; ask STS (GetAccessKeyInfo).',
    });
  }
  const account = (z & ACCOUNT_MASK) >> 7n;
  if (account > MAX_ACCOUNT) {
    return ok({
      prefix,
      kind,
      accountNote: 'The bits for the account do not form a 12-digit account ID.',
    });
  }
  return ok({ prefix, kind, account: account.toString().padStart(12, '0') });
}

/**
 * Builds an ID in the current layout for an account; randomBytes fill the rest.
 * @internal For tests and fixtures only (knip's production check ignores it).
 */
export function encodeAccessKeyId(
  prefix: UniqueIdPrefix,
  account: string,
  randomBytes: Uint8Array,
): string {
  if (!/^\d{12}$/.test(account)) throw new RangeError('account must be 12 digits');
  const bytes = new Uint8Array(10);
  bytes.set(randomBytes.subarray(0, 10));
  let z = 0n;
  for (let i = 0; i < 6; i++) z = (z << 8n) | BigInt(bytes[i] ?? 0);
  z = 0x800000000000n | (BigInt(account) << 7n) | (z & 0x7fn);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = Number(z & 0xffn);
    z >>= 8n;
  }
  return prefix + encodeBase32(bytes);
}

function isUniqueIdPrefix(prefix: string): prefix is UniqueIdPrefix {
  return Object.hasOwn(UNIQUE_ID_PREFIXES, prefix);
}

/** The first 48 bits of the base32 text (needs at least 10 characters). */
function leading48Bits(text: string): bigint | undefined {
  if (text.length < 10) return undefined;
  let value = 0n;
  for (const char of text) {
    const digit = BASE32.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 5n) | BigInt(digit);
  }
  // 10 characters carry 50 bits; the first 48 are the six leading bytes.
  return value >> 2n;
}

function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32.charAt((buffer >> bits) & 31);
    }
  }
  if (bits > 0) out += BASE32.charAt((buffer << (5 - bits)) & 31);
  return out;
}
