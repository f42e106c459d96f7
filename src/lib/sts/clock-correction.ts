/** The SDK's own threshold for a clock correction worth retrying (ms). */
const CLOCK_CORRECTION_MS = 240_000;

/**
 * Pure: whether a failed call deserves one more try because the SDK corrected the clock of a reused
 * client during it. The SDK retries only when the new offset is large, so a client that learned a
 * skew which has since gone (the clock was set right) would fail once with SignatureDoesNotMatch.
 */
export function clockCorrectionNeedsRetry(offsetBeforeMs: number, offsetAfterMs: number): boolean {
  return Math.abs(offsetAfterMs - offsetBeforeMs) >= CLOCK_CORRECTION_MS;
}

/** The skew from which the SDK adopts the server's clock (ms), as its signer does. */
const CLOCK_SKEW_MS = 300_000;

/**
 * Pure: the client's clock offset (server time − local time, ms) after a response with this
 * `Date` header, by the SDK's own rule: adopt the server's clock once the corrected local clock is
 * 5 minutes or more off it, else keep the offset. The SDK does this only for signed calls; the
 * console does it for unsigned ones too, so their expiry countdowns can allow for a skew.
 */
export function serverClockOffset(
  dateHeader: string | undefined,
  currentOffsetMs: number,
  localNowMs: number,
): number {
  const serverMs = dateHeader === undefined ? Number.NaN : Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return currentOffsetMs;
  return Math.abs(serverMs - (localNowMs + currentOffsetMs)) >= CLOCK_SKEW_MS
    ? serverMs - localNowMs
    : currentOffsetMs;
}
