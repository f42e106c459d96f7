import { describe, expect, it } from 'vitest';
import {
  EXPIRED_NOTICE_GRACE_MS,
  dueNotices,
  keptKeys,
  noticeKey,
  noticesAhead,
  type ExpiringSet,
} from './expiry-notices.ts';

const MIN = 60_000;
const END = Date.UTC(2026, 11, 3, 13, 0, 0);
const admin: ExpiringSet = { id: 'set-1', label: 'Admin/alice', expiresAtMs: END };
const none = new Set<string>();

describe('dueNotices', () => {
  it('owes nothing while more than five minutes are left', () => {
    expect(dueNotices([admin], END - 5 * MIN, none)).toEqual([]);
    expect(dueNotices([admin], END - 30 * MIN, none)).toEqual([]);
  });

  it('says "expires in 5m" as the last five minutes start, naming the set, and once only', () => {
    const [soon] = dueNotices([admin], END - 5 * MIN + 1, none);
    expect(soon).toMatchObject({ kind: 'soon', tag: 'set-1', title: 'Admin/alice expires in 5m' });
    expect(soon?.body).toContain('Run again');
    expect(dueNotices([admin], END - 2 * MIN, new Set([soon?.key ?? '']))).toEqual([]);
  });

  it('rounds the minutes left up, never down to "0m"', () => {
    expect(dueNotices([admin], END - 2 * MIN - 30_000, none)[0]?.title).toBe(
      'Admin/alice expires in 3m',
    );
    expect(dueNotices([admin], END - 1000, none)[0]?.title).toBe('Admin/alice expires in 1m');
  });

  it('says "expired" at the end, also when the "soon" one was never sent (a sleeping tab)', () => {
    const due = dueNotices([admin], END, none);
    expect(due.map((n) => n.kind)).toEqual(['expired']);
    expect(due[0]?.title).toBe('Expired: Admin/alice');
    const sentSoon = new Set([noticeKey(admin, 'soon')]);
    expect(dueNotices([admin], END + 10_000, sentSoon).map((n) => n.kind)).toEqual(['expired']);
  });

  it('treats an expiry older than the grace as old news', () => {
    expect(dueNotices([admin], END + EXPIRED_NOTICE_GRACE_MS, none)).toHaveLength(1);
    expect(dueNotices([admin], END + EXPIRED_NOTICE_GRACE_MS + 1, none)).toEqual([]);
  });

  it('notifies a renewed set again: its new expiry is a new notice', () => {
    const sent = new Set([noticeKey(admin, 'soon')]);
    const renewed = { ...admin, expiresAtMs: END + 60 * MIN };
    expect(dueNotices([renewed], END + 56 * MIN, sent).map((n) => n.kind)).toEqual(['soon']);
  });

  it('handles each set on its own', () => {
    const other = { id: 'set-2', label: 'ReadOnly/bob', expiresAtMs: END + 3 * MIN };
    const due = dueNotices([admin, other], END - 1000, none);
    expect(due.map((n) => `${n.tag}:${n.kind}`)).toEqual(['set-1:soon', 'set-2:soon']);
  });
});

describe('keptKeys', () => {
  it('forgets the keys of removed and renewed sets', () => {
    const other = { id: 'set-2', label: 'B', expiresAtMs: END };
    const sent = new Set([noticeKey(admin, 'soon'), noticeKey(other, 'expired')]);
    const renewed = { ...admin, expiresAtMs: END + MIN };
    expect([...keptKeys([other], sent)]).toEqual([noticeKey(other, 'expired')]);
    expect([...keptKeys([renewed], sent)]).toEqual([]);
  });
});

describe('noticesAhead', () => {
  it('is true until the grace after the last expiry has passed', () => {
    expect(noticesAhead([admin], END - 60 * MIN)).toBe(true);
    expect(noticesAhead([admin], END + EXPIRED_NOTICE_GRACE_MS)).toBe(true);
    expect(noticesAhead([admin], END + EXPIRED_NOTICE_GRACE_MS + 1)).toBe(false);
    expect(noticesAhead([], END)).toBe(false);
  });
});
