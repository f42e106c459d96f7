import { localExpiryMs, type ExpiringSet } from './wallet/local-expiry.ts';

/** Whether leaving the page should ask first, and when to decide again with no other change. */
export interface LeaveGuardDecision {
  guard: boolean;
  /** Local ms at which the guard would lift by itself (the last set's expiry); else undefined. */
  recheckAtMs: number | undefined;
}

/**
 * Pure: leaving asks first while a form holds unsent input or the wallet holds a set that has not
 * expired (keys that never expire included). When only expiring sets hold it, it lifts as the
 * last of them expires.
 */
export function leaveGuardDecision(
  sets: readonly ExpiringSet[],
  nowMs: number,
  unsentInput: boolean,
): LeaveGuardDecision {
  if (unsentInput || sets.some((set) => set.credentials.expiration === undefined)) {
    return { guard: true, recheckAtMs: undefined };
  }
  const ahead = sets.flatMap(({ credentials, clockOffsetMs }) => {
    const at = credentials.expiration ? localExpiryMs(credentials.expiration, clockOffsetMs) : 0;
    return at > nowMs ? [at] : [];
  });
  return ahead.length > 0
    ? { guard: true, recheckAtMs: Math.max(...ahead) }
    : { guard: false, recheckAtMs: undefined };
}
