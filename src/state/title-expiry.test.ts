import { describe, expect, it } from 'vitest';
import { titleFor } from './title-expiry.ts';

describe('titleFor', () => {
  const now = 1_000_000_000;
  it('is plain while nothing expires soon', () => {
    expect(titleFor([], now)).toBe('STS Console');
    expect(titleFor([now + 3600_000], now)).toBe('STS Console');
    expect(titleFor([now - 1], now)).toBe('STS Console');
  });
  it('warns with the nearest expiry under five minutes', () => {
    expect(titleFor([now + 3600_000, now + 125_000, now + 200_000], now)).toBe(
      '⚠ 2m 05s left · STS Console',
    );
  });
});
