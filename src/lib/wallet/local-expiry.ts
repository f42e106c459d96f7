import type { AwsCredentials } from './aws-credentials.ts';

/**
 * STS states `Expiration` in its own clock. When the local clock is off by `clockOffsetMs`
 * (server time − local time, as the SDK learns it from a response's Date header), the set expires
 * when the local clock reads `expiration − clockOffsetMs`: the remaining time is
 * `expiration − (localNow + clockOffsetMs)`. Converting the instant once lets every countdown keep
 * comparing against the plain local clock, with no per-tick arithmetic.
 */

/** Anything that carries credentials and the clock offset seen when they were obtained. */
export interface ExpiringSet {
  credentials: Pick<AwsCredentials, 'expiration'>;
  /** Server time − local time (ms) when the set was obtained; absent or 0 when unknown. */
  clockOffsetMs?: number | undefined;
}

/** Pure: the offset to use — a finite number of ms, else 0 (nothing known). */
export function usableClockOffset(clockOffsetMs: number | undefined): number {
  return clockOffsetMs !== undefined && Number.isFinite(clockOffsetMs) ? clockOffsetMs : 0;
}

/**
 * Below this, an offset is the rounding of the Date header (whole seconds) plus the time the
 * response took: not a skew, and not worth a second time on the card.
 */
const NOTICEABLE_CLOCK_OFFSET_MS = 2000;

/** Pure: true when the two clocks differ enough to say so (two seconds or more). */
export function hasNoticeableClockOffset(clockOffsetMs: number | undefined): boolean {
  return Math.abs(usableClockOffset(clockOffsetMs)) >= NOTICEABLE_CLOCK_OFFSET_MS;
}

/** Pure: the local-clock instant (ms) at which a set STS says expires at `expiration` expires. */
export function localExpiryMs(expiration: Date, clockOffsetMs: number | undefined): number {
  return expiration.getTime() - usableClockOffset(clockOffsetMs);
}

/** Pure: the local-clock instant at which a set expires, or undefined when it never does. */
export function localExpiryOf(set: ExpiringSet): Date | undefined {
  const { expiration } = set.credentials;
  return expiration ? new Date(localExpiryMs(expiration, set.clockOffsetMs)) : undefined;
}

/** Pure: true once a set has expired, judged by the local clock corrected by its offset. */
export function hasExpired(set: ExpiringSet, localNowMs: number): boolean {
  const { expiration } = set.credentials;
  return expiration !== undefined && localExpiryMs(expiration, set.clockOffsetMs) <= localNowMs;
}
