import { memo, useState, type CSSProperties } from 'react';
import { describePrincipalArn } from '../../lib/decoders/arn.ts';
import { operationList } from '../../lib/sts/operations.ts';
import { planRunAgain } from '../../lib/wallet/run-again.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { shortDestination } from '../../lib/wallet/endpoint-binding.ts';
import { replaceDraft, requestSubmit } from '../../components/form/drafts.ts';
import { showToast } from '../../state/toasts.ts';
import { renewOnNextCall } from '../../state/pending-renewal.ts';
import { hasExpired } from '../../lib/wallet/local-expiry.ts';
import { isLongTerm, type WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { Countdown } from '../../components/countdown.tsx';
import { useClock } from '../../state/clock.ts';
import { selectSigner } from '../../state/signer.ts';
import { wallet } from '../../state/wallet.ts';
import { signerDestination } from './signer-destination.ts';
import { WalletDetailsDialog } from './wallet-details-dialog.tsx';
import { KeepFreshStatus, KeepFreshToggle } from './keep-fresh-toggle.tsx';
import { WalletItemMenu } from './wallet-item-menu.tsx';
import { WalletLabel } from './wallet-label.tsx';

function identityLine(entry: WalletEntry): string {
  if (!entry.identity) return isLongTerm(entry.credentials) ? 'Access keys' : 'Unknown identity';
  const p = describePrincipalArn(entry.identity.arn);
  if (!p.ok) return entry.identity.arn;
  const v = p.value;
  switch (v.kind) {
    case 'assumed-role':
      return `${v.roleName} / ${v.roleSession} · ${v.account}`;
    case 'federated-user':
      return `federated ${v.userName} · ${v.account}`;
    case 'user':
      return `user ${v.userName} · ${v.account}`;
    case 'root':
      return `root · ${v.account}`;
    default:
      return entry.identity.arn;
  }
}

/** Signs AssumeRole with this set and opens its form (role ARN, session name from the last use). */
function assumeFrom(entry: WalletEntry): void {
  selectSigner(entry.id);
  window.location.hash = '#/assume-role';
  showToast(`AssumeRole will be signed by ${entry.label}: enter the role ARN and send.`);
}

function runAgain(entry: WalletEntry): void {
  const plan = planRunAgain(entry, wallet.getSnapshot());
  const info = plan ? operationList.find((op) => op.name === plan.operation) : undefined;
  if (!plan || !info) return;
  replaceDraft(info.name, plan.values);
  renewOnNextCall({ operation: info.name, entryId: entry.id, values: plan.values });
  if (plan.signerId) selectSigner(plan.signerId);
  if (!plan.missing) requestSubmit(info.name);
  window.location.hash = `#/${info.slug}`;
  showToast(
    plan.missing
      ? `Run again: ${info.name} is filled in; supply ${plan.missing}, then send: “${entry.label}” gets the new keys.`
      : `Run again: sending ${info.name} again with the same inputs and signer; “${entry.label}” gets the new keys.`,
    plan.missing ? 'warning' : 'info',
  );
}

/** Selects the set; on a page that cannot use it (an unsigned call), goes to one that can. */
function signWith(entry: WalletEntry): void {
  selectSigner(entry.id);
  const here = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  const there = signerDestination(here, signerKind(entry));
  if (!there) return;
  window.location.hash = `#/${there.slug}`;
  showToast(`${entry.label} signs the next call: ${there.name} is one it can sign.`);
}

export interface WalletItemProps {
  entry: WalletEntry;
  /** 0 for a set nobody in the wallet signed for; 1 for its child, and so on. */
  depth: number;
  /** The label of the set that signed for this one, while it is in the wallet. */
  parentLabel?: string | undefined;
  selected: boolean;
}

/**
 * One set, compact: name and countdown, who it is, where it came from, and its actions.
 * Memoised: a new set in the wallet renders its own entry, not every other one again.
 */
export const WalletItem = memo(function WalletItem({
  entry,
  depth,
  parentLabel,
  selected,
}: WalletItemProps) {
  // Re-renders once, when the set expires: the countdown ticks on its own.
  // By STS's clock: the offset seen when the set was issued corrects a skewed local clock.
  const expired = useClock((now) => hasExpired(entry, now));
  // Whether the call can be repeated depends on how the set was made, not on the other sets.
  const canRunAgain = planRunAgain(entry, []) !== undefined;
  // Keep fresh is for sets a call made that expire: not for keys the user brought.
  const renewable = canRunAgain && !isLongTerm(entry.credentials);
  const [open, setOpen] = useState(false);
  const identity = identityLine(entry);
  const source = `via ${entry.source.operation}${parentLabel === undefined ? '' : ` · from ${parentLabel}`} · ${shortDestination(entry.binding.issuedBy)}`;
  return (
    <li
      className={`wallet__item${selected ? ' wallet__item--selected' : ''}${expired ? ' wallet__item--expired' : ''}`}
      style={{ '--depth': depth } as CSSProperties}
      aria-label={`Credential set ${entry.label}`}
    >
      <div className="wallet__row">
        <WalletLabel entry={entry} />
      </div>
      {/* The countdown shares the identity's line: the name keeps the whole width for itself. */}
      <div className="wallet__row">
        <span className="wallet__meta" title={identity}>
          {identity}
        </span>
        {entry.credentials.expiration ? (
          <Countdown
            expiresAt={entry.credentials.expiration}
            clockOffsetMs={entry.clockOffsetMs}
            subject={entry.label}
            coarse
          />
        ) : (
          <span className="badge badge--warning">long-term</span>
        )}
      </div>
      <div className="wallet__row">
        <span className="wallet__meta" title={source}>
          {source}
        </span>
        {renewable ? <KeepFreshToggle entry={entry} /> : null}
      </div>
      {renewable ? <KeepFreshStatus entry={entry} /> : null}
      <div className="wallet__actions">
        <button
          type="button"
          className="button button--small"
          disabled={expired}
          aria-pressed={selected}
          onClick={() => {
            if (selected) selectSigner(undefined);
            else signWith(entry);
          }}
        >
          {expired ? 'Expired' : selected ? 'Signing' : 'Use as signer'}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label="Export and details"
          aria-haspopup="dialog"
          onClick={() => {
            setOpen(true);
          }}
        >
          Export
        </button>
        <WalletItemMenu
          label={entry.label}
          onRunAgain={
            canRunAgain
              ? () => {
                  runAgain(entry);
                }
              : undefined
          }
          onAssumeFrom={
            expired
              ? undefined
              : () => {
                  assumeFrom(entry);
                }
          }
          onRemove={() => {
            wallet.remove(entry.id);
          }}
        />
      </div>
      {open ? (
        <WalletDetailsDialog
          entry={entry}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </li>
  );
});
