import { useEffect, useRef } from 'react';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';

export interface WalletDetailsDialogProps {
  entry: WalletEntry;
  onClose: () => void;
}

/**
 * A set's credentials card in a modal dialog: the wallet column is too narrow for a key ID and
 * an expiry on one line, the dialog is as wide as the window allows (up to 46rem).
 */
export function WalletDetailsDialog({ entry, onClose }: WalletDetailsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-label={`Export and details: ${entry.label}`}
      onClose={onClose}
      onClick={(event) => {
        // A press on the backdrop lands on the dialog element itself: close, as a popover would.
        if (event.target === dialog.current) dialog.current.close();
      }}
    >
      <div className="dialog__bar">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            dialog.current?.close();
          }}
        >
          Close
        </button>
      </div>
      <CredentialsCard entry={entry} heading={`Credentials: ${entry.label}`} />
    </dialog>
  );
}
