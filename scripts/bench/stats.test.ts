import { describe, expect, it } from 'vitest';
import { median, round } from './stats.ts';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no samples', () => {
    expect(median([])).toBeNaN();
  });
  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('round', () => {
  it('rounds to the given decimals', () => {
    expect(round(1.26, 1)).toBe(1.3);
    expect(round(1.234, 2)).toBe(1.23);
    expect(round(7.5, 0)).toBe(8);
  });
});
