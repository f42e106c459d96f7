// Mints an ID token exactly as the sandbox's OpenID provider would (same key, same kid, same claim
// shape), for the CLI's `token` command and for tests. Verifies against the provider's JWKS.
import { importJWK, SignJWT } from 'jose';
import { oidcSigningJwk } from './demo-keys.ts';

export interface MintIdTokenOptions {
  /** The provider's issuer, e.g. http://127.0.0.1:5174/oidc. */
  issuer: string;
  /** Defaults to "demo-user". */
  sub?: string;
  /** Defaults to "sts-console". */
  aud?: string;
  /** Defaults to "demo@example.com". */
  email?: string;
  /** Defaults to 3600; a negative value gives an already expired token. */
  ttlSeconds?: number;
  /** Defaults to the current time. */
  nowSeconds?: number;
}

/** Signs an RS256 ID token with the sandbox provider's own key. */
export async function mintIdToken(opts: MintIdTokenOptions): Promise<string> {
  const jwk = oidcSigningJwk();
  const key = await importJWK(jwk, 'RS256');
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  const ttl = opts.ttlSeconds ?? 3600;
  // A negative ttl means "expired": issued long enough ago that exp lies |ttl| seconds in the past.
  const issuedAt = ttl >= 0 ? now : now + ttl - 3600;
  return new SignJWT({
    email: opts.email ?? 'demo@example.com',
    email_verified: true,
    auth_time: issuedAt,
    amr: ['pwd'],
  })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' })
    .setIssuer(opts.issuer)
    .setSubject(opts.sub ?? 'demo-user')
    .setAudience(opts.aud ?? 'sts-console')
    .setIssuedAt(issuedAt)
    .setExpirationTime(now + ttl)
    .sign(key);
}
