import { describe, expect, it, vi } from 'vitest';
import {
  PENDING_SIGN_IN_KEY,
  savePendingSignIn,
  type PendingSignIn,
  type PendingStorage,
} from '../../../lib/oidc/pending-sign-in.ts';
import { oidcProviderSchema } from '../../../lib/oidc/provider-schema.ts';
import { completeSignIn, type SignedIn } from '../../../lib/oidc/sign-in-flow.ts';
import { resumeFromCallback, type ResumeDeps } from './resume-sign-in.ts';

const ORIGIN = 'http://127.0.0.1:5173';
const provider = oidcProviderSchema.parse({
  name: 'Sandbox',
  issuer: 'http://127.0.0.1:5174/oidc',
  clientId: 'sts-console',
  roleArn: 'arn:aws:iam::111122223333:role/WebIdentityDemo',
});
const pending: PendingSignIn = {
  provider: 'Sandbox',
  codeVerifier: 'v'.repeat(43),
  state: 's'.repeat(43),
  nonce: 'n'.repeat(43),
  startedAt: 1_000,
};

function memoryStorage(): PendingStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

/** Runs the redirect handling for `query` with a pending sign-in saved (unless told otherwise). */
async function resume(query: string, overrides: Partial<ResumeDeps> = {}, save = true) {
  const storage = memoryStorage();
  if (save) savePendingSignIn(storage, pending);
  const urls: string[] = [];
  // The real flow: a network call would fail loudly, so checks before the network are proven.
  const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in this test')));
  const status = await resumeFromCallback({
    href: `${ORIGIN}/${query}`,
    replaceUrl: (url) => urls.push(url),
    storage,
    now: 2_000,
    providers: () => Promise.resolve([provider]),
    complete: (p, pend, params, redirect) =>
      completeSignIn(p, pend, params, redirect, { fetch: fetchSpy }),
    ...overrides,
  });
  return { status, storage, urls, fetchSpy };
}

describe('resumeFromCallback', () => {
  it('does nothing on a normal load but forgets an abandoned sign-in', async () => {
    const { status, storage, urls } = await resume('#/assume-role');
    expect(status).toBeUndefined();
    expect(urls).toEqual([]);
    expect(storage.items.has(PENDING_SIGN_IN_KEY)).toBe(false);
  });

  it('refuses a tampered state without sending anything, and cleans up', async () => {
    const { status, storage, urls, fetchSpy } = await resume(`?code=abc&state=${'t'.repeat(43)}`);
    expect(status).toMatchObject({ phase: 'failed', provider: 'Sandbox' });
    expect(status?.phase === 'failed' && status.message).toMatch(/state does not match/);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(urls).toEqual(['/']);
    expect(storage.items.size).toBe(0);
  });

  it('explains the provider’s error response (denied consent)', async () => {
    const { status, storage, urls } = await resume(
      `?error=access_denied&error_description=End-User+aborted+interaction&state=${pending.state}&iss=x`,
    );
    expect(status?.phase === 'failed' && status.message).toBe(
      'Sandbox answered “access_denied”: You (or the provider) declined the sign-in, so no token was issued. It said: “End-User aborted interaction”.',
    );
    expect(urls).toEqual(['/']);
    expect(storage.items.size).toBe(0);
  });

  it('refuses a response without a code', async () => {
    const { status, storage, fetchSpy } = await resume(`?code=&state=${pending.state}`);
    expect(status?.phase === 'failed' && status.message).toMatch(/without an authorization code/);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(storage.items.size).toBe(0);
  });

  it('refuses a response when this tab started no sign-in', async () => {
    const { status, urls } = await resume(`?code=abc&state=${pending.state}`, {}, false);
    expect(status?.phase === 'failed' && status.message).toMatch(/no sign-in in progress/);
    expect(urls).toEqual(['/']);
  });

  it('refuses a provider that was removed from the settings meanwhile', async () => {
    const { status, storage } = await resume(`?code=abc&state=${pending.state}`, {
      providers: () => Promise.resolve([]),
    });
    expect(status?.phase === 'failed' && status.message).toMatch(/no longer in your settings/);
    expect(storage.items.size).toBe(0);
  });

  it('keeps the hash route while removing the response from the address', async () => {
    const { urls } = await resume(`?code=abc&state=bad#/get-caller-identity`);
    expect(urls).toEqual(['/#/get-caller-identity']);
  });

  it('hands over the ID token, the remembered role and the subject', async () => {
    const signedIn: SignedIn = {
      provider: 'Sandbox',
      idToken: 'eyJ.payload.sig',
      claims: { iss: 'i', sub: 'alice', aud: 'sts-console', iat: 1, exp: 2, email: 'a@b.c' },
      accessToken: 'at',
    };
    const complete = vi.fn<typeof completeSignIn>(() =>
      Promise.resolve({ ok: true, value: signedIn }),
    );
    const onCompleting = vi.fn();
    const { status, storage } = await resume(`?code=abc&state=${pending.state}`, {
      complete,
      onCompleting,
    });
    expect(onCompleting).toHaveBeenCalledWith('Sandbox');
    expect(complete.mock.calls[0]?.[3]).toBe(`${ORIGIN}/`);
    expect(complete.mock.calls[0]?.[1]).toEqual(pending);
    expect(status).toEqual({
      phase: 'signed-in',
      provider: 'Sandbox',
      subject: 'a@b.c',
      handoff: {
        idToken: 'eyJ.payload.sig',
        issuer: 'i',
        roleArn: provider.roleArn,
        subject: 'a@b.c',
      },
    });
    expect(storage.items.size).toBe(0);
  });
});
