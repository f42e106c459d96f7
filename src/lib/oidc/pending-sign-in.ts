// What the redirect round trip must survive: only what PKCE and the state/nonce checks need, and
// which provider was asked. Kept in sessionStorage (this tab only) and removed as it is read.

import { err, ok, type Result } from '../result.ts';

/** sessionStorage key of the sign-in in flight. */
export const PENDING_SIGN_IN_KEY = 'sts-console.oidc.pending.v1';

/** A sign-in may take this long at the provider before the console refuses to complete it. */
export const PENDING_SIGN_IN_MAX_AGE_MS = 15 * 60 * 1000;

export interface PendingSignIn {
  /** The provider's name in the settings. */
  provider: string;
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Epoch milliseconds; stale flows are refused. */
  startedAt: number;
}

export type PendingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type TakenPending = Result<PendingSignIn, 'none' | 'unreadable' | 'stale'>;

const B64URL = /^[\w-]{22,128}$/;

function isPending(value: unknown): value is PendingSignIn {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.provider === 'string' &&
    v.provider.length > 0 &&
    typeof v.codeVerifier === 'string' &&
    B64URL.test(v.codeVerifier) &&
    typeof v.state === 'string' &&
    B64URL.test(v.state) &&
    typeof v.nonce === 'string' &&
    B64URL.test(v.nonce) &&
    typeof v.startedAt === 'number' &&
    Number.isFinite(v.startedAt)
  );
}

/** Saves the sign-in in flight just before the browser leaves for the provider. */
export function savePendingSignIn(storage: PendingStorage, pending: PendingSignIn): boolean {
  const { provider, codeVerifier, state, nonce, startedAt } = pending;
  try {
    storage.setItem(
      PENDING_SIGN_IN_KEY,
      JSON.stringify({ provider, codeVerifier, state, nonce, startedAt }),
    );
    return true;
  } catch {
    return false;
  }
}

/** Reads the sign-in in flight and removes it at once, whatever it held. */
export function takePendingSignIn(storage: PendingStorage, now: number): TakenPending {
  let raw: string | null;
  try {
    raw = storage.getItem(PENDING_SIGN_IN_KEY);
    storage.removeItem(PENDING_SIGN_IN_KEY);
  } catch {
    return err('unreadable');
  }
  if (raw === null) return err('none');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return err('unreadable');
  }
  if (!isPending(value)) return err('unreadable');
  if (now - value.startedAt > PENDING_SIGN_IN_MAX_AGE_MS || value.startedAt > now + 60_000) {
    return err('stale');
  }
  return ok(value);
}

/** Forgets any sign-in in flight (abandoned, or finished). */
export function discardPendingSignIn(storage: PendingStorage): void {
  try {
    storage.removeItem(PENDING_SIGN_IN_KEY);
  } catch {
    // Storage disabled: there is nothing to remove.
  }
}

/** True when a sign-in is in flight in this tab. */
export function hasPendingSignIn(storage: PendingStorage): boolean {
  try {
    return storage.getItem(PENDING_SIGN_IN_KEY) !== null;
  } catch {
    return false;
  }
}
