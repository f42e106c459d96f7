import { describe, expect, it } from 'vitest';
import { expiryState, formatCountdown, formatCountdownMinutes } from './format-duration.ts';

describe('formatCountdown', () => {
  it.each([
    [0, '0s'],
    [-5000, '0s'],
    [9_999, '9s'],
    [65_000, '1m 05s'],
    [3_723_000, '1h 02m 03s'],
    [43_200_000, '12h 00m 00s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('formatCountdownMinutes', () => {
  it.each([
    [0, '0m'],
    [59_999, '0m'],
    [60_000, '1m'],
    [3_599_999, '59m'],
    [3_723_000, '1h 02m'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdownMinutes(ms)).toBe(text);
  });
});

describe('expiryState', () => {
  const now = 1_000_000;
  it('is ok with more than five minutes left', () => {
    expect(expiryState(now + 5 * 60_000, now)).toBe('ok');
  });
  it('is soon under five minutes', () => {
    expect(expiryState(now + 5 * 60_000 - 1, now)).toBe('soon');
  });
  it('is expired at and after the expiry', () => {
    expect(expiryState(now, now)).toBe('expired');
    expect(expiryState(now - 1, now)).toBe('expired');
  });
});
