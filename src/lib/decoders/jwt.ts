import { decodeBase64, decodeUtf8 } from './base64.ts';
import { ownField, parseJsonObject, type JsonObject } from './json-object.ts';
import { err, ok, type Result } from '../result.ts';

/** STS accepts web identity tokens up to this many characters (model: clientTokenType). */
export const JWT_MAX_LENGTH = 20_000;

/** A JWT split and decoded, without any claim about its signature (never verified here). */
export interface DecodedJwt {
  header: JsonObject;
  claims: JsonObject;
  /** The third part exactly as given (base64url); empty for unsecured tokens. */
  signatureB64: string;
  /** The three dot-separated parts as given, after trimming the whole token. */
  parts: readonly [string, string, string];
}

const PART_NAMES = ['header', 'claims (payload)', 'signature'] as const;

/** Decodes a compact JWT (header.claims.signature) into its JSON header and claims. */
export function decodeJwt(token: string): Result<DecodedJwt> {
  const trimmed = token.trim();
  if (trimmed.length === 0) return err('The token is empty.');
  if (trimmed.length > JWT_MAX_LENGTH) {
    return err(
      `The token has ${trimmed.length.toLocaleString('en-US')} characters; STS accepts at most ${JWT_MAX_LENGTH.toLocaleString('en-US')}.`,
    );
  }
  const parts = trimmed.split('.');
  if (parts.length === 5) {
    return err(
      'This is an encrypted token (JWE, five parts); only signed tokens (JWS, three parts) can be read.',
    );
  }
  if (parts.length !== 3) {
    return err(
      `A JWT has three parts separated by dots; this has ${parts.length === 1 ? 'no dots' : String(parts.length)}.`,
    );
  }
  const [headerPart = '', claimsPart = '', signaturePart = ''] = parts;
  const header = decodePart(headerPart, 0);
  if (!header.ok) return header;
  const claims = decodePart(claimsPart, 1);
  if (!claims.ok) return claims;
  if (signaturePart !== '') {
    const signature = decodeBase64(signaturePart);
    if (!signature.ok) return err(`The signature is not base64url: ${signature.error}`);
  }
  return ok({
    header: header.value,
    claims: claims.value,
    signatureB64: signaturePart,
    parts: [headerPart, claimsPart, signaturePart],
  });
}

function decodePart(part: string, index: 0 | 1): Result<JsonObject> {
  const name = PART_NAMES[index];
  if (part === '') return err(`The ${name} part is empty.`);
  const bytes = decodeBase64(part);
  if (!bytes.ok) return err(`The ${name} part is not base64url: ${bytes.error}`);
  const text = decodeUtf8(bytes.value);
  if (!text.ok) return err(`The ${name} part: ${text.error}`);
  const json = parseJsonObject(text.value);
  if (!json.ok) return err(`The ${name} part: ${json.error}`);
  return json;
}

/** The audiences of a token (aud as a string or a list of strings). */
export function jwtAudiences(claims: JsonObject): string[] {
  const aud = ownField(claims, 'aud');
  if (typeof aud === 'string') return [aud];
  if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === 'string');
  return [];
}
