import { jwtAudiences, type DecodedJwt } from './jwt.ts';
import { ownField, type JsonObject } from './json-object.ts';

/** What can be wrong with a token before it is sent (the signature is never checked here). */
export type JwtWarningKind =
  | 'expired'
  | 'not-yet-valid'
  | 'no-exp'
  | 'bad-time-claim'
  | 'alg-none'
  | 'alg-unsupported'
  | 'audience'
  | 'no-issuer'
  | 'issuer-not-https'
  | 'jku-x5u';

/** One warning with a sentence a person understands. */
export interface JwtWarning {
  kind: JwtWarningKind;
  message: string;
}

/** Algorithms STS accepts for AssumeRoleWithWebIdentity (API reference, WebIdentityToken). */
export const STS_JWT_ALGORITHMS: readonly string[] = [
  'RS256',
  'RS384',
  'RS512',
  'ES256',
  'ES384',
  'ES512',
];

/** The token's times as dates (only for numeric claims a Date can hold). */
export interface JwtTimes {
  issuedAt?: Date;
  notBefore?: Date;
  expiresAt?: Date;
}

/** Reads iat, nbf and exp (NumericDate seconds) as Dates; non-numeric values are left out. */
export function jwtTimes(claims: JsonObject): JwtTimes {
  const times: JwtTimes = {};
  const iat = numericDate(claims, 'iat');
  const nbf = numericDate(claims, 'nbf');
  const exp = numericDate(claims, 'exp');
  if (iat !== undefined) times.issuedAt = new Date(iat * 1000);
  if (nbf !== undefined) times.notBefore = new Date(nbf * 1000);
  if (exp !== undefined) times.expiresAt = new Date(exp * 1000);
  return times;
}

/** Lists what STS or a trust policy would likely reject, at the given time (seconds since the epoch). */
export function jwtWarnings(
  decoded: DecodedJwt,
  nowSeconds: number,
  opts?: { expectedAudiences?: readonly string[] },
): JwtWarning[] {
  const warnings: JwtWarning[] = [];
  const { header, claims } = decoded;
  const alg = ownField(header, 'alg');
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    warnings.push({
      kind: 'alg-none',
      message: 'The token is unsigned (alg "none"); STS rejects unsigned tokens.',
    });
  } else if (typeof alg !== 'string' || !STS_JWT_ALGORITHMS.includes(alg)) {
    warnings.push({
      kind: 'alg-unsupported',
      message: `The signing algorithm ${typeof alg === 'string' ? `"${alg}"` : '(missing)'} is not one STS accepts (${STS_JWT_ALGORITHMS.join(', ')}).`,
    });
  }
  for (const name of ['jku', 'x5u'] as const) {
    const value = ownField(header, name);
    if (value !== undefined) {
      warnings.push({
        kind: 'jku-x5u',
        message: `The header names a key URL (${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}). It is shown, not fetched; STS uses the keys of the issuer it trusts, never this URL.`,
      });
    }
  }
  warnings.push(...timeWarnings(claims, nowSeconds));
  warnings.push(...issuerWarnings(claims));
  warnings.push(...audienceWarnings(claims, opts?.expectedAudiences));
  return warnings;
}

function timeWarnings(claims: JsonObject, now: number): JwtWarning[] {
  const warnings: JwtWarning[] = [];
  for (const name of ['exp', 'nbf', 'iat'] as const) {
    const raw = ownField(claims, name);
    if (raw !== undefined && numericDate(claims, name) === undefined) {
      warnings.push({
        kind: 'bad-time-claim',
        message: `The "${name}" claim is not a number of seconds since 1970, so STS cannot read it.`,
      });
    }
  }
  const exp = numericDate(claims, 'exp');
  const nbf = numericDate(claims, 'nbf');
  if (ownField(claims, 'exp') === undefined) {
    warnings.push({ kind: 'no-exp', message: 'The token has no expiry (exp); STS requires one.' });
  } else if (exp !== undefined && exp <= now) {
    warnings.push({
      kind: 'expired',
      message: `The token expired ${describeSpan(now - exp)} ago; get a fresh one from the identity provider.`,
    });
  }
  if (nbf !== undefined && nbf > now) {
    warnings.push({
      kind: 'not-yet-valid',
      message: `The token is not valid for another ${describeSpan(nbf - now)} (nbf); check the clocks.`,
    });
  }
  return warnings;
}

function issuerWarnings(claims: JsonObject): JwtWarning[] {
  const iss = ownField(claims, 'iss');
  if (typeof iss !== 'string' || iss === '') {
    return [
      { kind: 'no-issuer', message: 'The token has no issuer (iss), so no role can trust it.' },
    ];
  }
  if (!iss.startsWith('https://') && iss !== 'accounts.google.com') {
    return [
      {
        kind: 'issuer-not-https',
        message: `The issuer "${iss}" is not an https:// URL; IAM OIDC providers are https only.`,
      },
    ];
  }
  return [];
}

function audienceWarnings(claims: JsonObject, expected?: readonly string[]): JwtWarning[] {
  const audiences = jwtAudiences(claims);
  if (audiences.length === 0) {
    return [
      {
        kind: 'audience',
        message: 'The token has no audience (aud); a role trusts tokens for specific client IDs.',
      },
    ];
  }
  if (
    expected !== undefined &&
    expected.length > 0 &&
    !audiences.some((a) => expected.includes(a))
  ) {
    return [
      {
        kind: 'audience',
        message: `The token is for ${audiences.map((a) => `"${a}"`).join(', ')}, not a client ID the role is known to trust (${expected.map((a) => `"${a}"`).join(', ')}).`,
      },
    ];
  }
  return [];
}

function numericDate(claims: JsonObject, name: string): number | undefined {
  const value = ownField(claims, name);
  // A Date holds ±8.64e15 ms; larger claims cannot be shown as dates.
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 8.64e12) {
    return undefined;
  }
  return value;
}

function describeSpan(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return `${s} second${s === 1 ? '' : 's'}`;
  if (s < 7200) return `${Math.round(s / 60)} minutes`;
  if (s < 172_800) return `${Math.round(s / 3600)} hours`;
  return `${Math.round(s / 86_400)} days`;
}
