import { useEffect } from 'react';
import { formatCountdown } from '../lib/time/format-duration.ts';
import { localExpiryMs } from '../lib/wallet/local-expiry.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { clockNow, subscribeClock } from './clock.ts';
import { wallet } from './wallet.ts';

const BASE_TITLE = 'STS Console';
const SOON_MS = 5 * 60 * 1000;

/** What a background tab shows of the wallet: a set ending within five minutes, or one ended. */
export type ExpiryState = 'quiet' | 'soon' | 'expired';

/** Pure: the nearest news about the wallet's expirations (local ms); soon wins over expired. */
export function expiryState(expirations: readonly number[], nowMs: number): ExpiryState {
  if (expirations.some((t) => t > nowMs && t - nowMs < SOON_MS)) return 'soon';
  return expirations.some((t) => t <= nowMs) ? 'expired' : 'quiet';
}

/** Pure: the page title — it warns a background tab when a credential set nears or passes expiry. */
export function titleFor(expirations: readonly number[], nowMs: number): string {
  switch (expiryState(expirations, nowMs)) {
    case 'soon': {
      const first = Math.min(...expirations.filter((t) => t > nowMs));
      return `⚠ ${formatCountdown(first - nowMs)} left · ${BASE_TITLE}`;
    }
    case 'expired':
      return `⚠ Expired credentials in the wallet · ${BASE_TITLE}`;
    case 'quiet':
      return BASE_TITLE;
  }
}

/** Pure: the tab's icon for a state: a yellow dot for soon, a red one for expired. */
export function iconFor(state: ExpiryState): string {
  return state === 'quiet' ? '/favicon.svg' : `/favicon-${state}.svg`;
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
  setIcon(href: string): void;
}

/**
 * Keeps the title and the tab's icon in step with the nearest expiry outside React: it sets each
 * only when it changes, and listens to the clock only while some expiry is still ahead. Returns stop.
 */
export function watchTitleExpiry(sources: TitleSources): () => void {
  let shown: string | undefined;
  let shownIcon: string | undefined;
  let stopClock: (() => void) | undefined;
  let expirations = sources.expirations();
  const show = (nowMs: number) => {
    const title = titleFor(expirations, nowMs);
    if (title !== shown) sources.setTitle(title);
    shown = title;
    const icon = iconFor(expiryState(expirations, nowMs));
    if (icon !== shownIcon) sources.setIcon(icon);
    shownIcon = icon;
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

/** Keeps document.title and the tab's icon in step with the wallet's expiries, without re-rendering. */
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
        setIcon: (href) => {
          document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.setAttribute('href', href);
        },
      }),
    [],
  );
}
