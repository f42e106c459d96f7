// Called by the app on load. Cheap unless the page is the provider's redirect back.
import { cleanCallbackUrl, looksLikeSignInCallback } from '../../../lib/oidc/callback-url.ts';
import { discardPendingSignIn, hasPendingSignIn } from '../../../lib/oidc/pending-sign-in.ts';
import { oidcSettingsStore } from './oidc-settings-store.ts';
import { setSignInStatus } from './sign-in-status.ts';
import { whenIdle } from '../../../components/when-idle.ts';
import { codeLoadFailure } from '../../../components/code-load-failure.ts';

let handled = false;
let cancelSweep: () => void = () => undefined;

function forgetAbandoned(): void {
  if (hasPendingSignIn(sessionStorage)) discardPendingSignIn(sessionStorage);
}

/**
 * A sign-in starts on this page: the sweep of abandoned ones, still waiting for idle time, must
 * not take it for one (it would run after the save and before the browser leaves).
 */
export function keepPendingSignIn(): void {
  cancelSweep();
}

/** Completes a sign-in when the provider redirected back here; forgets abandoned ones. Once per page. */
export async function handleSignInRedirect(): Promise<void> {
  if (handled) return;
  handled = true;
  // A page restored from the back/forward cache reloads (main.tsx), so coming back from the
  // provider's page with the back button lands here too, and the abandoned flow is forgotten.
  if (!looksLikeSignInCallback(window.location.search)) {
    // Not urgent, and the first touch of sessionStorage costs the first screen a few ms.
    cancelSweep = whenIdle(forgetAbandoned);
    return;
  }
  // The authorization response leaves the address bar (and so the history) before anything is
  // awaited, even the sign-in code's chunk.
  const href = window.location.href;
  window.history.replaceState(window.history.state, '', cleanCallbackUrl(href));
  let resumeFromCallback;
  try {
    ({ resumeFromCallback } = await import('./resume-sign-in.ts'));
  } catch {
    setSignInStatus({
      phase: 'failed',
      provider: 'The identity provider',
      message: codeLoadFailure('sign-in code', 'Sign in again.'),
    });
    return;
  }
  // The pending state leaves storage synchronously inside this call, before any await.
  const status = await resumeFromCallback({
    href,
    replaceUrl: () => {
      // Already done above.
    },
    storage: sessionStorage,
    now: Date.now(),
    providers: async () => {
      await oidcSettingsStore.ready;
      return oidcSettingsStore.get().providers;
    },
    complete: async (...args) =>
      (await import('../../../lib/oidc/sign-in-flow.ts')).completeSignIn(...args),
    onCompleting: (provider) => {
      setSignInStatus({ phase: 'completing', provider });
    },
  });
  if (status) setSignInStatus(status);
}
