/**
 * Heuristics for "this value looks like a credential or a token". A share link is refused when
 * any of its values matches: a false positive costs a link, a false negative puts a secret in
 * the address bar, the history and every server log the link passes through.
 */

/** Shapes recognised anywhere in a value. */
const SECRET_PATTERNS = [
  /eyJ[\w-]{4,}\.[\w-]{4,}/, // JWT (header starting `{"`)
  /\b(AKIA|ASIA)[A-Z2-7]{12,}\b/, // access key ID
  /[A-Za-z0-9+/]{200,}/, // long base64 (assertions, session tokens)
  /IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz/, // the prefixes of AWS session tokens
  /PHNhbWxw|PHNhbWwy|<saml/i, // SAML
];

const BASE64_CLASS = /^[A-Za-z0-9+/]+$/;
const NOT_BASE64 = /[^A-Za-z0-9+/]+/;
const NOT_TOKEN = /[^A-Za-z0-9_\-+/=.]+/;

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * An AWS secret access key: a run of exactly 40 base64 characters mixing upper and lower case
 * with digits or `+`/`/`, as random as random keys are (100,000 random keys never fell below
 * 4.1 bits per character; English-like names sit around 4.2, so some of them are refused too).
 */
function isSecretAccessKey(run: string): boolean {
  return (
    run.length === 40 &&
    BASE64_CLASS.test(run) &&
    /[A-Z]/.test(run) &&
    /[a-z]/.test(run) &&
    /[0-9+/]/.test(run) &&
    entropy(run) >= 4
  );
}

/** Decodes base64url (or base64) to text; undefined when it is not base64. */
function decodeBase64Segment(segment: string): string | undefined {
  const standard = segment.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (standard.length === 0 || standard.length % 4 === 1 || !BASE64_CLASS.test(standard)) {
    return undefined;
  }
  try {
    return atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** Whether a segment is a JOSE header: base64 of a JSON object with a string `alg`. */
function isJoseHeader(segment: string): boolean {
  // A header is short; decoding megabytes to find out is not worth it.
  if (segment.length < 8 || segment.length > 4096) return false;
  const text = decodeBase64Segment(segment);
  if (text === undefined || !text.trimStart().startsWith('{')) return false;
  try {
    const header: unknown = JSON.parse(text);
    return (
      typeof header === 'object' &&
      header !== null &&
      typeof (header as Record<string, unknown>).alg === 'string'
    );
  } catch {
    return false;
  }
}

/** A JWS/JWE in compact form, whatever its header's first bytes: `header.x.y[...]`. */
function containsCompactJose(value: string): boolean {
  for (const token of value.split(NOT_TOKEN)) {
    const segments = token.split('.');
    for (let i = 0; i + 2 < segments.length; i++) {
      if (isJoseHeader(segments[i] ?? '')) return true;
    }
  }
  return false;
}

function matchesAnyShape(value: string): boolean {
  return (
    SECRET_PATTERNS.some((p) => p.test(value)) ||
    value.split(NOT_BASE64).some(isSecretAccessKey) ||
    containsCompactJose(value)
  );
}

/** Decodes percent-escapes once more (a link encoded twice); undefined when there are none. */
function decodedAgain(value: string): string | undefined {
  if (!value.includes('%')) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Pure: whether a (decoded) value looks like a secret: a JWT or JWE, an access key ID, a secret
 * access key, a session token, a SAML assertion. Also checks the value with spaces read back as
 * `+` (an unencoded `+` in a query string decodes to a space) and percent-decoded once more.
 */
export function looksLikeSecret(value: string): boolean {
  const variants = [value];
  if (value.includes(' ')) variants.push(value.replace(/ /g, '+'));
  const again = decodedAgain(value);
  if (again !== undefined) variants.push(again, again.replace(/ /g, '+'));
  return variants.some(matchesAnyShape);
}
