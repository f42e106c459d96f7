import { describe, expect, it } from 'vitest';
import {
  hasExpired,
  hasNoticeableClockOffset,
  localExpiryMs,
  localExpiryOf,
  usableClockOffset,
} from './local-expiry.ts';

const MIN = 60_000;
/** STS's Expiration for a one-hour set issued when the server's clock read 12:00. */
const expiration = new Date('2026-03-01T13:00:00Z');
const serverNow = Date.parse('2026-03-01T12:00:00Z');

describe('localExpiryMs', () => {
  it('is the expiration itself when the clocks agree or nothing is known', () => {
    expect(localExpiryMs(expiration, 0)).toBe(expiration.getTime());
    expect(localExpiryMs(expiration, undefined)).toBe(expiration.getTime());
  });

  it.each([
    ['local clock 20 min behind STS', 20 * MIN],
    ['local clock 20 min ahead of STS', -20 * MIN],
    ['local clock 3 days behind STS', 3 * 24 * 60 * MIN],
  ])('leaves the real lifetime on the local clock: %s', (_, offset) => {
    const localNow = serverNow - offset;
    expect(localExpiryMs(expiration, offset) - localNow).toBe(60 * MIN);
  });

  it('ignores an offset that is not a finite number', () => {
    expect(localExpiryMs(expiration, Number.NaN)).toBe(expiration.getTime());
    expect(localExpiryMs(expiration, Number.POSITIVE_INFINITY)).toBe(expiration.getTime());
  });
});

describe('usableClockOffset', () => {
  it('passes finite offsets and turns the rest into 0', () => {
    expect(usableClockOffset(-1500)).toBe(-1500);
    expect(usableClockOffset(undefined)).toBe(0);
    expect(usableClockOffset(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});

describe('localExpiryOf', () => {
  it('is undefined for long-term keys', () => {
    expect(localExpiryOf({ credentials: {}, clockOffsetMs: 20 * MIN })).toBeUndefined();
  });

  it('shifts the instant without touching the stored expiration', () => {
    const set = { credentials: { expiration }, clockOffsetMs: 20 * MIN };
    expect(localExpiryOf(set)?.toISOString()).toBe('2026-03-01T12:40:00.000Z');
    expect(set.credentials.expiration.toISOString()).toBe('2026-03-01T13:00:00.000Z');
  });
});

describe('hasExpired', () => {
  const behind = { credentials: { expiration }, clockOffsetMs: 20 * MIN };
  const localAtRealExpiry = expiration.getTime() - 20 * MIN;

  it('says expired when STS would, although the local clock still reads before Expiration', () => {
    expect(hasExpired(behind, localAtRealExpiry - 1)).toBe(false);
    expect(hasExpired(behind, localAtRealExpiry)).toBe(true);
  });

  it('keeps a set usable while STS still accepts it, with a local clock that runs ahead', () => {
    const ahead = { credentials: { expiration }, clockOffsetMs: -20 * MIN };
    expect(hasExpired(ahead, expiration.getTime() + 19 * MIN)).toBe(false);
    expect(hasExpired(ahead, expiration.getTime() + 20 * MIN)).toBe(true);
  });

  it('never expires long-term keys and trusts the local clock without an offset', () => {
    expect(hasExpired({ credentials: {} }, Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(hasExpired({ credentials: { expiration } }, expiration.getTime())).toBe(true);
    expect(hasExpired({ credentials: { expiration } }, expiration.getTime() - 1)).toBe(false);
  });
});

describe('hasNoticeableClockOffset', () => {
  it.each([
    [undefined, false],
    [0, false],
    [-400, false],
    [999, false],
    [1999, false],
    [-2000, true],
    [2000, true],
    [20 * 60_000, true],
    [Number.NaN, false],
  ])('%s ms → %s', (offset, expected) => {
    expect(hasNoticeableClockOffset(offset)).toBe(expected);
  });
});
