import { useSyncExternalStore } from 'react';

/**
 * One shared once-a-second clock for every countdown on the page, aligned to the second
 * and stopped when nothing listens: 20 countdowns cost one timer, not 20.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let now = Date.now();

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
  schedule();
}

function schedule() {
  timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
}

function subscribe(listener: () => void): () => void {
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

/**
 * Like useNow, but while `untilMs` is more than `fineWithinMs` away the value only changes once a
 * minute, so React skips the re-render on the other 59 ticks (long lists of countdowns stay idle).
 */
export function useCoarseNow(untilMs: number, fineWithinMs: number): number {
  return useSyncExternalStore(subscribe, () =>
    untilMs - now > fineWithinMs ? Math.floor(now / 60_000) * 60_000 : now,
  );
}

/** Milliseconds since the epoch, re-rendering once a second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
