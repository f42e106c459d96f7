import { lineageOrder } from '../../lib/wallet/lineage.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { ExpiryNotificationsToggle } from './expiry-notifications-toggle.tsx';
import { WalletItem } from './wallet-item.tsx';

export interface WalletListProps {
  entries: readonly WalletEntry[];
  selectedId: string | undefined;
}

/** The wallet's sets as a tree: each set followed by the sets it signed for. */
export function WalletList({ entries, selectedId }: WalletListProps) {
  return (
    <>
      <ul className="wallet__list">
        {lineageOrder(entries).map(({ entry, depth, parent }) => (
          <WalletItem
            key={entry.id}
            entry={entry}
            depth={depth}
            parentLabel={parent?.label}
            selected={entry.id === selectedId}
          />
        ))}
      </ul>
      <ExpiryNotificationsToggle />
    </>
  );
}
