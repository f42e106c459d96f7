import { describe, expect, it } from 'vitest';
import {
  PENDING_SIGN_IN_KEY,
  discardPendingSignIn,
  hasPendingSignIn,
  savePendingSignIn,
  takePendingSignIn,
  type PendingSignIn,
  type PendingStorage,
} from './pending-sign-in.ts';

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

const pending: PendingSignIn = {
  provider: 'Sandbox',
  codeVerifier: 'v'.repeat(43),
  state: 's'.repeat(43),
  nonce: 'n'.repeat(43),
  startedAt: 1_000_000,
};

describe('pending sign-in', () => {
  it('keeps only the verifier, state, nonce, provider and start time', () => {
    const storage = memoryStorage();
    const extra = { ...pending, idToken: 'eyJ.secret', clientId: 'x' };
    expect(savePendingSignIn(storage, extra)).toBe(true);
    const stored: unknown = JSON.parse(storage.items.get(PENDING_SIGN_IN_KEY) ?? '{}');
    expect(Object.keys(stored as object).sort()).toEqual([
      'codeVerifier',
      'nonce',
      'provider',
      'startedAt',
      'state',
    ]);
  });

  it('is removed as it is read, so a second read finds nothing', () => {
    const storage = memoryStorage();
    savePendingSignIn(storage, pending);
    expect(hasPendingSignIn(storage)).toBe(true);
    expect(takePendingSignIn(storage, pending.startedAt + 1000)).toEqual({
      ok: true,
      value: pending,
    });
    expect(storage.items.size).toBe(0);
    expect(takePendingSignIn(storage, pending.startedAt)).toEqual({ ok: false, error: 'none' });
  });

  it('refuses a stale flow and still removes it', () => {
    const storage = memoryStorage();
    savePendingSignIn(storage, pending);
    const later = pending.startedAt + 16 * 60 * 1000;
    expect(takePendingSignIn(storage, later)).toEqual({ ok: false, error: 'stale' });
    expect(storage.items.size).toBe(0);
  });

  it.each(['not json', '{"provider":"x"}', JSON.stringify({ ...pending, state: 'short' })])(
    'refuses unreadable content %s and removes it',
    (raw) => {
      const storage = memoryStorage();
      storage.setItem(PENDING_SIGN_IN_KEY, raw);
      expect(takePendingSignIn(storage, pending.startedAt)).toEqual({
        ok: false,
        error: 'unreadable',
      });
      expect(storage.items.size).toBe(0);
    },
  );

  it('discards an abandoned flow', () => {
    const storage = memoryStorage();
    savePendingSignIn(storage, pending);
    discardPendingSignIn(storage);
    expect(hasPendingSignIn(storage)).toBe(false);
  });

  it('reports storage that refuses writes', () => {
    const storage: PendingStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(savePendingSignIn(storage, pending)).toBe(false);
  });
});
