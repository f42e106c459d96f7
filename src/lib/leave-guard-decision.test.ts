import { describe, expect, it } from 'vitest';
import { leaveGuardDecision } from './leave-guard-decision.ts';

const now = 1_000_000_000;
const expiringAt = (ms: number, clockOffsetMs?: number) => ({
  credentials: { expiration: new Date(ms) },
  clockOffsetMs,
});
const keys = { credentials: {} };

describe('leaveGuardDecision', () => {
  it('lets the page go with nothing to lose', () => {
    expect(leaveGuardDecision([], now, false)).toEqual({ guard: false, recheckAtMs: undefined });
    expect(leaveGuardDecision([expiringAt(now), expiringAt(now - 1)], now, false)).toEqual({
      guard: false,
      recheckAtMs: undefined,
    });
  });
  it('asks while a form holds unsent input, whatever the wallet', () => {
    expect(leaveGuardDecision([], now, true)).toEqual({ guard: true, recheckAtMs: undefined });
    expect(leaveGuardDecision([expiringAt(now + 60_000)], now, true).guard).toBe(true);
  });
  it('asks while keys that never expire are in the wallet', () => {
    expect(leaveGuardDecision([keys, expiringAt(now - 1)], now, false)).toEqual({
      guard: true,
      recheckAtMs: undefined,
    });
  });
  it('asks until the last unexpired set expires, by the local clock', () => {
    const sets = [expiringAt(now - 1), expiringAt(now + 60_000), expiringAt(now + 3_600_000)];
    expect(leaveGuardDecision(sets, now, false)).toEqual({
      guard: true,
      recheckAtMs: now + 3_600_000,
    });
    // STS's clock is 10 s ahead: the set expires 10 s earlier by the local clock.
    expect(leaveGuardDecision([expiringAt(now + 5_000, 10_000)], now, false).guard).toBe(false);
    expect(leaveGuardDecision([expiringAt(now + 15_000, 10_000)], now, false).recheckAtMs).toBe(
      now + 5_000,
    );
  });
});
