import { describe, expect, it } from 'vitest';
import { clockCorrectionNeedsRetry, serverClockOffset } from './clock-correction.ts';

describe('clockCorrectionNeedsRetry', () => {
  const minutes = (n: number) => n * 60_000;

  it('retries when a reused client learned that a large skew is gone', () => {
    expect(clockCorrectionNeedsRetry(minutes(20), 350)).toBe(true);
    expect(clockCorrectionNeedsRetry(minutes(-20), -120)).toBe(true);
  });

  it('retries when the SDK found a new large skew it did not retry itself', () => {
    expect(clockCorrectionNeedsRetry(0, minutes(5))).toBe(true);
  });

  it('does not retry for the small offsets every answer carries', () => {
    expect(clockCorrectionNeedsRetry(0, 900)).toBe(false);
    expect(clockCorrectionNeedsRetry(minutes(20), minutes(20) + 1_500)).toBe(false);
    expect(clockCorrectionNeedsRetry(0, 239_999)).toBe(false);
  });
});

describe('serverClockOffset', () => {
  const now = Date.parse('2026-11-23T02:00:00Z');
  const minutes = (n: number) => n * 60_000;
  const date = (ms: number) => new Date(ms).toUTCString();

  it('adopts the server clock once it is 5 minutes or more from the local one', () => {
    expect(serverClockOffset(date(now + minutes(20)), 0, now)).toBe(minutes(20));
    expect(serverClockOffset(date(now - minutes(5)), 0, now)).toBe(-minutes(5));
  });

  it('keeps the offset for smaller differences, and once it has been learned', () => {
    expect(serverClockOffset(date(now + minutes(4)), 0, now)).toBe(0);
    expect(serverClockOffset(date(now + minutes(20)), minutes(20), now + 800)).toBe(minutes(20));
  });

  it('learns that a skew has gone', () => {
    expect(serverClockOffset(date(now), minutes(20), now)).toBe(0);
  });

  it('keeps the offset without a readable Date header', () => {
    expect(serverClockOffset(undefined, minutes(3), now)).toBe(minutes(3));
    expect(serverClockOffset('yesterday-ish', minutes(3), now)).toBe(minutes(3));
  });
});
