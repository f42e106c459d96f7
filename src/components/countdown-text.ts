import { formatCountdown, formatCountdownMinutes } from '../lib/time/format-duration.ts';

/** Coarse countdowns switch to seconds this close to the end (a minute before the warning). */
export const FINE_WITHIN_MS = 6 * 60_000;

/**
 * Pure: what a countdown shows at `nowMs`: "4m 05s left", "Expired 12s ago", or with `coarse`
 * "1h 02m left" while more than six minutes remain.
 */
export function countdownText(expiresAtMs: number, nowMs: number, coarse: boolean): string {
  const left = expiresAtMs - nowMs;
  if (left <= 0) return `Expired ${formatCountdown(-left)} ago`;
  const amount =
    coarse && left > FINE_WITHIN_MS ? formatCountdownMinutes(left) : formatCountdown(left);
  return `${amount} left`;
}
