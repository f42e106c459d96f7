// Fetches an issuer's OpenID discovery document and its JWKS over real HTTP, the way STS does for
// AssumeRoleWithWebIdentity, and caches the key set per process for a short time.
import type { JSONWebKeySet } from 'jose';
import { err, ok, type Result } from '../lib/result.ts';

const cacheTtlMs = 60_000;
const fetchTimeoutMs = 5_000;
const cache = new Map<string, { keys: JSONWebKeySet; fetchedAtMs: number }>();

/** Why a key set could not be had: the IdP did not answer usefully. */
export interface KeyFetchFailure {
  url: string;
  reason: string;
}

/** Forgets every cached key set (tests, key rotation). */
export function clearWebIdentityKeyCache(): void {
  cache.clear();
}

async function fetchJson(url: string): Promise<Result<unknown, KeyFetchFailure>> {
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(fetchTimeoutMs),
    });
    if (!response.ok) return err({ url, reason: `HTTP ${response.status}` });
    const body: unknown = await response.json();
    return ok(body);
  } catch (error) {
    return err({ url, reason: error instanceof Error ? error.message : 'request failed' });
  }
}

function isKeySet(value: unknown): value is JSONWebKeySet {
  if (typeof value !== 'object' || value === null || !('keys' in value)) return false;
  const { keys } = value;
  return Array.isArray(keys) && keys.every((key) => typeof key === 'object' && key !== null);
}

/** The discovery URL STS derives from a token's iss. */
export function discoveryUrlFor(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/** The issuer's JWKS, from cache when fresh, else via discovery → jwks_uri. */
export async function fetchIssuerKeys(
  issuer: string,
  opts: { forceRefresh?: boolean } = {},
): Promise<Result<JSONWebKeySet, KeyFetchFailure>> {
  const cached = cache.get(issuer);
  if (cached && !opts.forceRefresh && Date.now() - cached.fetchedAtMs < cacheTtlMs) {
    return ok(cached.keys);
  }
  const discoveryUrl = discoveryUrlFor(issuer);
  const discovery = await fetchJson(discoveryUrl);
  if (!discovery.ok) return discovery;
  const document = discovery.value;
  const jwksUri =
    typeof document === 'object' && document !== null && 'jwks_uri' in document
      ? document.jwks_uri
      : undefined;
  if (typeof jwksUri !== 'string') {
    return err({ url: discoveryUrl, reason: 'discovery document has no jwks_uri' });
  }
  const jwks = await fetchJson(jwksUri);
  if (!jwks.ok) return jwks;
  if (!isKeySet(jwks.value)) return err({ url: jwksUri, reason: 'not a JWK set' });
  cache.set(issuer, { keys: jwks.value, fetchedAtMs: Date.now() });
  return ok(jwks.value);
}
