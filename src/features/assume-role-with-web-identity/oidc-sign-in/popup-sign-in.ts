// Signing in through a pop-up: this tab keeps its wallet and forms. The PKCE verifier, state and
// nonce stay in this module's memory (never in storage); the pop-up only hands the provider's
// response back over a BroadcastChannel (see popup-message.ts) and closes.
import {
  ackMessage,
  POPUP_CHANNEL,
  POPUP_STATE_PREFIX,
  readCallbackMessage,
} from '../../../lib/oidc/popup-message.ts';
import { isWatching, nextWatch, type PopupEvent } from '../../../lib/oidc/popup-flow.ts';
import { redirectUriFor, type OidcProvider } from '../../../lib/oidc/provider-settings.ts';
import { beginSignIn, completeSignIn } from '../../../lib/oidc/sign-in-flow.ts';
import { rememberSignInToken } from '../../../state/signed-in-tokens.ts';
import { rememberRoleFor } from './oidc-settings-store.ts';
import { failed, signInOutcome } from './resume-sign-in.ts';
import { setSignInStatus } from './sign-in-status.ts';
import { currentSignInWindow, replaceSignInWindow, type SignInWindow } from './sign-in-window.ts';

const POLL_MS = 250;

/** Says in the still empty window what is happening (it shows until the provider's page loads). */
function showWaiting(popup: Window, provider: string): void {
  try {
    popup.document.title = `Sign in with ${provider}`;
    popup.document.body.textContent = `Opening ${provider}…`;
  } catch {
    // Not ours to write to (already elsewhere): nothing to show.
  }
}

/**
 * Starts a sign-in in `popup` (opened empty within the click): discovers the provider, sends the
 * window to its authorization page, then waits for the response, or for the window to close.
 */
export async function startPopupSignIn(
  provider: OidcProvider,
  roleArn: unknown,
  popup: Window,
): Promise<void> {
  showWaiting(popup, provider.name);
  // Pressing the button again meanwhile brings this window back rather than opening another.
  const placeholder: SignInWindow = {
    window: popup,
    watch: { phase: 'open' },
    stop: () => undefined,
  };
  replaceSignInWindow(placeholder);
  setSignInStatus({ phase: 'waiting', provider: provider.name });
  await rememberRoleFor(provider.name, roleArn);
  const redirectUri = redirectUriFor(window.location.href);
  const begun = await beginSignIn(provider, redirectUri, { statePrefix: POPUP_STATE_PREFIX });
  if (currentSignInWindow() !== placeholder) return;
  if (!begun.ok) {
    replaceSignInWindow(undefined);
    popup.close();
    setSignInStatus(failed(provider.name, begun.error));
    return;
  }
  const { pending, url } = begun.value;
  const channel = new BroadcastChannel(POPUP_CHANNEL);
  const flow: SignInWindow = {
    window: popup,
    watch: { phase: 'open' },
    stop: () => {
      window.clearInterval(timer);
      channel.close();
    },
  };
  const complete = async (params: URLSearchParams): Promise<void> => {
    setSignInStatus({ phase: 'completing', provider: provider.name });
    const done = await completeSignIn(provider, pending, params, redirectUri);
    // A set traded for this token can later be renewed by signing in here again (Keep fresh).
    if (done.ok) rememberSignInToken(done.value.idToken, provider);
    if (currentSignInWindow() === flow) replaceSignInWindow(undefined);
    setSignInStatus(signInOutcome(provider, done));
  };
  const handle = (event: PopupEvent, params?: URLSearchParams): void => {
    const step = nextWatch(flow.watch, event);
    flow.watch = step.watch;
    if (!isWatching(flow.watch)) window.clearInterval(timer);
    if (step.effect === 'complete' && params) {
      channel.postMessage(ackMessage(pending.state));
      channel.close();
      popup.close();
      void complete(params);
    } else if (step.effect === 'report-closed') {
      setSignInStatus({
        phase: 'failed',
        provider: provider.name,
        message: `The sign-in window was closed before ${provider.name} answered, or brought back a response that is not this sign-in’s, so nothing changed. Press Sign in with ${provider.name} to try again.`,
      });
    }
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const params = readCallbackMessage(event.data, pending.state);
    if (params) handle({ type: 'response' }, params);
  };
  const timer = window.setInterval(() => {
    const now = Date.now();
    if (popup.closed) handle({ type: 'closed', now });
    handle({ type: 'tick', now });
  }, POLL_MS);
  replaceSignInWindow(flow);
  try {
    popup.location.replace(url.href);
  } catch {
    // The window left this tab's reach already (closed): the watch reports it.
  }
}
