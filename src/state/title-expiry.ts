import { useEffect } from 'react';
import { formatCountdown } from '../lib/time/format-duration.ts';
import { localExpiryMs } from '../lib/wallet/local-expiry.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { clockNow, subscribeClock } from './clock.ts';
import { wallet } from './wallet.ts';

const BASE_TITLE = 'STS Console';
const SOON_MS = 5 * 60 * 1000;

/** Pure: the page title — it warns a background tab when a credential set nears expiry. */
export function titleFor(expirations: readonly number[], nowMs: number): string {
  const soon = expirations.filter((t) => t > nowMs && t - nowMs < SOON_MS);
  if (soon.length === 0) return BASE_TITLE;
  const first = Math.min(...soon);
  return `⚠ ${formatCountdown(first - nowMs)} left · ${BASE_TITLE}`;
}

/**
 * Pure: when each set expires by the local clock (ms), each STS expiration shifted by the clock
 * offset seen when the set was issued. Worked out once per wallet change, not on each tick.
 */
export function localExpirationsOf(entries: readonly WalletEntry[]): number[] {
  return entries.flatMap((e) =>
    e.credentials.expiration ? [localExpiryMs(e.credentials.expiration, e.clockOffsetMs)] : [],
  );
}

export interface TitleSources {
  /** Current expirations (ms, by the local clock) and a way to hear when they change. */
  expirations(): readonly number[];
  subscribeExpirations(listener: () => void): () => void;
  now(): number;
  subscribeClock(listener: (nowMs: number) => void): () => void;
  setTitle(title: string): void;
}

/**
 * Keeps the title in step with the nearest expiry outside React: it sets the title only when its
 * text changes, and listens to the clock only while some expiry is still ahead. Returns stop.
 */
export function watchTitleExpiry(sources: TitleSources): () => void {
  let shown: string | undefined;
  let stopClock: (() => void) | undefined;
  let expirations = sources.expirations();
  const show = (nowMs: number) => {
    const title = titleFor(expirations, nowMs);
    if (title !== shown) sources.setTitle(title);
    shown = title;
    if (stopClock && !expirations.some((t) => t > nowMs)) {
      stopClock();
      stopClock = undefined;
    }
  };
  const refresh = () => {
    expirations = sources.expirations();
    const nowMs = sources.now();
    if (!stopClock && expirations.some((t) => t > nowMs)) {
      stopClock = sources.subscribeClock(show);
    }
    show(nowMs);
  };
  const stopExpirations = sources.subscribeExpirations(refresh);
  refresh();
  return () => {
    stopExpirations();
    stopClock?.();
  };
}

/** Keeps document.title in step with the wallet's nearest expiry, without re-rendering. */
export function useTitleExpiry(): void {
  useEffect(
    () =>
      watchTitleExpiry({
        expirations: () => localExpirationsOf(wallet.getSnapshot()),
        subscribeExpirations: wallet.subscribe,
        now: clockNow,
        subscribeClock,
        setTitle: (title) => {
          document.title = title;
        },
      }),
    [],
  );
}
