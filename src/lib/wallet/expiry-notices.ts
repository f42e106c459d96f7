// Which browser notifications the wallet owes the user: one when a set enters its last five
// minutes, one when it expires. Pure: the watcher passes the sets, the time and what it sent.

import { expiryState, formatCountdownMinutes } from '../time/format-duration.ts';

/** A set as the notices see it: no secrets, only its name and when it ends (local clock, ms). */
export interface ExpiringSet {
  id: string;
  label: string;
  expiresAtMs: number;
}

export type ExpiryNoticeKind = 'soon' | 'expired';

export interface ExpiryNotice {
  /** Unique per set, expiry and kind: a renewed set (new expiry) is notified again. */
  key: string;
  kind: ExpiryNoticeKind;
  title: string;
  body: string;
  /** The set's id: a later notice about the same set replaces the earlier one. */
  tag: string;
}

/** An expiry older than this when first seen is old news, not a notice. Long enough for a
 * background tab, whose timers the browser may run only once a minute. */
export const EXPIRED_NOTICE_GRACE_MS = 5 * 60_000;

export function noticeKey(set: ExpiringSet, kind: ExpiryNoticeKind): string {
  return `${set.id}@${set.expiresAtMs}:${kind}`;
}

function noticeFor(set: ExpiringSet, kind: ExpiryNoticeKind, nowMs: number): ExpiryNotice {
  const key = noticeKey(set, kind);
  if (kind === 'expired') {
    return {
      key,
      kind,
      tag: set.id,
      title: `Expired: ${set.label}`,
      body: 'These credentials no longer work. Run again (in the wallet) for a new set.',
    };
  }
  const left = Math.max(60_000, set.expiresAtMs - nowMs + 59_999);
  return {
    key,
    kind,
    tag: set.id,
    title: `${set.label} expires in ${formatCountdownMinutes(left)}`,
    body: 'Run again (in the wallet) before then for a new set.',
  };
}

/**
 * The notices due now that were not sent yet. A set past its expiry gets only the "expired"
 * notice (never a late "soon"), and only within EXPIRED_NOTICE_GRACE_MS of its end.
 */
export function dueNotices(
  sets: readonly ExpiringSet[],
  nowMs: number,
  sent: ReadonlySet<string>,
): ExpiryNotice[] {
  const due: ExpiryNotice[] = [];
  for (const set of sets) {
    const state = expiryState(set.expiresAtMs, nowMs);
    if (state === 'ok') continue;
    if (state === 'expired' && nowMs - set.expiresAtMs > EXPIRED_NOTICE_GRACE_MS) continue;
    if (!sent.has(noticeKey(set, state))) due.push(noticeFor(set, state, nowMs));
  }
  return due;
}

/**
 * The keys worth remembering: those of sets still present with the same expiry. A removed or
 * renewed set's keys go, so what is remembered never grows past the wallet.
 */
export function keptKeys(sets: readonly ExpiringSet[], sent: ReadonlySet<string>): Set<string> {
  const live = new Set(
    sets.flatMap((s) => [noticeKey(s, 'soon'), noticeKey(s, 'expired')] as const),
  );
  return new Set([...sent].filter((key) => live.has(key)));
}

/** Whether any notice can still fall due for these sets (the clock is needed only then). */
export function noticesAhead(sets: readonly ExpiringSet[], nowMs: number): boolean {
  return sets.some((s) => nowMs - s.expiresAtMs <= EXPIRED_NOTICE_GRACE_MS);
}
