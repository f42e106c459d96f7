import { encodeBase64, encodeUtf8 } from './base64.ts';

/** base64url without padding, as JWTs use it (test fixtures only). */
export function b64url(text: string): string {
  return encodeBase64(encodeUtf8(text)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned-looking compact JWT from a header and claims (test fixtures only). */
export function makeJwt(header: object, claims: object, signature = 'c2lnbmF0dXJl'): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${signature}`;
}
