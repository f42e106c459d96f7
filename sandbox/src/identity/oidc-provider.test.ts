import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebIdentityToken } from './verify-web-identity-token.ts';
import {
  Browser,
  formActionFor,
  pkcePair,
  startProviderServer,
  type RunningProvider,
} from './oidc-test-client.ts';

const consoleOrigin = 'http://127.0.0.1:5173';
let idp: RunningProvider;

beforeAll(async () => {
  idp = await startProviderServer([consoleOrigin]);
});
afterAll(async () => {
  await idp.stop();
});

function authorizeUrl(params: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: 'sts-console',
    response_type: 'code',
    scope: 'openid email',
    redirect_uri: `${consoleOrigin}/callback`,
    state: 'state-123',
    nonce: 'nonce-456',
    ...params,
  });
  return `${idp.issuer}/auth?${query.toString()}`;
}

async function openLoginPage(browser: Browser, challenge: string): Promise<string> {
  const { response } = await browser.follow(
    authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256' }),
    idp.origin,
  );
  expect(response.status).toBe(200);
  return response.text();
}

describe('sandbox OpenID provider', () => {
  it('publishes discovery with absolute URLs under the /oidc prefix', async () => {
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`, {
      headers: { origin: consoleOrigin },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(consoleOrigin);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      jwks_uri: `${idp.issuer}/jwks`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      id_token_signing_alg_values_supported: expect.arrayContaining(['RS256']) as unknown,
    });
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'email']));
  });

  it('publishes the committed signing key as a public JWKS', async () => {
    const response = await fetch(`${idp.issuer}/jwks`);
    const jwks = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', kid: 'sandbox-oidc-rs256-1', alg: 'RS256' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('signs in with authorization code + PKCE and issues a verifiable ID token', async () => {
    const browser = new Browser();
    const { verifier, challenge } = pkcePair();
    const page = await openLoginPage(browser, challenge);
    expect(page).toContain('<label for="username">Username</label>');
    expect(page).not.toMatch(/<script|https?:\/\//);
    const loginAction = formActionFor(page, 'Sign in');
    expect(loginAction).toBeDefined();

    const { url: callback } = await browser.follow(
      new URL(loginAction!, idp.origin).href,
      idp.origin,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'username=alice',
      },
    );
    const returned = new URL(callback);
    expect(`${returned.origin}${returned.pathname}`).toBe(`${consoleOrigin}/callback`);
    expect(returned.searchParams.get('state')).toBe('state-123');
    const code = returned.searchParams.get('code');
    expect(code).toBeTruthy();

    const tokenResponse = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: consoleOrigin },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: code!,
        redirect_uri: `${consoleOrigin}/callback`,
        client_id: 'sts-console',
        code_verifier: verifier,
      }),
    });
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('access-control-allow-origin')).toBe(consoleOrigin);
    const tokens = (await tokenResponse.json()) as { id_token: string; access_token: string };

    const jwks = (await (await fetch(`${idp.issuer}/jwks`)).json()) as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token, createLocalJWKSet(jwks), {
      issuer: idp.issuer,
      audience: 'sts-console',
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ sub: 'alice', email: 'alice@example.com', nonce: 'nonce-456' });

    const verified = await verifyWebIdentityToken(tokens.id_token, {
      providers: [{ url: idp.issuer, clientIds: ['sts-console'] }],
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    expect(verified).toMatchObject({
      ok: true,
      value: { subject: 'alice', audience: 'sts-console' },
    });
  });

  it('rejects a code exchange without the right code_verifier', async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const page = await openLoginPage(browser, challenge);
    const { url: callback } = await browser.follow(
      new URL(formActionFor(page, 'Sign in')!, idp.origin).href,
      idp.origin,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'username=bob',
      },
    );
    const code = new URL(callback).searchParams.get('code')!;
    const response = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: `${consoleOrigin}/callback`,
        client_id: 'sts-console',
        code_verifier: pkcePair().verifier,
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('requires PKCE', async () => {
    const { url } = await new Browser().follow(authorizeUrl({}), idp.origin);
    const returned = new URL(url);
    expect(returned.origin).toBe(consoleOrigin);
    expect(returned.searchParams.get('error')).toBe('invalid_request');
  });

  it('returns error=access_denied to the redirect URI when the user denies', async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, pkcePair().challenge);
    const denyAction = formActionFor(page, 'Deny');
    expect(denyAction).toBeDefined();
    const { url } = await browser.follow(new URL(denyAction!, idp.origin).href, idp.origin, {
      method: 'POST',
    });
    const returned = new URL(url);
    expect(`${returned.origin}${returned.pathname}`).toBe(`${consoleOrigin}/callback`);
    expect(returned.searchParams.get('error')).toBe('access_denied');
    expect(returned.searchParams.get('state')).toBe('state-123');
  });

  it('answers CORS preflights on the token endpoint for the console origin', async () => {
    const response = await fetch(`${idp.issuer}/token`, {
      method: 'OPTIONS',
      headers: {
        origin: consoleOrigin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(consoleOrigin);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('refuses token requests from an origin that is not the console', async () => {
    const response = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://evil.example',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'whatever',
        redirect_uri: `${consoleOrigin}/callback`,
        client_id: 'sts-console',
        code_verifier: pkcePair().verifier,
      }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('re-shows the sign-in page with an alert for an invalid username', async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, pkcePair().challenge);
    const response = await browser.request(
      new URL(formActionFor(page, 'Sign in')!, idp.origin).href,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'username=%3Cscript%3E',
      },
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('<script>');
  });
});
