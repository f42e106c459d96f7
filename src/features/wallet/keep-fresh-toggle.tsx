import { useId } from 'react';
import { formatLocalTime } from '../../lib/time/format-local-date-time.ts';
import { renewalSource } from '../../lib/wallet/renewal-source.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { useClock } from '../../state/clock.ts';
import { keepFresh, useKeepFresh } from '../../state/keep-fresh.ts';
import { keepFreshSettings, startKeepFresh } from '../../state/keep-fresh-runner.ts';
import { wallet } from '../../state/wallet.ts';
import { keepFreshStatus } from './keep-fresh-status.ts';

/** Why nothing can renew the set now without the user, or undefined when something can. */
function renewalProblem(entry: WalletEntry, nowMs: number): string | undefined {
  const source = renewalSource(entry, wallet.getSnapshot(), nowMs);
  return source.ok ? undefined : source.error;
}

const leadMinutes = keepFreshSettings.leadMs / 60_000;

/**
 * A set's Keep fresh checkbox and what Keep fresh did, or why it cannot: disabled while off when
 * the source cannot sign, with the reason beside it.
 */
export function KeepFreshToggle({ entry }: { entry: WalletEntry }) {
  const id = useId();
  const record = useKeepFresh(entry.id);
  // Re-renders when the answer changes (the parent expires, the token runs out), not every tick.
  const problem = useClock((now) => renewalProblem(entry, now));
  const status = keepFreshStatus(record, problem, leadMinutes, formatLocalTime);
  const disabled = !record.on && problem !== undefined;
  return (
    <div className="wallet__keep-fresh">
      <input
        id={id}
        type="checkbox"
        checked={record.on}
        disabled={disabled}
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          startKeepFresh();
          keepFresh.set(entry.id, e.target.checked);
        }}
      />
      <label htmlFor={id}>Keep fresh</label>
      <span id={`${id}-status`} className="wallet__keep-fresh-status" role="status">
        {status}
      </span>
    </div>
  );
}
