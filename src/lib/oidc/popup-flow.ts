// How the console tab watches its sign-in window. Pure: the caller feeds it what it sees (the
// window reads as closed, time passes, the response arrived, the button was pressed again) and
// does what it answers.
//
// A window that reads as closed is not necessarily closed: the console's Cross-Origin-Opener-
// Policy cuts the pop-up off from this tab the moment the provider sends it back to the console,
// and from then on it reads as closed although it is about to hand the response over. So a
// closed window is reported only after a grace period, and a response that comes later is still
// taken.

/** How long a window that reads as closed may take to hand the response over. */
export const CLOSED_GRACE_MS = 2000;

export type PopupWatch =
  /** The window is open (at the provider). */
  | { phase: 'open' }
  /** The window reads as closed since `since`: closed by the user, or on its way back. */
  | { phase: 'closed'; since: number }
  /** Closed without a response: explained to the user; a late response is still taken. */
  | { phase: 'abandoned' }
  /** The response was taken: nothing more to watch. */
  | { phase: 'answered' };

export type PopupEvent =
  { type: 'closed'; now: number } | { type: 'tick'; now: number } | { type: 'response' };

export type PopupEffect = 'report-closed' | 'complete';

export interface PopupStep {
  watch: PopupWatch;
  effect?: PopupEffect;
}

/** Pure: the next watch state and what to do about the event. */
export function nextWatch(watch: PopupWatch, event: PopupEvent): PopupStep {
  if (watch.phase === 'answered') return { watch };
  switch (event.type) {
    case 'response':
      return { watch: { phase: 'answered' }, effect: 'complete' };
    case 'closed':
      return watch.phase === 'open' ? { watch: { phase: 'closed', since: event.now } } : { watch };
    case 'tick':
      if (watch.phase === 'closed' && event.now - watch.since >= CLOSED_GRACE_MS) {
        return { watch: { phase: 'abandoned' }, effect: 'report-closed' };
      }
      return { watch };
  }
}

/** Pure: whether the window still needs watching (polling for closed, ticking the grace period). */
export function isWatching(watch: PopupWatch): boolean {
  return watch.phase === 'open' || watch.phase === 'closed';
}

/** Pure: what pressing "Sign in" again does while a flow exists: bring its window back, or start anew. */
export function onSignInPressed(watch: PopupWatch | undefined): 'focus' | 'start' {
  return watch?.phase === 'open' ? 'focus' : 'start';
}
