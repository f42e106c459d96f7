import type { KeepFreshRecord } from '../../state/keep-fresh.ts';

/**
 * Pure: what a wallet line says about Keep fresh — that it is on and when it renews, the last
 * renewal, why the last one failed or what it needs from the user, or why the set's source can no
 * longer sign (`problem`).
 * Undefined while Keep fresh is off and could be turned on.
 */
export function keepFreshStatus(
  record: KeepFreshRecord,
  problem: string | undefined,
  leadMinutes: number,
  formatTime: (date: Date) => string,
  /** The provider a renewal signs in with again (the set's token has expired). */
  signInWith?: string,
): string | undefined {
  const attempt = record.on ? record.attempt : undefined;
  if (attempt?.state === 'running') return 'Keep fresh: renewing…';
  if (problem !== undefined) return `Cannot keep it fresh: ${problem}.`;
  if (!record.on) return undefined;
  if (attempt?.state === 'failed') {
    return `Renewal failed at ${formatTime(new Date(attempt.atMs))}: ${record.failure ?? 'no reason given'}. The old set stays until it expires.`;
  }
  if (attempt?.state === 'needs-user') {
    return `Renewing needs you: ${record.failure ?? 'a sign-in'}. The old set stays until it expires.`;
  }
  if (attempt?.state === 'renewed')
    return `Kept fresh: renewed at ${formatTime(new Date(attempt.atMs))}.`;
  const how =
    signInWith === undefined
      ? ''
      : `, signing in with ${signInWith} again (its token has expired; no page when your session there is alive)`;
  return `Keep fresh: renews ${String(leadMinutes)} min before it expires${how}.`;
}
