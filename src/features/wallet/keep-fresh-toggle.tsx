import { useId } from 'react';
import { formatLocalTime } from '../../lib/time/format-local-date-time.ts';
import { renewalSource } from '../../lib/wallet/renewal-source.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { useClock } from '../../state/clock.ts';
import { keepFresh, useKeepFresh } from '../../state/keep-fresh.ts';
import {
  keepFreshSettings,
  renewBySigningIn,
  startKeepFresh,
} from '../../state/keep-fresh-runner.ts';
import { wallet } from '../../state/wallet.ts';
import { keepFreshStatus } from './keep-fresh-status.ts';

/** Why nothing can renew the set now without the user (undefined when something can). */
function renewalProblem(entry: WalletEntry, nowMs: number): string | undefined {
  const source = renewalSource(entry, wallet.getSnapshot(), nowMs);
  return source.ok ? undefined : source.error;
}

/** The provider a renewal would sign in with again now, if it must. */
function signInProvider(entry: WalletEntry, nowMs: number): string | undefined {
  const source = renewalSource(entry, wallet.getSnapshot(), nowMs);
  return source.ok ? source.value.signIn?.name : undefined;
}

const leadMinutes = keepFreshSettings.leadMs / 60_000;

/** What the set's Keep fresh state says now, and whether its checkbox may be ticked. */
function useKeepFreshState(entry: WalletEntry) {
  const record = useKeepFresh(entry.id);
  // Re-renders when the answer changes (the parent expires, the token runs out), not every tick.
  const problem = useClock((now) => renewalProblem(entry, now));
  const signInWith = useClock((now) => signInProvider(entry, now));
  const status = keepFreshStatus(record, problem, leadMinutes, formatLocalTime, signInWith);
  const needsUser = record.on && record.attempt?.state === 'needs-user';
  return {
    on: record.on,
    disabled: !record.on && problem !== undefined,
    status,
    renewWith: needsUser ? signInWith : undefined,
  };
}

const statusId = (entry: WalletEntry) => `keep-fresh-status-${entry.id}`;

/**
 * A set's Keep fresh checkbox, at the end of its source line (so a set is no taller for it);
 * disabled while off when the source cannot sign (KeepFreshStatus says why).
 */
export function KeepFreshToggle({ entry }: { entry: WalletEntry }) {
  const id = useId();
  const { on, disabled } = useKeepFreshState(entry);
  return (
    <span className="wallet__keep-fresh">
      <input
        id={id}
        type="checkbox"
        checked={on}
        disabled={disabled}
        aria-describedby={statusId(entry)}
        onChange={(e) => {
          startKeepFresh();
          keepFresh.set(entry.id, e.target.checked);
        }}
      />
      <label htmlFor={id}>Keep fresh</label>
    </span>
  );
}

/**
 * What Keep fresh did, or why it cannot: a live region always in the item, taking no room while
 * there is nothing to say.
 */
export function KeepFreshStatus({ entry }: { entry: WalletEntry }) {
  const { status, renewWith } = useKeepFreshState(entry);
  return (
    <div id={statusId(entry)} className="wallet__keep-fresh-status" role="status">
      {status}
      {renewWith === undefined ? null : (
        <>
          {' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              // Within the click: the browser lets the sign-in window open.
              renewBySigningIn(entry.id);
            }}
          >
            Renew by signing in with {renewWith}
          </button>
        </>
      )}
    </div>
  );
}
