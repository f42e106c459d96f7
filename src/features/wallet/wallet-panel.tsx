import { useState, type CSSProperties } from 'react';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import { describePrincipalArn } from '../../lib/decoders/arn.ts';
import { operationList } from '../../lib/sts/operations.ts';
import { lineageOrder, type LineageRow } from '../../lib/wallet/lineage.ts';
import { planRunAgain } from '../../lib/wallet/run-again.ts';
import { replaceDraft, requestSubmit } from '../../components/form/drafts.ts';
import { showToast } from '../../state/toasts.ts';
import { PasteAnything } from './paste-anything.tsx';
import { RecipesPanel } from './recipes-panel.tsx';
import { WalletLabel } from './wallet-label.tsx';
import { hasExpired } from '../../lib/wallet/local-expiry.ts';
import { isLongTerm, type WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { Countdown } from '../../components/countdown.tsx';
import { useClock } from '../../state/clock.ts';
import { selectSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useWalletEntries, wallet } from '../../state/wallet.ts';

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

interface WalletItemProps {
  row: LineageRow;
  all: readonly WalletEntry[];
  selected: boolean;
}

function runAgain(entry: WalletEntry, all: readonly WalletEntry[]): void {
  const plan = planRunAgain(entry, all);
  const info = plan ? operationList.find((op) => op.name === plan.operation) : undefined;
  if (!plan || !info) return;
  replaceDraft(info.name, plan.values);
  if (plan.signerId) selectSigner(plan.signerId);
  if (!plan.missing) requestSubmit(info.name);
  window.location.hash = `#/${info.slug}`;
  showToast(
    plan.missing
      ? `Run again: ${info.name} is filled in; supply ${plan.missing}, then send.`
      : `Run again: sending ${info.name} again with the same inputs and signer.`,
    plan.missing ? 'warning' : 'info',
  );
}

/** Signs AssumeRole with this set and opens its form (role ARN, session name from the last use). */
function assumeFrom(entry: WalletEntry): void {
  selectSigner(entry.id);
  window.location.hash = '#/assume-role';
  showToast(`AssumeRole will be signed by ${entry.label}: enter the role ARN and send.`);
}

function WalletItem({ row, all, selected }: WalletItemProps) {
  const { entry, parent, depth } = row;
  // Re-renders once, when the set expires: the countdown ticks on its own.
  // By STS's clock: the offset seen when the set was issued corrects a skewed local clock.
  const expired = useClock((now) => hasExpired(entry, now));
  const canRunAgain = planRunAgain(entry, all) !== undefined;
  const [open, setOpen] = useState(false);
  return (
    <li
      className={`wallet__item${selected ? ' wallet__item--selected' : ''}${expired ? ' wallet__item--expired' : ''}`}
      style={{ '--depth': depth } as CSSProperties}
      aria-label={`Credential set ${entry.label}`}
    >
      <div className="wallet__row">
        <WalletLabel entry={entry} />
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
      <div className="wallet__identity">{identityLine(entry)}</div>
      <div className="wallet__source">
        via {entry.source.operation}
        {parent ? <> · from {parent.label}</> : null}
      </div>
      <div className="wallet__actions">
        <button
          type="button"
          className="button button--small"
          disabled={expired}
          aria-pressed={selected}
          onClick={() => {
            selectSigner(selected ? undefined : entry.id);
          }}
        >
          {expired ? 'Expired' : selected ? 'Signing' : 'Use as signer'}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          Export and details
        </button>
        {expired ? null : (
          <button
            type="button"
            className="button button--small"
            aria-label={`Assume a role from ${entry.label}`}
            onClick={() => {
              assumeFrom(entry);
            }}
          >
            Assume a role from this set
          </button>
        )}
        {canRunAgain ? (
          <button
            type="button"
            className="button button--small"
            aria-label={`Run again: ${entry.label}`}
            onClick={() => {
              runAgain(entry, all);
            }}
          >
            Run again
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Remove ${entry.label}`}
          onClick={() => {
            wallet.remove(entry.id);
          }}
        >
          Remove
        </button>
      </div>
      {open ? <CredentialsCard entry={entry} heading={`Credentials: ${entry.label}`} /> : null}
    </li>
  );
}

/** Every credential set in memory, with lineage, countdowns and signer choice. */
export function WalletPanel() {
  const entries = useWalletEntries();
  const selectedId = useSelectedSignerId();
  return (
    <aside className="wallet" aria-labelledby="wallet-title">
      <div className="wallet__header">
        <h2 id="wallet-title">Wallet</h2>
        {entries.length > 0 ? (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => {
              wallet.clear();
            }}
          >
            Clear all
          </button>
        ) : null}
      </div>
      <PasteAnything />
      <RecipesPanel />
      {entries.length === 0 ? (
        <p className="wallet__empty">
          Credentials you get or import appear here. They live in this tab’s memory only.
        </p>
      ) : (
        <ul className="wallet__list">
          {lineageOrder(entries).map((row) => (
            <WalletItem
              key={row.entry.id}
              row={row}
              all={entries}
              selected={row.entry.id === selectedId}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
