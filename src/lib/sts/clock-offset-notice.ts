/** Below this, a clock offset is not worth a word (the SDK only corrects skews of 5 minutes or more). */
const NOTABLE_CLOCK_OFFSET_MS = 60_000;

/** Pure: what to tell the user when the SDK had to correct the local clock to STS's, if anything. */
export function clockOffsetNotice(offsetMs: number): string | undefined {
  if (!Number.isFinite(offsetMs) || Math.abs(offsetMs) < NOTABLE_CLOCK_OFFSET_MS) return undefined;
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const amount = minutes === 1 ? '1 minute' : `${minutes.toLocaleString('en-US')} minutes`;
  const direction = offsetMs > 0 ? 'behind' : 'ahead of';
  return `Your computer’s clock is ${amount} ${direction} STS’s. The SDK corrected for it and the call went through, and expiry countdowns here allow for it; other tools may not, so set your clock right.`;
}
