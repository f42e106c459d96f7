// Back at the console after the provider's redirect: clean the address bar, take the pending state
// out of sessionStorage (both synchronously, before anything is awaited), then complete the sign-in.
import { cleanCallbackUrl, readCallbackParameters } from '../../../lib/oidc/callback-url.ts';
import {
  discardPendingSignIn,
  takePendingSignIn,
  type PendingStorage,
} from '../../../lib/oidc/pending-sign-in.ts';
import {
  redirectUriFor,
  sameName,
  type OidcProvider,
} from '../../../lib/oidc/provider-settings.ts';
import { explainSignInError, type SignInError } from '../../../lib/oidc/sign-in-errors.ts';
import type { completeSignIn, SignedIn } from '../../../lib/oidc/sign-in-flow.ts';
import type { Result } from '../../../lib/result.ts';
import type { SignInStatus } from './sign-in-status.ts';

export interface ResumeDeps {
  href: string;
  /** history.replaceState with a same-origin relative URL. */
  replaceUrl: (url: string) => void;
  storage: PendingStorage;
  now: number;
  /** The saved providers (they may still be loading when the page starts). */
  providers: () => Promise<readonly OidcProvider[]>;
  /** completeSignIn, passed in so that oauth4webapi loads only when a sign-in completes. */
  complete: typeof completeSignIn;
  /** Called once the flow is known and the network work starts. */
  onCompleting?: (provider: string) => void;
}

const SOMEONE = 'The identity provider';

/** Pure: the failed status for an error, in words. */
export function failed(provider: string, error: SignInError): SignInStatus {
  return { phase: 'failed', provider, message: explainSignInError(error, provider) };
}

/**
 * Handles a page load: without an authorization response, forgets any abandoned sign-in; with
 * one, removes it from the address bar and the pending state from storage before anything else,
 * then completes it. Returns the status to show, or undefined when there was nothing to do.
 */
export async function resumeFromCallback(deps: ResumeDeps): Promise<SignInStatus | undefined> {
  const params = readCallbackParameters(deps.href);
  if (!params) {
    discardPendingSignIn(deps.storage);
    return undefined;
  }
  deps.replaceUrl(cleanCallbackUrl(deps.href));
  const taken = takePendingSignIn(deps.storage, deps.now);
  if (!taken.ok) {
    return failed(SOMEONE, { kind: taken.error === 'stale' ? 'stale' : 'no-pending' });
  }
  const pending = taken.value;
  const provider = (await deps.providers()).find((p) => sameName(p.name, pending.provider));
  if (!provider)
    return failed(pending.provider, { kind: 'unknown-provider', provider: pending.provider });
  deps.onCompleting?.(provider.name);
  const done = await deps.complete(provider, pending, params, redirectUriFor(deps.href));
  return signInOutcome(provider, done);
}

/** Pure: the status a finished code exchange leads to (the handoff to the form, or the failure). */
export function signInOutcome(
  provider: OidcProvider,
  done: Result<SignedIn, SignInError>,
): SignInStatus {
  if (!done.ok) return failed(provider.name, done.error);
  const email = done.value.claims.email;
  const subject = typeof email === 'string' ? email : done.value.claims.sub;
  return {
    phase: 'signed-in',
    provider: provider.name,
    subject,
    handoff: {
      idToken: done.value.idToken,
      issuer: done.value.claims.iss,
      roleArn: provider.roleArn,
      subject,
    },
  };
}
