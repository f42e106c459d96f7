import { err, ok, type Result } from '../result.ts';

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP: readonly number[] = (() => {
  const table = new Array<number>(128).fill(-1);
  for (let i = 0; i < STANDARD.length; i++) table[STANDARD.charCodeAt(i)] = i;
  // base64url shares the table: '-' is '+', '_' is '/'.
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/** Decodes standard or URL-safe base64 (padding optional, no whitespace) to bytes. */
export function decodeBase64(text: string): Result<Uint8Array> {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  if (text.length - end > 2) return err('It has too much "=" padding to be base64.');
  if (end % 4 === 1)
    return err('Its length does not fit base64 (one character too many or too few).');
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (LOOKUP[code] ?? -1) : -1;
    if (value < 0) {
      return err(
        `It contains "${text.charAt(i)}" at position ${i + 1}, which is not a base64 character.`,
      );
    }
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return ok(bytes.subarray(0, out));
}

/** Encodes bytes as standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += STANDARD.charAt((n >> 18) & 63) + STANDARD.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? STANDARD.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? STANDARD.charAt(n & 63) : '=';
  }
  return out;
}

/** Decodes bytes as strict UTF-8 (invalid sequences are an error, a leading BOM is dropped). */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return err('It is not valid UTF-8 text.');
  }
}

/** Encodes text as UTF-8 bytes. */
export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
