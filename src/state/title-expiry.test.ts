import { describe, expect, it } from 'vitest';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import {
  iconFor,
  localExpirationsOf,
  titleFor,
  watchTitleExpiry,
  type TitleSources,
} from './title-expiry.ts';
import { sandboxBinding } from '../lib/wallet/wallet-fixtures.ts';

describe('titleFor', () => {
  const now = 1_000_000_000;
  it('is plain while nothing expires soon', () => {
    expect(titleFor([], now)).toBe('STS Console');
    expect(titleFor([now + 3600_000], now)).toBe('STS Console');
  });
  it('says so once a set has expired, unless another ends within five minutes', () => {
    expect(titleFor([now - 1, now + 3600_000], now)).toBe(
      '⚠ Expired credentials in the wallet · STS Console',
    );
    expect(titleFor([now - 1, now + 60_000], now)).toBe('⚠ 1m 00s left · STS Console');
  });
  it('warns with the nearest expiry under five minutes', () => {
    expect(titleFor([now + 3600_000, now + 125_000, now + 200_000], now)).toBe(
      '⚠ 2m 05s left · STS Console',
    );
  });
});

/** Sources driven by hand: a wallet of expirations and a clock that ticks when told. */
function fakeSources(start: number) {
  let now = start;
  let expirations: number[] = [];
  const walletListeners = new Set<() => void>();
  const clockListeners = new Set<(nowMs: number) => void>();
  const titles: string[] = [];
  const icons: string[] = [];
  const sources: TitleSources = {
    expirations: () => expirations,
    subscribeExpirations: (listener) => {
      walletListeners.add(listener);
      return () => walletListeners.delete(listener);
    },
    now: () => now,
    subscribeClock: (listener) => {
      clockListeners.add(listener);
      return () => clockListeners.delete(listener);
    },
    setTitle: (title) => titles.push(title),
    setIcon: (href) => icons.push(href),
  };
  return {
    sources,
    titles,
    icons,
    clockListeners,
    setExpirations(next: number[]) {
      expirations = next;
      for (const listener of walletListeners) listener();
    },
    tick(ms: number) {
      now += ms;
      for (const listener of [...clockListeners]) listener(now);
    },
  };
}

describe('watchTitleExpiry', () => {
  const start = 2_000_000_000;

  it('sets the title only when its text changes', () => {
    const fake = fakeSources(start);
    watchTitleExpiry(fake.sources);
    fake.setExpirations([start + 301_000]);
    fake.tick(1000);
    fake.tick(1000);
    fake.tick(1000);
    expect(fake.titles).toEqual([
      'STS Console',
      '⚠ 4m 59s left · STS Console',
      '⚠ 4m 58s left · STS Console',
    ]);
  });

  it('listens to the clock only while some expiry is ahead', () => {
    const fake = fakeSources(start);
    const stop = watchTitleExpiry(fake.sources);
    expect(fake.clockListeners.size).toBe(0);
    fake.setExpirations([start + 2000]);
    expect(fake.clockListeners.size).toBe(1);
    fake.tick(1000);
    expect(fake.titles.at(-1)).toBe('⚠ 1s left · STS Console');
    fake.tick(1000);
    expect(fake.titles.at(-1)).toBe('⚠ Expired credentials in the wallet · STS Console');
    expect(fake.clockListeners.size).toBe(0);
    fake.setExpirations([start + 2000, start + 10_000]);
    expect(fake.clockListeners.size).toBe(1);
    stop();
    expect(fake.clockListeners.size).toBe(0);
  });
});

describe('the tab icon', () => {
  const start = 3_000_000_000;
  it('gets a yellow dot in the last five minutes and a red one once a set has expired', () => {
    const fake = fakeSources(start);
    watchTitleExpiry(fake.sources);
    fake.setExpirations([start + 301_000]);
    fake.tick(1000);
    fake.tick(1000);
    fake.tick(300_000);
    expect(fake.icons).toEqual(['/favicon.svg', '/favicon-soon.svg', '/favicon-expired.svg']);
    fake.setExpirations([]);
    expect(fake.icons.at(-1)).toBe('/favicon.svg');
  });

  it('maps each state to its icon', () => {
    expect(iconFor('quiet')).toBe('/favicon.svg');
    expect(iconFor('soon')).toBe('/favicon-soon.svg');
    expect(iconFor('expired')).toBe('/favicon-expired.svg');
  });
});

describe('localExpirationsOf', () => {
  const expiration = new Date('2026-03-01T13:00:00Z');
  const entry = (clockOffsetMs: number | undefined, withExpiry = true): WalletEntry => ({
    id: 'set-1',
    label: 'set',
    credentials: {
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      ...(withExpiry ? { sessionToken: 'token', expiration } : {}),
    },
    source: { operation: 'AssumeRole', params: {} },
    binding: sandboxBinding,
    clockOffsetMs,
    createdAt: new Date(0),
  });

  it('moves each expiry to the local clock by the offset seen when the set was issued', () => {
    expect(localExpirationsOf([entry(20 * 60_000), entry(undefined), entry(-60_000)])).toEqual([
      expiration.getTime() - 20 * 60_000,
      expiration.getTime(),
      expiration.getTime() + 60_000,
    ]);
  });

  it('warns in the title by STS’s clock: 20 min behind, 4 min left shows as 4 min', () => {
    const localNow = expiration.getTime() - 24 * 60_000;
    expect(titleFor(localExpirationsOf([entry(20 * 60_000)]), localNow)).toBe(
      '⚠ 4m 00s left · STS Console',
    );
    expect(titleFor(localExpirationsOf([entry(0)]), localNow)).toBe('STS Console');
  });

  it('skips long-term keys', () => {
    expect(localExpirationsOf([entry(20 * 60_000, false)])).toEqual([]);
  });
});
