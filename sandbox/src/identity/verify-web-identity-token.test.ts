import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { oidcSigningJwk } from './demo-keys.ts';
import { mintIdToken } from './id-token.ts';
import { clearWebIdentityKeyCache } from './oidc-key-fetcher.ts';
import { startProviderServer, type RunningProvider } from './oidc-test-client.ts';
import {
  oidcProviderArn,
  oidcProviderName,
  verifyWebIdentityToken,
} from './verify-web-identity-token.ts';

const now = Math.floor(Date.now() / 1000);
let idp: RunningProvider;
const servers: Server[] = [];

/** An IdP that serves discovery and the given JWKS. */
async function startStaticIdp(keys: JWK[]): Promise<string> {
  const server = createServer((req, res) => {
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/idp`;
    if (req.url === '/idp/.well-known/openid-configuration') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys` }));
    } else if (req.url === '/idp/keys') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys }));
    } else {
      res.writeHead(404).end();
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/idp`;
}

async function signWithSandboxKey(claims: Record<string, unknown>): Promise<string> {
  const jwk = oidcSigningJwk();
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
    .sign(await importJWK(jwk, 'RS256'));
}

const trusting = (url: string, clientIds = ['sts-console']) => ({
  providers: [{ url, clientIds }],
  nowSeconds: now,
});

beforeAll(async () => {
  idp = await startProviderServer(['http://127.0.0.1:5173']);
});
afterAll(async () => {
  await idp.stop();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});
beforeEach(() => {
  clearWebIdentityKeyCache();
});

describe('verifyWebIdentityToken', () => {
  it('accepts a minted token against the running provider JWKS', async () => {
    const token = await mintIdToken({ issuer: idp.issuer, nowSeconds: now });
    const result = await verifyWebIdentityToken(token, trusting(idp.issuer));
    expect(result).toEqual({
      ok: true,
      value: {
        issuer: idp.issuer,
        provider: idp.issuer.replace('http://', ''),
        audience: 'sts-console',
        subject: 'demo-user',
        claims: expect.objectContaining({ email: 'demo@example.com', iat: now }) as unknown,
      },
    });
  });

  it('accepts an aud array that contains a registered client ID', async () => {
    const token = await signWithSandboxKey({
      iss: idp.issuer,
      sub: 'x',
      aud: ['other', 'sts-console'],
      iat: now,
      exp: now + 60,
    });
    const result = await verifyWebIdentityToken(token, trusting(idp.issuer));
    expect(result).toMatchObject({ ok: true, value: { audience: 'sts-console' } });
  });

  it('names the unknown issuer as STS does', async () => {
    const token = await mintIdToken({ issuer: idp.issuer, nowSeconds: now });
    const result = await verifyWebIdentityToken(token, trusting('https://other.example'));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'InvalidIdentityToken',
        message: `No OpenIDConnect provider found in your account for ${idp.issuer}`,
        status: 400,
      },
    });
  });

  it('says "Incorrect token audience" for an unregistered aud', async () => {
    const token = await mintIdToken({ issuer: idp.issuer, aud: 'not-registered', nowSeconds: now });
    const result = await verifyWebIdentityToken(token, trusting(idp.issuer));
    expect(result).toMatchObject({ ok: false, error: { message: 'Incorrect token audience' } });
  });

  it('rejects a token without aud', async () => {
    const token = await signWithSandboxKey({ iss: idp.issuer, sub: 'x', iat: now, exp: now + 60 });
    const result = await verifyWebIdentityToken(token, trusting(idp.issuer));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: 'Missing a required claim: aud' },
    });
  });

  it('answers ExpiredTokenException for an expired token', async () => {
    const token = await mintIdToken({ issuer: idp.issuer, ttlSeconds: -60, nowSeconds: now });
    const result = await verifyWebIdentityToken(token, trusting(idp.issuer));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ExpiredTokenException',
        message: `Token expired: current date/time ${now} must be before the expiration date/time ${now - 60}`,
        status: 400,
      },
    });
  });

  it('rejects a token issued in the future', async () => {
    const token = await mintIdToken({ issuer: idp.issuer, nowSeconds: now + 3600 });
    const result = await verifyWebIdentityToken(token, trusting(idp.issuer));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: expect.stringContaining('iat') as unknown },
    });
  });

  it('rejects a token whose nbf lies in the future', async () => {
    const token = await signWithSandboxKey({
      iss: idp.issuer,
      sub: 'x',
      aud: 'sts-console',
      iat: now,
      nbf: now + 600,
      exp: now + 3600,
    });
    const result = await verifyWebIdentityToken(token, trusting(idp.issuer));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: expect.stringContaining('nbf') as unknown },
    });
  });

  it('rejects alg none without contacting the issuer', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
      iss: 'http://127.0.0.1:1/nowhere',
      sub: 'x',
      aud: 'sts-console',
      exp: now + 60,
    };
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
    const result = await verifyWebIdentityToken(token, trusting(claims.iss));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: expect.stringContaining('none') as unknown },
    });
  });

  it('rejects a token whose payload was altered after signing', async () => {
    const token = await mintIdToken({ issuer: idp.issuer, nowSeconds: now });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    const result = await verifyWebIdentityToken(
      `${header}.${forged}.${signature}`,
      trusting(idp.issuer),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: 'The token signature is invalid' },
    });
  });

  it('rejects a token when the issuer publishes a different key under the same kid', async () => {
    const { publicKey } = await generateKeyPair('RS256');
    const impostorKey = {
      ...(await exportJWK(publicKey)),
      kid: oidcSigningJwk().kid,
      alg: 'RS256',
    };
    const issuer = await startStaticIdp([impostorKey]);
    const token = await mintIdToken({ issuer, nowSeconds: now });
    const result = await verifyWebIdentityToken(token, trusting(issuer));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: 'The token signature is invalid' },
    });
  });

  it('reports a missing verification key when no JWKS key matches the kid', async () => {
    const { publicKey } = await generateKeyPair('RS256');
    const issuer = await startStaticIdp([{ ...(await exportJWK(publicKey)), kid: 'other-kid' }]);
    const token = await mintIdToken({ issuer, nowSeconds: now });
    const result = await verifyWebIdentityToken(token, trusting(issuer));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'InvalidIdentityToken',
        message: expect.stringContaining("Couldn't retrieve verification key") as unknown,
      },
    });
  });

  it('answers IDPCommunicationError when the issuer cannot be reached', async () => {
    const issuer = 'http://127.0.0.1:1/oidc';
    const token = await mintIdToken({ issuer, nowSeconds: now });
    const result = await verifyWebIdentityToken(token, trusting(issuer));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'IDPCommunicationError', status: 400 },
    });
  });

  it('rejects something that is not a JWT', async () => {
    const result = await verifyWebIdentityToken('not-a-token', trusting(idp.issuer));
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidIdentityToken' } });
  });
});

describe('OIDC provider names', () => {
  it('drops the scheme and trailing slash, and forms the IAM ARN', () => {
    expect(oidcProviderName('https://token.actions.githubusercontent.com/')).toBe(
      'token.actions.githubusercontent.com',
    );
    expect(oidcProviderArn('111122223333', oidcProviderName('http://127.0.0.1:5174/oidc'))).toBe(
      'arn:aws:iam::111122223333:oidc-provider/127.0.0.1:5174/oidc',
    );
  });
});
