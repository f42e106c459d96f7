/** Small statistics for benchmark samples. */

/** The median of the samples (mean of the middle two for an even count); NaN when empty. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[mid - 1] ?? Number.NaN;
  return (lower + upper) / 2;
}

/** Rounds to a fixed number of decimals (for stable, readable JSON). */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
