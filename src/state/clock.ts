import { useSyncExternalStore } from 'react';

/**
 * One shared once-a-second clock for every countdown on the page, aligned to the second
 * and stopped when nothing listens: 20 countdowns cost one timer, not 20.
 */
const listeners = new Set<(nowMs: number) => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let now = Date.now();

function tick() {
  now = Date.now();
  for (const listener of listeners) listener(now);
  schedule();
}

function schedule() {
  timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
}

/**
 * Calls `listener` with the time on every tick of the shared clock (once a second, aligned to
 * the second) until the returned function is called. For work that must not re-render React.
 */
export function subscribeClock(listener: (nowMs: number) => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The shared clock's time: the last tick while it runs, the real time when it is stopped. */
export function clockNow(): number {
  return timer === undefined ? Date.now() : now;
}

/**
 * A value derived from the clock, re-rendering only when that value changes (compared with
 * Object.is, so return primitives): `useClock((now) => now >= expiresAt)` re-renders once.
 */
export function useClock<T>(select: (nowMs: number) => T): T {
  return useSyncExternalStore(subscribeClock, () => select(now));
}

/** Milliseconds since the epoch, re-rendering once a second. */
export function useNow(): number {
  return useClock((n) => n);
}
