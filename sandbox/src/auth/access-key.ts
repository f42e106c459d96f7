/**
 * AWS access key IDs (and unique IDs such as AROA…/AIDA…): a 4-character prefix, then 16 base32
 * characters (A–Z2–7) encoding 10 bytes. The first 6 bytes, read as a big-endian integer z, say
 * which layout the ID uses: with z's top bit set (the current layout, keys since about 2019: the
 * first character after the prefix is Q–Z or 2–7), account = (z & 0x7fffffffff80) >> 7. With the
 * top bit clear (the older layout) the ID carries no account at all, whatever its other bits say.
 */
import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../lib/result.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ACCOUNT_MASK = 0x7fffffffff80n;

/** Base32 (RFC 4648, no padding) of a byte string. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/** Decodes unpadded base32; rejects characters outside A–Z2–7. */
export function base32Decode(text: string): Result<Uint8Array, string> {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return err(`not a base32 character: ${char}`);
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return ok(Uint8Array.from(out));
}

/** Makes a key ID for an account: prefix (AKIA, ASIA, AROA, AIDA…) + 16 base32 characters. */
export function encodeAccessKeyId(prefix: string, accountId: string, filler?: Uint8Array): string {
  if (!/^[A-Z0-9]{4}$/.test(prefix)) throw new Error(`bad key prefix: ${prefix}`);
  if (!/^\d{12}$/.test(accountId)) throw new Error(`bad account id: ${accountId}`);
  const noise = filler ?? randomBytes(5);
  const bytes = new Uint8Array(10);
  const first = noise[0] ?? 0;
  // The top bit marks the current layout (keys since about 2019: AKIAQ… to AKIA7…); without it
  // the ID reads as the older layout, which carries no account.
  const z = (1n << 47n) | (BigInt(accountId) << 7n) | BigInt(first & 0x7f);
  for (let i = 0; i < 6; i++) bytes[i] = Number((z >> BigInt(8 * (5 - i))) & 0xffn);
  for (let i = 0; i < 4; i++) bytes[6 + i] = noise[1 + i] ?? 0;
  return prefix + base32Encode(bytes);
}

/** What a key ID says about its account, by its layout. */
export type KeyIdAccount = { layout: 'current'; account: string } | { layout: 'older' };

const CURRENT_LAYOUT_BIT = 1n << 47n;
const MAX_ACCOUNT = 999_999_999_999n;

/** Reads the account out of a key ID, offline: only the current layout carries one. */
export function readKeyIdAccount(keyId: string): Result<KeyIdAccount, string> {
  if (!/^[A-Z0-9]{4}[A-Z2-7]{16}$/.test(keyId)) {
    return err('an access key ID is 4 prefix characters and 16 base32 characters');
  }
  const decoded = base32Decode(keyId.slice(4));
  if (!decoded.ok) return decoded;
  let z = 0n;
  for (const byte of decoded.value.slice(0, 6)) z = (z << 8n) | BigInt(byte);
  if ((z & CURRENT_LAYOUT_BIT) === 0n) return ok({ layout: 'older' });
  const account = (z & ACCOUNT_MASK) >> 7n;
  if (account > MAX_ACCOUNT) return err('its account bits do not form a 12-digit account ID');
  return ok({ layout: 'current', account: account.toString().padStart(12, '0') });
}
