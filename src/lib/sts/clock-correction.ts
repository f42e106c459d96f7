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
