// Keep fresh's sign-in again with the provider that issued a set's web identity token: the same
// authorization code + PKCE flow as the form's pop-up sign-in (the verifier, state and nonce stay
// in this module's memory; the window hands the response back over the BroadcastChannel and
// closes), asked with `prompt=none` so that a provider whose session is alive answers at once,
// without a page. After a `login_required`, the user's click may ask again with the page.
import {
  ackMessage,
  POPUP_CHANNEL,
  POPUP_STATE_PREFIX,
  readCallbackMessage,
} from '../lib/oidc/popup-message.ts';
import { isWatching, nextWatch, type PopupEvent, type PopupWatch } from '../lib/oidc/popup-flow.ts';
import { redirectUriFor, type OidcProvider } from '../lib/oidc/provider-settings.ts';
import { explainSignInError, needsInteractiveSignIn } from '../lib/oidc/sign-in-errors.ts';
import { beginSignIn, completeSignIn } from '../lib/oidc/sign-in-flow.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { rememberSignInToken } from './signed-in-tokens.ts';

const POLL_MS = 250;
/** A silent sign-in answers at once or not at all: the window is given up after this long. */
const SILENT_TIMEOUT_MS = 30_000;

/** Why a sign-in again gave no token: in words, and whether only the user's sign-in can help. */
export interface SignInAgainFailure {
  message: string;
  needsUser: boolean;
}

/** Waits for the window's response (the authorization response parameters), or undefined. */
function awaitResponse(
  popup: Window,
  state: string,
  timeoutMs: number | undefined,
): Promise<URLSearchParams | undefined> {
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(POPUP_CHANNEL);
    let watch: PopupWatch = { phase: 'open' };
    const done = (params: URLSearchParams | undefined) => {
      window.clearInterval(timer);
      if (giveUp !== undefined) window.clearTimeout(giveUp);
      channel.close();
      resolve(params);
    };
    const handle = (event: PopupEvent) => {
      const step = nextWatch(watch, event);
      watch = step.watch;
      if (step.effect === 'report-closed' || !isWatching(watch)) done(undefined);
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const params = readCallbackMessage(event.data, state);
      if (!params) return;
      channel.postMessage(ackMessage(state));
      popup.close();
      done(params);
    };
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (popup.closed) handle({ type: 'closed', now });
      handle({ type: 'tick', now });
    }, POLL_MS);
    const giveUp =
      timeoutMs === undefined
        ? undefined
        : window.setTimeout(() => {
            popup.close();
            done(undefined);
          }, timeoutMs);
  });
}

/**
 * Signs in with `provider` again in `popup` (opened by the caller; empty): silently
 * (`prompt=none`) unless `interactive`. A new ID token, checked as the form's sign-in checks it,
 * or why there is none.
 */
export async function signInAgain(
  provider: OidcProvider,
  popup: Window,
  interactive: boolean,
): Promise<Result<string, SignInAgainFailure>> {
  const redirectUri = redirectUriFor(window.location.href);
  const begun = await beginSignIn(provider, redirectUri, {
    statePrefix: POPUP_STATE_PREFIX,
    prompt: interactive ? undefined : 'none',
  });
  if (!begun.ok) {
    popup.close();
    return err({ message: explainSignInError(begun.error, provider.name), needsUser: false });
  }
  const { pending, url } = begun.value;
  const answer = awaitResponse(popup, pending.state, interactive ? undefined : SILENT_TIMEOUT_MS);
  try {
    popup.location.replace(url.href);
  } catch {
    // Closed already: the watch reports it.
  }
  const params = await answer;
  if (params === undefined) {
    return err({
      message: `the sign-in window with ${provider.name} closed (or timed out) without an answer`,
      needsUser: true,
    });
  }
  const done = await completeSignIn(provider, pending, params, redirectUri);
  if (!done.ok) {
    return err({
      message: explainSignInError(done.error, provider.name),
      needsUser: needsInteractiveSignIn(done.error),
    });
  }
  rememberSignInToken(done.value.idToken, provider);
  return ok(done.value.idToken);
}
