import type { CSSProperties } from 'react';
import { describePrincipalArn } from '../../lib/decoders/arn.ts';
import { isExpired, isLongTerm, type WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { Countdown } from '../../components/countdown.tsx';
import { useNow } from '../../state/clock.ts';
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

function depth(entry: WalletEntry, all: readonly WalletEntry[]): number {
  let d = 0;
  let parent = all.find((e) => e.id === entry.parentId);
  while (parent && d < 20) {
    d += 1;
    const next = parent.parentId;
    parent = all.find((e) => e.id === next);
  }
  return d;
}

function WalletItem({
  entry,
  all,
  selected,
}: {
  entry: WalletEntry;
  all: readonly WalletEntry[];
  selected: boolean;
}) {
  const now = useNow();
  const expired = isExpired(entry.credentials, now);
  const parent = all.find((e) => e.id === entry.parentId);
  return (
    <li
      className={`wallet__item${selected ? ' wallet__item--selected' : ''}${expired ? ' wallet__item--expired' : ''}`}
      style={{ '--depth': depth(entry, all) } as CSSProperties}
      aria-label={`Credential set ${entry.label}`}
    >
      <div className="wallet__row">
        <strong className="wallet__label">{entry.label}</strong>
        {entry.credentials.expiration ? (
          <Countdown expiresAt={entry.credentials.expiration} subject={entry.label} />
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
          {selected ? 'Signing' : 'Use as signer'}
        </button>
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
      {entries.length === 0 ? (
        <p className="wallet__empty">
          Credentials you get or import appear here. They live in this tab’s memory only.
        </p>
      ) : (
        <ul className="wallet__list">
          {entries.map((e) => (
            <WalletItem key={e.id} entry={e} all={entries} selected={e.id === selectedId} />
          ))}
        </ul>
      )}
    </aside>
  );
}
