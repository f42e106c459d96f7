// The sign-in window (pop-up) of this tab, if one is open. Small and synchronous: the button
// opens the window within the click (browsers block pop-ups opened later), and a second press
// brings the open one back instead of starting another sign-in.
import { onSignInPressed, type PopupWatch } from '../../../lib/oidc/popup-flow.ts';

export interface SignInWindow {
  window: Window;
  watch: PopupWatch;
  /** Stops watching and listening (a new sign-in replaces this one). */
  stop: () => void;
}

let current: SignInWindow | undefined;

/** The flow now in progress, or undefined. */
export function currentSignInWindow(): SignInWindow | undefined {
  return current;
}

/** Makes `next` the flow in progress, stopping the one before. */
export function replaceSignInWindow(next: SignInWindow | undefined): void {
  const before = current;
  current = next;
  if (before && before !== next) before.stop();
}

/** Brings the open sign-in window to the front; false when there is none (start a new one). */
export function focusSignInWindow(): boolean {
  if (!current || onSignInPressed(current.watch) !== 'focus' || current.window.closed) return false;
  current.window.focus();
  return true;
}
