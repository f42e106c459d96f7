// Which ID token this tab's own sign-in verified (oauth4webapi checked its signature against the
// provider's JWKS), so the decoded view can say so for exactly that token. Memory only: never
// stored, gone with the page (and with "Clear everything", held only for its Undo).
import { useCallback, useSyncExternalStore } from 'react';

export interface VerifiedToken {
  token: string;
  issuer: string;
}

let verified: VerifiedToken | undefined;
const listeners = new Set<() => void>();

function changed(next: VerifiedToken | undefined): void {
  verified = next;
  for (const listener of listeners) listener();
}

/** Remembers the ID token a completed sign-in validated, and the issuer whose keys signed it. */
export function rememberVerifiedToken(token: string, issuer: string): void {
  changed({ token, issuer });
}

/** The token verified last, if not forgotten since. */
export function currentVerifiedToken(): VerifiedToken | undefined {
  return verified;
}

/** Forgets the verified token whatever the field holds ("Clear everything"). */
export function forgetVerifiedToken(): void {
  if (verified !== undefined) changed(undefined);
}

/** The issuer whose keys verified this exact token, or undefined for any other text. */
export function verifiedIssuerFor(token: unknown): string | undefined {
  return verified !== undefined && token === verified.token ? verified.issuer : undefined;
}

/** Forgets the verified token once the field holds anything else (edited, replaced, cleared). */
export function forgetUnlessVerified(token: unknown): void {
  if (verified !== undefined && token !== verified.token) changed(undefined);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** verifiedIssuerFor(token), re-rendering when a sign-in verifies a token or it is forgotten. */
export function useVerifiedIssuer(token: unknown): string | undefined {
  const read = useCallback(() => verifiedIssuerFor(token), [token]);
  return useSyncExternalStore(subscribe, read);
}
