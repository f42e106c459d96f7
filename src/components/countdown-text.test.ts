import { describe, expect, it } from 'vitest';
import { countdownText } from './countdown-text.ts';

describe('countdownText', () => {
  const now = 1_700_000_000_000;
  it('shows seconds when fine', () => {
    expect(countdownText(now + 3_725_000, now, false)).toBe('1h 02m 05s left');
    expect(countdownText(now + 9_400, now, false)).toBe('9s left');
  });
  it('shows minutes when coarse and more than six minutes remain, seconds after', () => {
    expect(countdownText(now + 3_725_000, now, true)).toBe('1h 02m left');
    expect(countdownText(now + 6 * 60_000 + 1000, now, true)).toBe('6m left');
    expect(countdownText(now + 6 * 60_000, now, true)).toBe('6m 00s left');
    expect(countdownText(now + 65_000, now, true)).toBe('1m 05s left');
  });
  it('says how long ago it expired, from the very end', () => {
    expect(countdownText(now, now, false)).toBe('Expired 0s ago');
    expect(countdownText(now - 12_000, now, true)).toBe('Expired 12s ago');
  });
});
