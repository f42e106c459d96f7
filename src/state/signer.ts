import { useSyncExternalStore } from 'react';
import { hasExpired } from '../lib/wallet/local-expiry.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { useClock } from './clock.ts';
import { wallet } from './wallet.ts';

/** Which wallet set signs the next signed call. Memory only. */
let selectedId: string | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const unsubscribeWallet = wallet.subscribe(listener);
  return () => {
    listeners.delete(listener);
    unsubscribeWallet();
  };
}

export function selectSigner(id: string | undefined): void {
  selectedId = id;
  for (const listener of listeners) listener();
}

/** The selected signer if it still exists and has not expired. */
export function currentSigner(nowMs: number = Date.now()): WalletEntry | undefined {
  const entry = wallet.getSnapshot().find((e) => e.id === selectedId);
  return entry && !hasExpired(entry, nowMs) ? entry : undefined;
}

/** The selected signer's id while that set is in the wallet. */
export function selectedSignerId(): string | undefined {
  return wallet.getSnapshot().some((e) => e.id === selectedId) ? selectedId : undefined;
}

/** The selected signer's id, re-rendering when it or the wallet changes. */
export function useSelectedSignerId(): string | undefined {
  return useSyncExternalStore(subscribe, selectedSignerId);
}

/**
 * The selected signer while it exists and has not expired: re-renders when the choice or the
 * wallet changes, and once when the set expires (not on every tick of the clock).
 */
export function useUsableSigner(): WalletEntry | undefined {
  const id = useSelectedSignerId();
  return useClock((now) => (id === undefined ? undefined : currentSigner(now)));
}
