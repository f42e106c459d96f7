import { useEffect } from 'react';
import {
  dueNotices,
  keptKeys,
  noticesAhead,
  type ExpiringSet,
  type ExpiryNotice,
} from '../lib/wallet/expiry-notices.ts';
import { localExpiryMs } from '../lib/wallet/local-expiry.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { clockNow, subscribeClock } from './clock.ts';
import { createPersistedStore, useStore } from './persisted-store.ts';
import { wallet } from './wallet.ts';

/** The user's choice (not a secret): notify before sets expire. Off until asked for. */
export const expiryNotificationsPreference = createPersistedStore<boolean>(
  'sts-console.expiry-notifications.v1',
  false,
  (raw) => (typeof raw === 'boolean' ? raw : undefined),
);

export function useExpiryNotificationsPreference(): boolean {
  return useStore(expiryNotificationsPreference);
}

/** Pure: the sets that expire, as the notices see them (names and local expiry, no keys). */
export function expiringSetsOf(entries: readonly WalletEntry[]): ExpiringSet[] {
  return entries.flatMap((e) =>
    e.credentials.expiration
      ? [
          {
            id: e.id,
            label: e.label,
            expiresAtMs: localExpiryMs(e.credentials.expiration, e.clockOffsetMs),
          },
        ]
      : [],
  );
}

export interface NoticeSources {
  sets(): readonly ExpiringSet[];
  subscribeSets(listener: () => void): () => void;
  now(): number;
  subscribeClock(listener: (nowMs: number) => void): () => void;
  notify(notice: ExpiryNotice): void;
}

/**
 * Sends each due notice once, outside React. Notices already due when it starts are sent at
 * once (the user just asked for them). It listens to the clock only while a notice can fall due.
 * Returns stop.
 */
export function watchExpiryNotices(sources: NoticeSources): () => void {
  let sent = new Set<string>();
  let sets = sources.sets();
  let stopClock: (() => void) | undefined;
  const check = (nowMs: number) => {
    for (const notice of dueNotices(sets, nowMs, sent)) {
      sent.add(notice.key);
      sources.notify(notice);
    }
    if (stopClock && !noticesAhead(sets, nowMs)) {
      stopClock();
      stopClock = undefined;
    }
  };
  const refresh = () => {
    sets = sources.sets();
    sent = keptKeys(sets, sent);
    const nowMs = sources.now();
    if (!stopClock && noticesAhead(sets, nowMs)) stopClock = sources.subscribeClock(check);
    check(nowMs);
  };
  const stopSets = sources.subscribeSets(refresh);
  refresh();
  return () => {
    stopSets();
    stopClock?.();
  };
}

function showNotification(notice: ExpiryNotice): void {
  try {
    const shown = new Notification(notice.title, { body: notice.body, tag: notice.tag });
    shown.onclick = () => {
      window.focus();
      shown.close();
    };
  } catch {
    // A browser that takes notifications only from a service worker: the title and icon still say it.
  }
}

/** While `active`, the browser notifies before and at each set's expiry. */
export function useExpiryNotifications(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    return watchExpiryNotices({
      sets: () => expiringSetsOf(wallet.getSnapshot()),
      subscribeSets: wallet.subscribe,
      now: clockNow,
      subscribeClock,
      notify: showNotification,
    });
  }, [active]);
}
