import { describe, expect, it } from 'vitest';
import { clockCorrectionNeedsRetry } from './clock-correction.ts';

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
