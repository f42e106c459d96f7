import { hasUnsentDrafts, onDraftsChanged } from '../components/form/drafts.ts';
import { leaveGuardDecision } from '../lib/leave-guard-decision.ts';
import type { ExpiringSet } from '../lib/wallet/local-expiry.ts';
import { clockNow } from '../state/clock.ts';
import { takeLeaveOnPurpose } from '../state/leave-on-purpose.ts';
import { wallet } from '../state/wallet.ts';

/** setTimeout's longest delay: a later expiry is decided again on the way. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export interface LeaveGuardSources {
  sets(): readonly ExpiringSet[];
  unsentInput(): boolean;
  /** Hears every change of the wallet or of a draft. */
  subscribe(listener: () => void): () => void;
  now(): number;
  setTimer(callback: () => void, ms: number): () => void;
  /** Installs (true) or removes (false) the beforeunload listener; called on changes only. */
  setGuard(on: boolean): void;
}

/**
 * Keeps the guard in step with the wallet and the forms, deciding again on each change and when
 * the last set expires. Returns stop (which lifts the guard).
 */
export function watchLeaveGuard(sources: LeaveGuardSources): () => void {
  let on = false;
  let cancelTimer: (() => void) | undefined;
  const decide = () => {
    cancelTimer?.();
    cancelTimer = undefined;
    const nowMs = sources.now();
    const { guard, recheckAtMs } = leaveGuardDecision(sources.sets(), nowMs, sources.unsentInput());
    if (guard !== on) sources.setGuard(guard);
    on = guard;
    if (recheckAtMs !== undefined) {
      cancelTimer = sources.setTimer(decide, Math.min(recheckAtMs - nowMs, LONGEST_TIMER_MS));
    }
  };
  const unsubscribe = sources.subscribe(decide);
  decide();
  return () => {
    unsubscribe();
    cancelTimer?.();
    if (on) sources.setGuard(false);
    on = false;
  };
}

/**
 * The browser's "Leave site?" question: asked only while this listener is installed, and not when
 * the page leaves on purpose (the sign-in's trip to the provider).
 */
export function askBeforeLeaving(event: BeforeUnloadEvent): void {
  if (takeLeaveOnPurpose()) return;
  event.preventDefault();
}

/**
 * Asks before the tab is reloaded, closed or left while there is something to lose. The listener
 * is installed only then: an installed beforeunload listener keeps the page out of the
 * back/forward cache.
 */
export function installLeaveGuard(): () => void {
  return watchLeaveGuard({
    sets: wallet.getSnapshot,
    unsentInput: hasUnsentDrafts,
    subscribe: (listener) => {
      const stopWallet = wallet.subscribe(listener);
      const stopDrafts = onDraftsChanged(listener);
      return () => {
        stopWallet();
        stopDrafts();
      };
    },
    now: clockNow,
    setTimer: (callback, ms) => {
      const handle = setTimeout(callback, ms);
      return () => {
        clearTimeout(handle);
      };
    },
    setGuard: (on) => {
      if (on) window.addEventListener('beforeunload', askBeforeLeaving);
      else window.removeEventListener('beforeunload', askBeforeLeaving);
    },
  });
}
