import { formatLocalTime } from '../lib/time/format-local-date-time.ts';
import { localExpiryOf } from '../lib/wallet/local-expiry.ts';
import { renewalSource } from '../lib/wallet/renewal-source.ts';
import {
  KEEP_FRESH_DEFAULTS,
  planRenewals,
  type KeepFreshSettings,
  type ScheduledSet,
} from '../lib/wallet/renewal-schedule.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { keepFresh } from './keep-fresh.ts';
import { renewSet } from './renew-set.ts';
import { showToast } from './toasts.ts';
import { wallet } from './wallet.ts';

/** Keep fresh's settings for the page: N = 5 minutes. */
export const keepFreshSettings: KeepFreshSettings = KEEP_FRESH_DEFAULTS;

/** The wallet as the scheduler sees it, at `nowMs`. */
function scheduledSets(entries: readonly WalletEntry[], nowMs: number): ScheduledSet[] {
  return entries.map((entry) => {
    const record = keepFresh.get(entry.id);
    return {
      id: entry.id,
      parentId: entry.parentId,
      expiresAtMs: localExpiryOf(entry)?.getTime(),
      keepFresh: record.on,
      canRenew: record.on && renewalSource(entry, entries, nowMs).ok,
      attempt: record.attempt,
    };
  });
}

/** Renews one set and tells the user how it went (a toast; the wallet line reads the record). */
async function renew(entry: WalletEntry): Promise<void> {
  const forExpiryMs = localExpiryOf(entry)?.getTime() ?? 0;
  const previous = keepFresh.get(entry.id).attempt;
  const failures =
    previous?.state === 'failed' && previous.forExpiryMs === forExpiryMs ? previous.failures : 0;
  keepFresh.record(entry.id, { state: 'running', forExpiryMs, failures });
  const renewed = await renewSet(entry.id);
  const atMs = Date.now();
  if (renewed.ok) {
    keepFresh.record(entry.id, { state: 'renewed', forExpiryMs, atMs });
    showToast(`Kept fresh: “${entry.label}” was renewed at ${formatLocalTime(new Date(atMs))}.`);
    return;
  }
  // STS's messages end with a full stop; the sentences around them add their own.
  const reason = renewed.error.replace(/[.\s]+$/, '');
  keepFresh.record(
    entry.id,
    { state: 'failed', forExpiryMs, atMs, failures: failures + 1 },
    reason,
  );
  showToast(
    `Keep fresh could not renew “${entry.label}”: ${reason}. The old set stays until it expires.`,
    'warning',
  );
}

let timer: ReturnType<typeof setTimeout> | undefined;
let checkQueued = false;

/** Renews what is due now and sets a timer for the next look. */
function check(): void {
  checkQueued = false;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const nowMs = Date.now();
  const entries = wallet.getSnapshot();
  const plan = planRenewals(scheduledSets(entries, nowMs), nowMs, keepFreshSettings);
  for (const id of plan.due) {
    const entry = entries.find((e) => e.id === id);
    if (entry) void renew(entry);
  }
  if (plan.nextCheckAtMs !== undefined) {
    timer = setTimeout(check, Math.max(0, plan.nextCheckAtMs - Date.now()));
  }
}

/** One look after whatever changed now (several changes in a row make one look). */
function queueCheck(): void {
  if (checkQueued) return;
  checkQueued = true;
  queueMicrotask(check);
}

let started = false;

/** Starts Keep fresh for the page: it looks again whenever the wallet or a choice changes. */
export function startKeepFresh(): void {
  if (started) return;
  started = true;
  wallet.subscribe(queueCheck);
  keepFresh.subscribe(queueCheck);
  queueCheck();
}
