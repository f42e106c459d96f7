import { describe, expect, it } from 'vitest';
import {
  EXPIRED_NOTICE_GRACE_MS,
  type ExpiringSet,
  type ExpiryNotice,
} from '../lib/wallet/expiry-notices.ts';
import { watchExpiryNotices } from './expiry-notifications.ts';

const MIN = 60_000;
const END = Date.UTC(2026, 11, 3, 13, 0, 0);

/** A wallet and a clock the test moves by hand. */
function fakeSources(initial: ExpiringSet[], startMs: number) {
  let sets = initial;
  let now = startMs;
  const setListeners = new Set<() => void>();
  const clockListeners = new Set<(nowMs: number) => void>();
  const sent: ExpiryNotice[] = [];
  return {
    sent,
    clockListeners,
    sources: {
      sets: () => sets,
      subscribeSets: (l: () => void) => {
        setListeners.add(l);
        return () => setListeners.delete(l);
      },
      now: () => now,
      subscribeClock: (l: (nowMs: number) => void) => {
        clockListeners.add(l);
        return () => clockListeners.delete(l);
      },
      notify: (n: ExpiryNotice) => sent.push(n),
    },
    tick(to: number) {
      now = to;
      for (const l of [...clockListeners]) l(now);
    },
    change(next: ExpiringSet[]) {
      sets = next;
      for (const l of [...setListeners]) l();
    },
  };
}

const admin: ExpiringSet = { id: 'set-1', label: 'Admin/alice', expiresAtMs: END };

describe('watchExpiryNotices', () => {
  it('notifies once as the last five minutes start and once at expiry, then stops the clock', () => {
    const fake = fakeSources([admin], END - 30 * MIN);
    const stop = watchExpiryNotices(fake.sources);
    expect(fake.sent).toEqual([]);
    fake.tick(END - 4 * MIN);
    fake.tick(END - 3 * MIN);
    expect(fake.sent.map((n) => n.kind)).toEqual(['soon']);
    fake.tick(END + 1000);
    fake.tick(END + 2000);
    expect(fake.sent.map((n) => n.kind)).toEqual(['soon', 'expired']);
    fake.tick(END + EXPIRED_NOTICE_GRACE_MS);
    expect(fake.clockListeners.size).toBe(1);
    fake.tick(END + EXPIRED_NOTICE_GRACE_MS + 1000);
    expect(fake.clockListeners.size).toBe(0);
    stop();
  });

  it('sends what is already due when it starts (the user just asked)', () => {
    const fake = fakeSources([admin], END - 2 * MIN);
    const stop = watchExpiryNotices(fake.sources);
    expect(fake.sent.map((n) => n.title)).toEqual(['Admin/alice expires in 2m']);
    stop();
  });

  it('listens to the clock only while some notice can fall due, and again for a new set', () => {
    const fake = fakeSources([], END);
    const stop = watchExpiryNotices(fake.sources);
    expect(fake.clockListeners.size).toBe(0);
    fake.change([{ ...admin, expiresAtMs: END + 60 * MIN }]);
    expect(fake.clockListeners.size).toBe(1);
    stop();
    expect(fake.clockListeners.size).toBe(0);
  });

  it('notifies a set renewed in place again before its new expiry', () => {
    const fake = fakeSources([admin], END - 3 * MIN);
    const stop = watchExpiryNotices(fake.sources);
    fake.change([{ ...admin, expiresAtMs: END + 60 * MIN }]);
    fake.tick(END + 56 * MIN);
    expect(fake.sent.map((n) => n.kind)).toEqual(['soon', 'soon']);
    stop();
  });
});
