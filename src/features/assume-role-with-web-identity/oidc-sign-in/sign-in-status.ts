import { useSyncExternalStore } from 'react';

/** What the sign-in hands to the web-identity form once; kept in memory only. */
export interface SignInHandoff {
  idToken: string;
  /** The token's validated `iss`: its signature was checked against this issuer's keys (JWKS). */
  issuer: string;
  roleArn?: string | undefined;
  /** `email` or `sub` of the token, for the session-name suggestion. */
  subject?: string | undefined;
}

export type SignInStatus =
  | { phase: 'idle' }
  | { phase: 'redirecting'; provider: string }
  /** The sign-in window is open at the provider; this tab waits for its response. */
  | { phase: 'waiting'; provider: string }
  /** The browser refused to open the sign-in window: offer the full-page redirect instead. */
  | { phase: 'popup-blocked'; provider: string }
  | { phase: 'completing'; provider: string }
  | { phase: 'signed-in'; provider: string; subject: string; handoff?: SignInHandoff }
  | { phase: 'failed'; provider: string; message: string };

let status: SignInStatus = { phase: 'idle' };
const listeners = new Set<() => void>();

/** Sets the sign-in status (memory only) and re-renders its readers. */
export function setSignInStatus(next: SignInStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

/** The current sign-in status. */
export function getSignInStatus(): SignInStatus {
  return status;
}

/** Takes the ID token handoff once: afterwards the token lives only in the form. */
export function takeHandoff(): SignInHandoff | undefined {
  if (status.phase !== 'signed-in' || !status.handoff) return undefined;
  const { handoff } = status;
  setSignInStatus({ phase: 'signed-in', provider: status.provider, subject: status.subject });
  return handoff;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Reads the sign-in status and re-renders on change. */
export function useSignInStatus(): SignInStatus {
  return useSyncExternalStore(subscribe, getSignInStatus);
}
