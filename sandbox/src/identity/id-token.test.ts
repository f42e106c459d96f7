import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { oidcSigningJwk, toPublicJwk } from './demo-keys.ts';
import { mintIdToken } from './id-token.ts';

const issuer = 'http://127.0.0.1:5174/oidc';
const now = 1_800_000_000;

async function verify(token: string, at: number) {
  const key = await importJWK(toPublicJwk(oidcSigningJwk()), 'RS256');
  return jwtVerify(token, key, { issuer, currentDate: new Date(at * 1000) });
}

describe('mintIdToken', () => {
  it('signs the default demo identity with the provider key', async () => {
    const token = await mintIdToken({ issuer, nowSeconds: now });
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'RS256',
      kid: 'sandbox-oidc-rs256-1',
      typ: 'JWT',
    });
    const { payload } = await verify(token, now);
    expect(payload).toEqual({
      iss: issuer,
      sub: 'demo-user',
      aud: 'sts-console',
      email: 'demo@example.com',
      email_verified: true,
      iat: now,
      exp: now + 3600,
      auth_time: now,
      amr: ['pwd'],
    });
  });

  it('takes subject, audience, email and ttl', async () => {
    const token = await mintIdToken({
      issuer,
      sub: 'alice',
      aud: 'other-client',
      email: 'alice@example.org',
      ttlSeconds: 120,
      nowSeconds: now,
    });
    const { payload } = await verify(token, now);
    expect(payload).toMatchObject({
      sub: 'alice',
      aud: 'other-client',
      email: 'alice@example.org',
      exp: now + 120,
    });
  });

  it('gives an already expired token for a negative ttl', async () => {
    const token = await mintIdToken({ issuer, ttlSeconds: -30, nowSeconds: now });
    await expect(verify(token, now)).rejects.toThrow(/exp/);
    const { payload } = await verify(token, now - 31);
    expect(payload.exp).toBe(now - 30);
    expect(payload.iat).toBeLessThan(now - 30);
  });
});

describe('toPublicJwk', () => {
  it('keeps no private member', () => {
    const publicJwk = toPublicJwk(oidcSigningJwk());
    expect(Object.keys(publicJwk).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
  });
});
