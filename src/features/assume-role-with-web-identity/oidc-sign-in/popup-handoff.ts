// Runs first in the page the provider sends the sign-in window back to. When that page is a
// pop-up sign-in's return (its state says so), it hands the response to the console tab that
// waits for it, cleans the address bar and closes, without starting the console.
import { cleanCallbackUrl, readCallbackParameters } from '../../../lib/oidc/callback-url.ts';
import {
  callbackMessage,
  isAckFor,
  POPUP_ACK_TIMEOUT_MS,
  POPUP_CHANNEL,
} from '../../../lib/oidc/popup-message.ts';

function say(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.className = 'popup-handoff';
  p.textContent = text;
  root.replaceChildren(p);
}

/**
 * True when this page is a pop-up sign-in's return and was handled here (the console must then
 * not start in it); false for every other page, left untouched.
 */
export function handOffPopupSignIn(root: HTMLElement): boolean {
  const params = readCallbackParameters(window.location.href);
  const message = params && callbackMessage(params);
  if (!message) return false;
  // The code and state leave the address bar and the history before anything else.
  window.history.replaceState(null, '', cleanCallbackUrl(window.location.href));
  document.title = 'Signing in – STS Console';
  say(root, 'Handing the sign-in back to the console…');
  const channel = new BroadcastChannel(POPUP_CHANNEL);
  const giveUp = window.setTimeout(() => {
    channel.close();
    say(
      root,
      'No console tab is waiting for this sign-in (it was closed or reloaded, or the response was altered on its way), so it was refused. Close this window and sign in again from the console.',
    );
  }, POPUP_ACK_TIMEOUT_MS);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isAckFor(event.data, message.state)) return;
    window.clearTimeout(giveUp);
    channel.close();
    say(root, 'Signed in: this window closes by itself.');
    window.close();
  };
  channel.postMessage(message);
  return true;
}
