import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockNow, subscribeClock } from './clock.ts';

describe('the shared clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2030, 0, 1) + 300);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks once a second just after the second, for every listener, on one timer', () => {
    const a: number[] = [];
    const b: number[] = [];
    const stopA = subscribeClock((now) => a.push(now % 1000));
    const stopB = subscribeClock((now) => b.push(now % 1000));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3000);
    expect(a).toEqual([5, 5, 5]);
    expect(b).toEqual(a);
    stopA();
    stopB();
  });

  it('stops its timer when nobody listens, and then reads the real time', () => {
    const stop = subscribeClock(() => undefined);
    vi.advanceTimersByTime(1000);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2500);
    expect(clockNow()).toBe(Date.now());
  });
});
