import { SignJWT, exportJWK, generateKeyPair, type CryptoKey as JoseKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PendingSignIn } from './pending-sign-in.ts';
import { oidcProviderSchema } from './provider-schema.ts';
import { beginSignIn, checkCallback, completeSignIn } from './sign-in-flow.ts';
import { isPopupState, POPUP_STATE_PREFIX } from './popup-message.ts';

const ISSUER = 'https://idp.test/tenant';
const REDIRECT = 'http://127.0.0.1:5173/';
const provider = oidcProviderSchema.parse({
  name: 'Test IdP',
  issuer: ISSUER,
  clientId: 'console',
  audience: 'https://api.test',
});

interface Fake {
  fetch: typeof fetch;
  requests: { url: string; body: string }[];
}

interface FakeOptions {
  nonce?: (sent: string) => string;
  signWith?: 'good' | 'other';
  failUrl?: RegExp;
  tokenStatus?: number;
}

let keys: { good: JoseKey; other: JoseKey; publicJwk: Record<string, unknown> };

beforeAll(async () => {
  const good = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  keys = {
    good: good.privateKey,
    other: other.privateKey,
    publicJwk: { ...(await exportJWK(good.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' },
  };
});

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A tiny authorization server: discovery, JWKS and a token endpoint that mints an ID token. */
function fakeServer(pending: () => PendingSignIn | undefined, options: FakeOptions = {}): Fake {
  const requests: Fake['requests'] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const body = init?.body instanceof URLSearchParams ? init.body.toString() : '';
    requests.push({ url, body });
    if (options.failUrl?.test(url)) throw new TypeError('Failed to fetch');
    if (url === `${ISSUER}/.well-known/openid-configuration`) {
      return json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/auth`,
        token_endpoint: `${ISSUER}/token`,
        jwks_uri: `${ISSUER}/jwks`,
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (url === `${ISSUER}/jwks`) return json({ keys: [keys.publicJwk] });
    if (url === `${ISSUER}/token`) {
      if (options.tokenStatus) {
        return json({ error: 'invalid_grant', error_description: 'code expired' }, 400);
      }
      const sent = pending()?.nonce ?? '';
      const idToken = await new SignJWT({ nonce: options.nonce?.(sent) ?? sent, email: 'a@b.c' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience('console')
        .setSubject('alice')
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(options.signWith === 'other' ? keys.other : keys.good);
      return json({ access_token: 'at', token_type: 'Bearer', id_token: idToken });
    }
    return json({ error: 'not found' }, 404);
  };
  return { fetch: fake, requests };
}

async function begin(fake: Fake) {
  const begun = await beginSignIn(provider, REDIRECT, { fetch: fake.fetch }, 1000);
  if (!begun.ok) throw new Error(JSON.stringify(begun.error));
  return begun.value;
}

function callback(query: Record<string, string>): URLSearchParams {
  return new URLSearchParams(query);
}

describe('beginSignIn', () => {
  it('asks for a code with PKCE S256, state, nonce, scopes and the audience', async () => {
    const { url, pending } = await begin(fakeServer(() => undefined));
    expect(url.origin + url.pathname).toBe(`${ISSUER}/auth`);
    const q = url.searchParams;
    expect(Object.fromEntries(q)).toMatchObject({
      client_id: 'console',
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: 'openid email',
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      audience: 'https://api.test',
    });
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('code_challenge')).not.toBe(pending.codeVerifier);
    expect(url.href).not.toContain(pending.codeVerifier);
    expect(pending).toMatchObject({ provider: 'Test IdP', startedAt: 1000 });
  });

  it('prefixes the state of a pop-up sign-in, so its return page knows it', async () => {
    const fake = fakeServer(() => undefined);
    const begun = await beginSignIn(provider, REDIRECT, {
      fetch: fake.fetch,
      statePrefix: POPUP_STATE_PREFIX,
    });
    if (!begun.ok) throw new Error(JSON.stringify(begun.error));
    const { url, pending } = begun.value;
    expect(isPopupState(pending.state)).toBe(true);
    expect(url.searchParams.get('state')).toBe(pending.state);
    expect(isPopupState((await begin(fake)).pending.state)).toBe(false);
  });

  it('asks for prompt=none only for a silent sign-in', async () => {
    const fake = fakeServer(() => undefined);
    const silent = await beginSignIn(provider, REDIRECT, { fetch: fake.fetch, prompt: 'none' });
    if (!silent.ok) throw new Error(JSON.stringify(silent.error));
    expect(silent.value.url.searchParams.get('prompt')).toBe('none');
    expect((await begin(fake)).url.searchParams.has('prompt')).toBe(false);
  });

  it('explains an unreachable issuer', async () => {
    const fake = fakeServer(() => undefined, { failUrl: /well-known/ });
    const begun = await beginSignIn(provider, REDIRECT, { fetch: fake.fetch });
    expect(begun).toMatchObject({
      ok: false,
      error: { kind: 'discovery-failed', unreachable: true, issuer: ISSUER },
    });
  });
});

describe('checkCallback', () => {
  const pending: PendingSignIn = {
    provider: 'Test IdP',
    codeVerifier: 'v'.repeat(43),
    state: 's'.repeat(43),
    nonce: 'n'.repeat(43),
    startedAt: 0,
  };
  it('refuses a state that is not this tab’s, before looking at anything else', () => {
    expect(checkCallback(callback({ code: 'c', state: 'other' }), pending)).toEqual({
      ok: false,
      error: { kind: 'state-mismatch' },
    });
    expect(checkCallback(callback({ error: 'access_denied' }), pending)).toEqual({
      ok: false,
      error: { kind: 'state-mismatch' },
    });
  });
  it('reports the provider’s error and description', () => {
    const params = callback({
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
      state: pending.state,
    });
    expect(checkCallback(params, pending)).toEqual({
      ok: false,
      error: {
        kind: 'provider-error',
        error: 'access_denied',
        description: 'End-User aborted interaction',
      },
    });
  });
  it('refuses a response without a code', () => {
    expect(checkCallback(callback({ state: pending.state }), pending)).toEqual({
      ok: false,
      error: { kind: 'missing-code' },
    });
  });
});

describe('completeSignIn', () => {
  it('exchanges the code with the verifier and returns the verified ID token', async () => {
    const flow: { pending?: PendingSignIn } = {};
    const fake = fakeServer(() => flow.pending);
    const pending = (flow.pending = (await begin(fake)).pending);
    const done = await completeSignIn(
      provider,
      pending,
      callback({ code: 'the-code', state: pending.state }),
      REDIRECT,
      { fetch: fake.fetch },
    );
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.value.claims).toMatchObject({ sub: 'alice', iss: ISSUER, aud: 'console' });
    expect(done.value.idToken.split('.')).toHaveLength(3);
    const token = fake.requests.find((r) => r.url.endsWith('/token'));
    const body = new URLSearchParams(token?.body);
    expect(body.get('code')).toBe('the-code');
    expect(body.get('code_verifier')).toBe(pending.codeVerifier);
    expect(body.get('redirect_uri')).toBe(REDIRECT);
    expect(body.get('client_id')).toBe('console');
    expect(fake.requests.some((r) => r.url.endsWith('/jwks'))).toBe(true);
  });

  it.each([
    [
      'a nonce that is not this sign-in’s',
      { nonce: () => 'someone-elses-nonce' },
      'nonce-mismatch',
    ],
    ['a signature by another key', { signWith: 'other' as const }, 'signature-invalid'],
    [
      'a token endpoint that refuses cross-origin calls',
      { failUrl: /\/token$/ },
      'token-endpoint-unreachable',
    ],
    ['a refused code', { tokenStatus: 400 }, 'token-error'],
  ])('refuses %s', async (_name, options: FakeOptions, kind) => {
    const flow: { pending?: PendingSignIn } = {};
    const fake = fakeServer(() => flow.pending, options);
    const pending = (flow.pending = (await begin(fake)).pending);
    const done = await completeSignIn(
      provider,
      pending,
      callback({ code: 'c', state: pending.state }),
      REDIRECT,
      { fetch: fake.fetch },
    );
    expect(done).toMatchObject({ ok: false, error: { kind } });
  });

  it('sends nothing when the state does not match', async () => {
    const flow: { pending?: PendingSignIn } = {};
    const fake = fakeServer(() => flow.pending);
    const pending = (flow.pending = (await begin(fake)).pending);
    const before = fake.requests.length;
    const done = await completeSignIn(
      provider,
      pending,
      callback({ code: 'c', state: `${pending.state}x` }),
      REDIRECT,
      { fetch: fake.fetch },
    );
    expect(done).toEqual({ ok: false, error: { kind: 'state-mismatch' } });
    expect(fake.requests.length).toBe(before);
  });
});
