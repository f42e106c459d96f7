// Called by the app on load. Cheap unless the page is the provider's redirect back.
import { looksLikeSignInCallback } from '../../../lib/oidc/callback-url.ts';
import { discardPendingSignIn, hasPendingSignIn } from '../../../lib/oidc/pending-sign-in.ts';
import { oidcSettingsStore } from './oidc-settings-store.ts';
import { resumeFromCallback } from './resume-sign-in.ts';
import { setSignInStatus } from './sign-in-status.ts';

let handled = false;

function forgetAbandoned(): void {
  if (hasPendingSignIn(sessionStorage)) discardPendingSignIn(sessionStorage);
}

/** Completes a sign-in when the provider redirected back here; forgets abandoned ones. Once per page. */
export async function handleSignInRedirect(): Promise<void> {
  if (handled) return;
  handled = true;
  // A page restored from the back/forward cache reloads (main.tsx), so coming back from the
  // provider's page with the back button lands here too, and the abandoned flow is forgotten.
  if (!looksLikeSignInCallback(window.location.search)) {
    forgetAbandoned();
    return;
  }
  // The address bar and storage are cleaned synchronously inside this call, before any await.
  const status = await resumeFromCallback({
    href: window.location.href,
    replaceUrl: (url) => {
      window.history.replaceState(window.history.state, '', url);
    },
    storage: sessionStorage,
    now: Date.now(),
    providers: oidcSettingsStore.get().providers,
    complete: async (...args) =>
      (await import('../../../lib/oidc/sign-in-flow.ts')).completeSignIn(...args),
    onCompleting: (provider) => {
      setSignInStatus({ phase: 'completing', provider });
    },
  });
  if (status) setSignInStatus(status);
}
