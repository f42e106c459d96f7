import { describe, expect, it, vi } from 'vitest';
import { createUndoHold, type HoldTimers } from './undo-hold.ts';

/** Timers run by hand: `advance(ms)` fires what is due; `pending()` counts what is left. */
function manualTimers(): HoldTimers<number> & {
  advance: (ms: number) => void;
  pending: () => number;
} {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const handle = next++;
      due.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout(handle) {
      due.delete(handle);
    },
    advance(ms) {
      now += ms;
      for (const [handle, timer] of [...due]) {
        if (timer.at <= now) {
          due.delete(handle);
          timer.callback();
        }
      }
    },
    pending: () => due.size,
  };
}

interface Secret {
  key: string;
}

function setUp() {
  const timers = manualTimers();
  const hold = createUndoHold<Secret, string>({ ...timers, holdMs: 10_000 });
  return { timers, hold };
}

describe('createUndoHold', () => {
  it('gives the value back within the hold time, once', () => {
    const { timers, hold } = setUp();
    const value = { key: 'wJalr' };
    hold.hold(value, '2 sets');
    timers.advance(9_999);
    expect(hold.getSnapshot()).toBe('2 sets');
    expect(hold.release()).toBe(value);
    expect(hold.release()).toBeUndefined();
    expect(hold.getSnapshot()).toBeUndefined();
    expect(timers.pending(), 'the expiry timer is cancelled').toBe(0);
  });

  it('drops the value for real when the hold time is over', () => {
    const { timers, hold } = setUp();
    const listener = vi.fn();
    hold.subscribe(listener);
    hold.hold({ key: 'wJalr' }, '2 sets');
    listener.mockClear();
    timers.advance(10_000);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(hold.getSnapshot()).toBeUndefined();
    expect(hold.release()).toBeUndefined();
  });

  it('drops at once when asked (pagehide), and no timer is left behind', () => {
    const { timers, hold } = setUp();
    hold.hold({ key: 'wJalr' }, '1 set');
    hold.drop();
    expect(hold.getSnapshot()).toBeUndefined();
    expect(hold.release()).toBeUndefined();
    expect(timers.pending()).toBe(0);
  });

  it('a new hold replaces the old one and starts the hold time again', () => {
    const { timers, hold } = setUp();
    hold.hold({ key: 'first' }, 'first');
    timers.advance(8_000);
    const second = { key: 'second' };
    hold.hold(second, 'second');
    expect(timers.pending(), 'the first timer is cancelled').toBe(1);
    timers.advance(8_000);
    expect(hold.getSnapshot()).toBe('second');
    expect(hold.release()).toBe(second);
  });

  it('tells listeners of each change, and stops when they unsubscribe', () => {
    const { hold } = setUp();
    const listener = vi.fn();
    const unsubscribe = hold.subscribe(listener);
    hold.hold({ key: 'a' }, 'a');
    hold.release();
    hold.drop();
    expect(listener, 'dropping an empty hold changes nothing').toHaveBeenCalledTimes(2);
    unsubscribe();
    hold.hold({ key: 'b' }, 'b');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the same summary reference while held (React snapshots)', () => {
    const summary = { sets: 2 };
    const hold = createUndoHold<Secret, { sets: number }>({
      ...manualTimers(),
      holdMs: 10_000,
    });
    hold.hold({ key: 'a' }, summary);
    expect(hold.getSnapshot()).toBe(summary);
    expect(hold.getSnapshot()).toBe(hold.getSnapshot());
  });
});
