import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExpiringSet } from '../lib/wallet/local-expiry.ts';
import { leaveOnPurpose } from '../state/leave-on-purpose.ts';
import { askBeforeLeaving, watchLeaveGuard, type LeaveGuardSources } from './leave-guard.ts';

/** Sources driven by hand: a wallet, a form flag, a clock and one pending timer. */
function fakeSources(start: number) {
  const state = { now: start, sets: [] as ExpiringSet[], unsent: false };
  const listeners = new Set<() => void>();
  const guards: boolean[] = [];
  let timer: { at: number; callback: () => void } | undefined;
  const sources: LeaveGuardSources = {
    sets: () => state.sets,
    unsentInput: () => state.unsent,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => state.now,
    setTimer: (callback, ms) => {
      const mine = { at: state.now + ms, callback };
      timer = mine;
      return () => {
        if (timer === mine) timer = undefined;
      };
    },
    setGuard: (on) => guards.push(on),
  };
  return {
    state,
    sources,
    guards,
    change: () => {
      for (const listener of listeners) listener();
    },
    pendingTimer: () => timer?.at,
    advanceTo: (ms: number) => {
      state.now = ms;
      const due = timer;
      if (due && due.at <= ms) {
        timer = undefined;
        due.callback();
      }
    },
    listeners,
  };
}

const t0 = 1_000_000;

describe('watchLeaveGuard', () => {
  it('installs nothing while there is nothing to lose', () => {
    const fake = fakeSources(t0);
    watchLeaveGuard(fake.sources);
    fake.change();
    expect(fake.guards).toEqual([]);
  });

  it('installs the guard for unsent input and removes it once sent', () => {
    const fake = fakeSources(t0);
    watchLeaveGuard(fake.sources);
    fake.state.unsent = true;
    fake.change();
    fake.change();
    fake.state.unsent = false;
    fake.change();
    expect(fake.guards).toEqual([true, false]);
  });

  it('removes the guard by itself when the last set expires', () => {
    const fake = fakeSources(t0);
    fake.state.sets = [{ credentials: { expiration: new Date(t0 + 60_000) } }];
    watchLeaveGuard(fake.sources);
    expect(fake.guards).toEqual([true]);
    expect(fake.pendingTimer()).toBe(t0 + 60_000);
    fake.advanceTo(t0 + 60_000);
    expect(fake.guards).toEqual([true, false]);
    expect(fake.pendingTimer()).toBeUndefined();
  });

  it('stops listening, and lifts the guard, when stopped', () => {
    const fake = fakeSources(t0);
    fake.state.sets = [{ credentials: { expiration: new Date(t0 + 60_000) } }];
    const stop = watchLeaveGuard(fake.sources);
    stop();
    expect(fake.guards).toEqual([true, false]);
    expect(fake.listeners.size).toBe(0);
    expect(fake.pendingTimer()).toBeUndefined();
  });
});

describe('askBeforeLeaving', () => {
  afterEach(() => {
    window.removeEventListener('beforeunload', askBeforeLeaving);
    vi.restoreAllMocks();
  });

  it('cancels the unload, which makes the browser ask', () => {
    window.addEventListener('beforeunload', askBeforeLeaving);
    const event = new Event('beforeunload', { cancelable: true });
    const spy = vi.spyOn(event, 'preventDefault');
    window.dispatchEvent(event);
    expect(spy).toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
  });

  it('lets one leave on purpose go without asking', () => {
    window.addEventListener('beforeunload', askBeforeLeaving);
    vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    leaveOnPurpose('https://provider.example/authorize');
    const first = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(false);
    const next = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(next);
    expect(next.defaultPrevented).toBe(true);
  });
});
