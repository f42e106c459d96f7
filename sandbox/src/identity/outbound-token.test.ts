import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  awsClaimsNamespace,
  outboundDiscoveryDocument,
  outboundJwks,
  signOutboundToken,
} from './outbound-token.ts';

const issuer = 'http://127.0.0.1:5174/outbound';
const subject = 'arn:aws:iam::111122223333:role/Admin';
const now = Math.floor(Date.now() / 1000);
const keySet = createLocalJWKSet(outboundJwks());

describe('outbound web identity tokens', () => {
  it.each(['RS256', 'ES384'] as const)(
    '%s tokens verify against the published JWKS',
    async (algorithm) => {
      const { token, expiration } = await signOutboundToken({
        issuer,
        subject,
        audience: ['https://api.example.com'],
        algorithm,
        ttlSeconds: 300,
        tags: { team: 'data' },
        nowSeconds: now,
      });
      expect(expiration.getTime()).toBe((now + 300) * 1000);
      expect(decodeProtectedHeader(token)).toMatchObject({ alg: algorithm, typ: 'JWT' });
      const { payload } = await jwtVerify(token, keySet, {
        issuer,
        audience: 'https://api.example.com',
        algorithms: [algorithm],
      });
      expect(payload).toMatchObject({
        sub: subject,
        aud: 'https://api.example.com',
        iat: now,
        exp: now + 300,
        [awsClaimsNamespace]: {
          aws_account: '111122223333',
          source_region: 'us-east-1',
          request_tags: { team: 'data' },
        },
      });
      expect(typeof payload.jti).toBe('string');
    },
  );

  it('lists several audiences as an array and omits empty tags', async () => {
    const { token } = await signOutboundToken({
      issuer,
      subject,
      audience: ['a', 'b'],
      algorithm: 'RS256',
      ttlSeconds: 60,
      tags: {},
      nowSeconds: now,
    });
    const { payload } = await jwtVerify(token, keySet, { audience: 'b' });
    expect(payload.aud).toEqual(['a', 'b']);
    expect(payload[awsClaimsNamespace]).not.toHaveProperty('request_tags');
  });

  it('publishes public keys only, with distinct kids', () => {
    const { keys } = outboundJwks();
    expect(keys.map((key) => [key.kty, key.alg])).toEqual([
      ['RSA', 'RS256'],
      ['EC', 'ES384'],
    ]);
    expect(new Set(keys.map((key) => key.kid)).size).toBe(2);
    for (const key of keys) expect(key).not.toHaveProperty('d');
  });

  it('points discovery at the JWKS under the issuer', () => {
    expect(outboundDiscoveryDocument(`${issuer}/`)).toMatchObject({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['RS256', 'ES384'],
    });
  });
});
