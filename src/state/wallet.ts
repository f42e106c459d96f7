import { useSyncExternalStore } from 'react';
import { createWallet, type WalletEntry } from '../lib/wallet/wallet-store.ts';

/** The page's one wallet. In memory only; wiped when the page is left. */
export const wallet = createWallet();

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    wallet.clear();
  });
}

/** Every credential set, newest first. */
export function useWalletEntries(): readonly WalletEntry[] {
  return useSyncExternalStore(wallet.subscribe, wallet.getSnapshot);
}

/**
 * The wallet's current version of one set (a renewal keeps its id), re-rendering when it changes;
 * undefined once it is gone.
 */
export function useWalletEntry(id: string | undefined): WalletEntry | undefined {
  return useSyncExternalStore(wallet.subscribe, () =>
    id === undefined ? undefined : wallet.getSnapshot().find((e) => e.id === id),
  );
}
