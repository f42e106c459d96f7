/**
 * Keep fresh's scheduler, pure: from the sets, what was tried already and the time, which sets to
 * renew now and when to look again. The clock is an argument; timers live elsewhere.
 */

export interface KeepFreshSettings {
  /** How long before a set's expiry it is renewed (N minutes). */
  leadMs: number;
  /** The wait after a first failed renewal; it doubles after each further failure. */
  retryMs: number;
  /** The longest wait between two tries. */
  maxRetryMs: number;
  /** The shortest time between two renewals of one set (a set STS keeps issuing short). */
  minGapMs: number;
}

export const KEEP_FRESH_DEFAULTS: KeepFreshSettings = {
  leadMs: 5 * 60_000,
  retryMs: 30_000,
  maxRetryMs: 4 * 60_000,
  minGapMs: 60_000,
};

/** What Keep fresh did last for one set. */
export type RenewalAttempt =
  /** A renewal is on its way. */
  | { state: 'running'; forExpiryMs: number; failures: number }
  /** Renewed at `atMs`; the set now has a new expiry. */
  | { state: 'renewed'; forExpiryMs: number; atMs: number }
  /** `failures` tries for this expiry failed, the last at `atMs`. */
  | { state: 'failed'; forExpiryMs: number; atMs: number; failures: number }
  /**
   * Only the user can go on (a sign-in window the browser blocked, a provider asking to sign in):
   * not tried again by itself for this expiry; `interactive` when the provider must show its page.
   */
  | { state: 'needs-user'; forExpiryMs: number; atMs: number; interactive: boolean };

/** One set as the scheduler sees it. */
export interface ScheduledSet {
  id: string;
  parentId?: string | undefined;
  /** The local-clock instant (ms) it expires; undefined when it never does. */
  expiresAtMs: number | undefined;
  keepFresh: boolean;
  /** Whether its source can sign a renewal now (parent live, token valid). */
  canRenew: boolean;
  attempt?: RenewalAttempt | undefined;
}

export interface RenewalPlan {
  /** Sets to renew now; none of them has a set above it that is renewed now. */
  due: string[];
  /** When to plan again (local ms), or undefined when only a change in the wallet can matter. */
  nextCheckAtMs: number | undefined;
}

/** Pure: the wait before the next try after `failures` failed ones. */
export function retryDelayMs(failures: number, settings: KeepFreshSettings): number {
  return Math.min(settings.retryMs * 2 ** Math.max(0, failures - 1), settings.maxRetryMs);
}

/** Pure: the earliest time (local ms) this set may be renewed, or undefined for never. */
function earliestRenewalMs(set: ScheduledSet, settings: KeepFreshSettings): number | undefined {
  if (!set.keepFresh || set.expiresAtMs === undefined) return undefined;
  const dueAt = set.expiresAtMs - settings.leadMs;
  const attempt = set.attempt;
  if (attempt === undefined) return dueAt;
  if (attempt.state === 'renewed') {
    // The same expiry is never renewed twice; a new one not too soon after the last renewal.
    if (attempt.forExpiryMs === set.expiresAtMs) return undefined;
    return Math.max(dueAt, attempt.atMs + settings.minGapMs);
  }
  if (attempt.forExpiryMs !== set.expiresAtMs) return dueAt;
  if (attempt.state === 'running' || attempt.state === 'needs-user') return undefined;
  return Math.max(dueAt, attempt.atMs + retryDelayMs(attempt.failures, settings));
}

/** Pure: true when some set above this one is being renewed now (or is about to be). */
function waitsForParent(
  set: ScheduledSet,
  byId: ReadonlyMap<string, ScheduledSet>,
  busy: ReadonlySet<string>,
): boolean {
  const seen = new Set<string>([set.id]);
  let parentId = set.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    if (busy.has(parentId)) return true;
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId;
  }
  return false;
}

/**
 * Pure: which sets to renew at `nowMs` — those with Keep fresh on whose renewal time has come
 * (`leadMs` before expiry, later after a failure), still unexpired, whose source can sign — and
 * when to look again. A set waits while a set above it is renewed: it is then signed by the new
 * keys.
 */
export function planRenewals(
  sets: readonly ScheduledSet[],
  nowMs: number,
  settings: KeepFreshSettings,
): RenewalPlan {
  const byId = new Map(sets.map((s) => [s.id, s]));
  const ready: ScheduledSet[] = [];
  let nextCheckAtMs: number | undefined;
  const later = (atMs: number) => {
    nextCheckAtMs = nextCheckAtMs === undefined ? atMs : Math.min(nextCheckAtMs, atMs);
  };
  for (const set of sets) {
    const earliest = earliestRenewalMs(set, settings);
    if (earliest === undefined || set.expiresAtMs === undefined) continue;
    if (nowMs >= set.expiresAtMs) continue;
    if (earliest > nowMs) {
      if (earliest < set.expiresAtMs) later(earliest);
      continue;
    }
    // Its time has come but nothing can sign: a change in the wallet is what can help.
    if (set.canRenew) ready.push(set);
  }
  const busy = new Set([
    ...ready.map((s) => s.id),
    ...sets.filter((s) => s.attempt?.state === 'running').map((s) => s.id),
  ]);
  const due = ready.filter((s) => !waitsForParent(s, byId, busy)).map((s) => s.id);
  return { due, nextCheckAtMs };
}
