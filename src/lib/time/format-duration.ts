/** "1h 02m 03s", "4m 05s", "9s" — a countdown a person reads at a glance. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

/** "1h 02m", "59m" — minute precision, for countdowns far from their end. */
export function formatCountdownMinutes(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m`;
}

export type ExpiryState = 'ok' | 'soon' | 'expired';

/** Under five minutes is "soon"; the threshold users asked for. */
export function expiryState(expiresAtMs: number, nowMs: number): ExpiryState {
  const left = expiresAtMs - nowMs;
  if (left <= 0) return 'expired';
  if (left < 5 * 60 * 1000) return 'soon';
  return 'ok';
}
