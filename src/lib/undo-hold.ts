/** The timer functions a hold uses: the browser's by default, fake ones in tests. */
export interface HoldTimers<H> {
  setTimeout: (callback: () => void, ms: number) => H;
  clearTimeout: (handle: H) => void;
}

export interface UndoHoldOptions<H> extends HoldTimers<H> {
  /** How long a held value can still be taken back. */
  holdMs: number;
}

/**
 * One value kept for a short while after the screen let go of it, so an "Undo" can bring it back.
 * `S` is what the screen may show about it (never the value itself, which may hold secrets).
 */
export interface UndoHold<T, S> {
  /** Holds `value` for holdMs, replacing (and dropping) whatever was held. */
  hold: (value: T, summary: S) => void;
  /** Takes the held value back (for Undo, or to merge it into the next hold); undefined if none. */
  release: () => T | undefined;
  /** Forgets the held value at once: no reference to it is left here. */
  drop: () => void;
  /** What is held, for the screen: the summary, or undefined. A stable reference. */
  getSnapshot: () => S | undefined;
  subscribe: (listener: () => void) => () => void;
}

/** A hold for undo: a value kept in memory for holdMs, then dropped for real. */
export function createUndoHold<T, S, H = ReturnType<typeof setTimeout>>(
  options: UndoHoldOptions<H>,
): UndoHold<T, S> {
  let held: { value: T; summary: S; timer: H } | undefined;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  /** Empties the hold; returns what it held. */
  const empty = () => {
    const was = held;
    if (was) {
      options.clearTimeout(was.timer);
      held = undefined;
    }
    return was;
  };
  const drop = () => {
    if (empty()) emit();
  };
  return {
    hold(value, summary) {
      empty();
      held = { value, summary, timer: options.setTimeout(drop, options.holdMs) };
      emit();
    },
    release() {
      const was = empty();
      if (was) emit();
      return was?.value;
    },
    drop,
    getSnapshot: () => held?.summary,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
