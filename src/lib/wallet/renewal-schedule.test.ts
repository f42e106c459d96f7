import { describe, expect, it } from 'vitest';
import {
  KEEP_FRESH_DEFAULTS,
  planRenewals,
  retryDelayMs,
  type ScheduledSet,
} from './renewal-schedule.ts';

const MIN = 60_000;
const settings = KEEP_FRESH_DEFAULTS;
const expiry = 60 * MIN;
const dueAt = expiry - 5 * MIN;

function set(over: Partial<ScheduledSet> = {}): ScheduledSet {
  return { id: 'a', expiresAtMs: expiry, keepFresh: true, canRenew: true, ...over };
}

describe('planRenewals', () => {
  it('is due exactly N minutes before expiry, not a millisecond earlier', () => {
    expect(planRenewals([set()], dueAt - 1, settings)).toEqual({ due: [], nextCheckAtMs: dueAt });
    expect(planRenewals([set()], dueAt, settings).due).toEqual(['a']);
  });

  it('follows the lead time of the settings', () => {
    const tenMinutes = { ...settings, leadMs: 10 * MIN };
    expect(planRenewals([set()], expiry - 10 * MIN, tenMinutes).due).toEqual(['a']);
    expect(planRenewals([set()], expiry - 10 * MIN, settings).due).toEqual([]);
  });

  it('renews nothing with Keep fresh off, for sets that never expire, or once expired', () => {
    expect(planRenewals([set({ keepFresh: false })], dueAt, settings)).toEqual({
      due: [],
      nextCheckAtMs: undefined,
    });
    expect(planRenewals([set({ expiresAtMs: undefined })], dueAt, settings).due).toEqual([]);
    expect(planRenewals([set()], expiry, settings)).toEqual({ due: [], nextCheckAtMs: undefined });
  });

  it('does not renew twice for the same expiry: not while running, not after success', () => {
    const running = set({ attempt: { state: 'running', forExpiryMs: expiry, failures: 0 } });
    expect(planRenewals([running], dueAt + 1, settings)).toEqual({
      due: [],
      nextCheckAtMs: undefined,
    });
    const renewed = set({ attempt: { state: 'renewed', forExpiryMs: expiry, atMs: dueAt } });
    expect(planRenewals([renewed], dueAt + 1, settings).due).toEqual([]);
  });

  it('renews the new expiry of a renewed set when its time comes', () => {
    const next = expiry + 60 * MIN;
    const renewed = set({
      expiresAtMs: next,
      attempt: { state: 'renewed', forExpiryMs: expiry, atMs: dueAt },
    });
    expect(planRenewals([renewed], dueAt + MIN, settings)).toEqual({
      due: [],
      nextCheckAtMs: next - 5 * MIN,
    });
    expect(planRenewals([renewed], next - 5 * MIN, settings).due).toEqual(['a']);
  });

  it('keeps a gap between renewals when STS issues a set shorter than the lead time', () => {
    const short = dueAt + 3 * MIN;
    const renewed = set({
      expiresAtMs: short,
      attempt: { state: 'renewed', forExpiryMs: expiry, atMs: dueAt },
    });
    expect(planRenewals([renewed], dueAt + 1, settings)).toEqual({
      due: [],
      nextCheckAtMs: dueAt + settings.minGapMs,
    });
    expect(planRenewals([renewed], dueAt + settings.minGapMs, settings).due).toEqual(['a']);
  });

  it('skips a set whose source cannot sign, and does not keep checking it', () => {
    expect(planRenewals([set({ canRenew: false })], dueAt, settings)).toEqual({
      due: [],
      nextCheckAtMs: undefined,
    });
    // Before its time, the check at its time still comes (the source may sign again by then).
    expect(planRenewals([set({ canRenew: false })], 0, settings).nextCheckAtMs).toBe(dueAt);
  });

  it('backs off after a failure, longer after each, and gives up at expiry', () => {
    const failed = (failures: number, atMs: number) =>
      set({ attempt: { state: 'failed', forExpiryMs: expiry, atMs, failures } });
    expect(planRenewals([failed(1, dueAt)], dueAt + 1, settings)).toEqual({
      due: [],
      nextCheckAtMs: dueAt + settings.retryMs,
    });
    expect(planRenewals([failed(1, dueAt)], dueAt + settings.retryMs, settings).due).toEqual(['a']);
    expect(planRenewals([failed(2, dueAt)], dueAt + 1, settings).nextCheckAtMs).toBe(
      dueAt + 2 * settings.retryMs,
    );
    // A retry that would come after the set expired never comes: the old set stays until then.
    expect(planRenewals([failed(1, expiry - 1000)], expiry - 999, settings)).toEqual({
      due: [],
      nextCheckAtMs: undefined,
    });
  });

  it('waits for the user when only the user can go on, until the set is renewed another way', () => {
    const waiting = set({
      attempt: { state: 'needs-user', forExpiryMs: expiry, atMs: dueAt, interactive: false },
    });
    expect(planRenewals([waiting], dueAt + 4 * MIN, settings)).toEqual({
      due: [],
      nextCheckAtMs: undefined,
    });
    // Renewed meanwhile (the click, Run again): its new expiry is kept fresh as usual.
    const renewed = { ...waiting, expiresAtMs: expiry + 60 * MIN };
    expect(planRenewals([renewed], expiry + 55 * MIN, settings).due).toEqual(['a']);
  });

  it('caps the back-off', () => {
    expect(retryDelayMs(1, settings)).toBe(30_000);
    expect(retryDelayMs(3, settings)).toBe(120_000);
    expect(retryDelayMs(10, settings)).toBe(settings.maxRetryMs);
  });

  it('starts over for a set renewed some other way after a failure (Run again)', () => {
    const other = expiry + 60 * MIN;
    const failed = set({
      expiresAtMs: other,
      attempt: { state: 'failed', forExpiryMs: expiry, atMs: dueAt, failures: 3 },
    });
    expect(planRenewals([failed], other - 5 * MIN, settings).due).toEqual(['a']);
  });

  it('renews children after their parents: a child waits while a set above it is renewed', () => {
    const parent = set({ id: 'p' });
    const child = set({ id: 'c', parentId: 'p' });
    const grandchild = set({ id: 'g', parentId: 'c' });
    expect(planRenewals([grandchild, child, parent], dueAt, settings).due).toEqual(['p']);
    const running = set({
      id: 'p',
      attempt: { state: 'running', forExpiryMs: expiry, failures: 0 },
    });
    expect(planRenewals([grandchild, child, running], dueAt, settings).due).toEqual([]);
    // Once the parent has its new keys, the child goes (signed by them), then the grandchild.
    const renewedParent = set({ id: 'p', expiresAtMs: expiry + 60 * MIN });
    expect(planRenewals([grandchild, child, renewedParent], dueAt, settings).due).toEqual(['c']);
  });

  it('does not hold a child back for a parent that keeps nothing fresh', () => {
    const parent = set({ id: 'p', keepFresh: false });
    const child = set({ id: 'c', parentId: 'p' });
    const other = set({ id: 'o' });
    expect(planRenewals([child, parent, other], dueAt, settings).due).toEqual(['c', 'o']);
    // A grandparent being renewed still holds back the grandchild, through the parent.
    const root = set({ id: 'r' });
    const leaf = set({ id: 'l', parentId: 'p2' });
    const middle = set({ id: 'p2', keepFresh: false, parentId: 'r' });
    expect(planRenewals([leaf, middle, root], dueAt, settings).due).toEqual(['r']);
  });

  it('survives a lineage cycle', () => {
    const a = set({ id: 'a', parentId: 'b', keepFresh: false });
    const b = set({ id: 'b', parentId: 'a' });
    expect(planRenewals([a, b], dueAt, settings).due).toEqual(['b']);
  });

  it('looks again at the earliest future time among all sets', () => {
    const soon = set({ id: 's', expiresAtMs: expiry - 10 * MIN });
    expect(planRenewals([set(), soon], 0, settings).nextCheckAtMs).toBe(expiry - 15 * MIN);
  });
});
