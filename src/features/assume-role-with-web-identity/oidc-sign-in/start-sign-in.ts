import { savePendingSignIn } from '../../../lib/oidc/pending-sign-in.ts';
import { redirectUriFor, type OidcProvider } from '../../../lib/oidc/provider-settings.ts';
import { explainSignInError } from '../../../lib/oidc/sign-in-errors.ts';
import { leaveOnPurpose } from '../../../state/leave-on-purpose.ts';
import { rememberRoleFor } from './oidc-settings-store.ts';
import { keepPendingSignIn } from './redirect-on-load.ts';
import { setSignInStatus } from './sign-in-status.ts';

/**
 * Starts signing in: remembers the role typed so far for this provider, discovers the provider,
 * keeps the PKCE verifier, state and nonce in sessionStorage and leaves for the provider's page.
 */
export async function startSignIn(provider: OidcProvider, roleArn: unknown): Promise<void> {
  await rememberRoleFor(provider.name, roleArn);
  setSignInStatus({ phase: 'redirecting', provider: provider.name });
  const { beginSignIn } = await import('../../../lib/oidc/sign-in-flow.ts');
  const begun = await beginSignIn(provider, redirectUriFor(window.location.href));
  if (!begun.ok) {
    setSignInStatus({
      phase: 'failed',
      provider: provider.name,
      message: explainSignInError(begun.error, provider.name),
    });
    return;
  }
  keepPendingSignIn();
  if (!savePendingSignIn(sessionStorage, begun.value.pending)) {
    setSignInStatus({
      phase: 'failed',
      provider: provider.name,
      message: explainSignInError({ kind: 'storage-unavailable' }, provider.name),
    });
    return;
  }
  leaveOnPurpose(begun.value.url.href);
}
