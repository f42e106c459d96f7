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
import { openSignInWindow } from './open-sign-in-window.ts';
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

/** The renewal's own sign-in window, one per set (never the form's). */
const renewalWindow = (entry: WalletEntry) => `sts-console-renewal-${entry.id}`;

/** Only the user can go on: the line says why and offers the sign-in (a click opens its window). */
function waitForUser(entry: WalletEntry, forExpiryMs: number, interactive: boolean, why: string) {
  const reason = why.replace(/[.\s]+$/, '');
  keepFresh.record(
    entry.id,
    { state: 'needs-user', forExpiryMs, atMs: Date.now(), interactive },
    reason,
  );
  showToast(
    `Keep fresh needs you to renew “${entry.label}”: ${reason}. Its line in the wallet offers the sign-in; the old set stays until it expires.`,
    'warning',
  );
}

/** Tells the user a renewal failed (a toast; the wallet line reads the record). */
function fail(entry: WalletEntry, forExpiryMs: number, failures: number, why: string): void {
  // STS's messages end with a full stop; the sentences around them add their own.
  const reason = why.replace(/[.\s]+$/, '');
  keepFresh.record(
    entry.id,
    { state: 'failed', forExpiryMs, atMs: Date.now(), failures: failures + 1 },
    reason,
  );
  showToast(
    `Keep fresh could not renew “${entry.label}”: ${reason}. The old set stays until it expires.`,
    'warning',
  );
}

/**
 * Renews one set and tells the user how it went. A set whose token expired signs in again first,
 * in `popup` (opened by the user's click) or in a window opened now, which browsers block
 * without a click: then the user is asked.
 */
async function renew(entry: WalletEntry, popup?: Window | null, interactive = false) {
  const forExpiryMs = localExpiryOf(entry)?.getTime() ?? 0;
  const previous = keepFresh.get(entry.id).attempt;
  const failures =
    previous?.state === 'failed' && previous.forExpiryMs === forExpiryMs ? previous.failures : 0;
  const source = renewalSource(entry, wallet.getSnapshot(), Date.now());
  const provider = source.ok ? source.value.signIn : undefined;
  let token: string | undefined;
  if (provider !== undefined) {
    const window = popup === undefined ? openSignInWindow(renewalWindow(entry)) : popup;
    if (window === null) {
      waitForUser(
        entry,
        forExpiryMs,
        interactive,
        `its token has expired and the browser blocked the window that signs in with ${provider.name} again`,
      );
      return;
    }
    keepFresh.record(entry.id, { state: 'running', forExpiryMs, failures });
    const { signInAgain } = await import('./silent-sign-in.ts');
    const signed = await signInAgain(provider, window, interactive);
    if (!signed.ok) {
      if (signed.error.needsUser) waitForUser(entry, forExpiryMs, true, signed.error.message);
      else fail(entry, forExpiryMs, failures, signed.error.message);
      return;
    }
    token = signed.value;
  }
  keepFresh.record(entry.id, { state: 'running', forExpiryMs, failures });
  const renewed = await renewSet(entry.id, token);
  if (!renewed.ok) {
    fail(entry, forExpiryMs, failures, renewed.error);
    return;
  }
  const atMs = Date.now();
  keepFresh.record(entry.id, { state: 'renewed', forExpiryMs, atMs });
  showToast(`Kept fresh: “${entry.label}” was renewed at ${formatLocalTime(new Date(atMs))}.`);
}

/**
 * The wallet line's "Renew by signing in": within the click, opens the sign-in window and renews
 * the set through it (silently, or with the provider's page when it asked for a sign-in).
 */
export function renewBySigningIn(id: string): void {
  const entry = wallet.getSnapshot().find((e) => e.id === id);
  if (entry === undefined) return;
  const attempt = keepFresh.get(id).attempt;
  const interactive = attempt?.state === 'needs-user' && attempt.interactive;
  void renew(entry, openSignInWindow(renewalWindow(entry)), interactive);
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
