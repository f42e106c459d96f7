import { useEffect } from 'react';
import { formatCountdown } from '../lib/time/format-duration.ts';
import { useNow } from './clock.ts';
import { useWalletEntries } from './wallet.ts';

const BASE_TITLE = 'STS Console';
const SOON_MS = 5 * 60 * 1000;

/** Pure: the page title — it warns a background tab when a credential set nears expiry. */
export function titleFor(expirations: readonly number[], nowMs: number): string {
  const soon = expirations.filter((t) => t > nowMs && t - nowMs < SOON_MS);
  if (soon.length === 0) return BASE_TITLE;
  const first = Math.min(...soon);
  return `⚠ ${formatCountdown(first - nowMs)} left · ${BASE_TITLE}`;
}

/** Keeps document.title in step with the wallet's nearest expiry. */
export function useTitleExpiry(): void {
  const entries = useWalletEntries();
  const now = useNow();
  const title = titleFor(
    entries.flatMap((e) => (e.credentials.expiration ? [e.credentials.expiration.getTime()] : [])),
    now,
  );
  useEffect(() => {
    document.title = title;
  }, [title]);
}
