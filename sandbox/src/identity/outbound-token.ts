// GetWebIdentityToken: JWTs the sandbox signs about the caller, as AWS outbound identity
// federation does. Claims mirror the IAM User Guide ("Understanding token claims"): standard
// iss, aud, sub (the caller's ARN), iat, exp, jti, and AWS claims nested under the
// "https://sts.amazonaws.com/" namespace (aws_account, source_region, principal_tags,
// request_tags). AWS serves discovery at <issuer>/.well-known/openid-configuration and the keys at
// <issuer>/.well-known/jwks.json; we do the same (suggested issuer: <sandbox>/outbound).
// Additions to the brief's contract: optional `region` (default us-east-1) and `principalTags`.
import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { outboundSigningJwk, toPublicJwk, type SigningJwk } from './demo-keys.ts';

export type OutboundAlgorithm = 'RS256' | 'ES384';

export interface SignOutboundTokenOptions {
  /** e.g. http://127.0.0.1:5174/outbound */
  issuer: string;
  /** The caller's ARN. */
  subject: string;
  audience: string[];
  algorithm: OutboundAlgorithm;
  ttlSeconds: number;
  /** Request tags (GetWebIdentityToken Tags) → custom claims under request_tags. */
  tags?: Record<string, string>;
  nowSeconds: number;
  /** Defaults to us-east-1. */
  region?: string;
  principalTags?: Record<string, string>;
}

/** The namespace AWS nests its own claims under. */
export const awsClaimsNamespace = 'https://sts.amazonaws.com/';

function accountOf(arn: string): string | undefined {
  return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}

function nonEmpty(record: Record<string, string> | undefined): Record<string, string> | undefined {
  return record && Object.keys(record).length > 0 ? { ...record } : undefined;
}

/** Signs an outbound web identity token with the sandbox's RS256 or ES384 key. */
export async function signOutboundToken(
  opts: SignOutboundTokenOptions,
): Promise<{ token: string; expiration: Date }> {
  const jwk = outboundSigningJwk(opts.algorithm);
  const key = await importJWK(jwk, opts.algorithm);
  const exp = opts.nowSeconds + opts.ttlSeconds;
  const requestTags = nonEmpty(opts.tags);
  const principalTags = nonEmpty(opts.principalTags);
  const awsClaims = {
    aws_account: accountOf(opts.subject),
    source_region: opts.region ?? 'us-east-1',
    ...(principalTags ? { principal_tags: principalTags } : {}),
    ...(requestTags ? { request_tags: requestTags } : {}),
  };
  const audience = opts.audience.length === 1 ? (opts.audience[0] ?? '') : opts.audience;
  const token = await new SignJWT({ [awsClaimsNamespace]: awsClaims })
    .setProtectedHeader({ alg: opts.algorithm, kid: jwk.kid, typ: 'JWT' })
    .setIssuer(opts.issuer)
    .setSubject(opts.subject)
    .setAudience(audience)
    .setIssuedAt(opts.nowSeconds)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(key);
  return { token, expiration: new Date(exp * 1000) };
}

/** The OpenID discovery document served at <issuer>/.well-known/openid-configuration. */
export function outboundDiscoveryDocument(issuer: string): Record<string, unknown> {
  const base = issuer.replace(/\/+$/, '');
  return {
    issuer: base,
    jwks_uri: `${base}/.well-known/jwks.json`,
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256', 'ES384'],
    scopes_supported: ['openid'],
    claims_supported: ['aud', 'exp', 'iat', 'iss', 'jti', 'sub', awsClaimsNamespace],
  };
}

/** The public keys of both outbound signing keys, as a JWKS. */
export function outboundJwks(): { keys: SigningJwk[] } {
  return {
    keys: [toPublicJwk(outboundSigningJwk('RS256')), toPublicJwk(outboundSigningJwk('ES384'))],
  };
}
