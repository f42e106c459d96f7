import { useSyncExternalStore } from 'react';
import { createUndoHold } from '../lib/undo-hold.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { selectedSignerId, selectSigner } from './signer.ts';
import { wallet } from './wallet.ts';

/** How long a clear can be undone; then what it cleared is dropped for real. */
export const UNDO_CLEAR_MS = 10_000;

/** Which button cleared: the wallet's "Clear all", or "Clear everything" (wallet and forms). */
export type ClearScope = 'wallet' | 'everything';

/** What the screen may say about a clear that can still be undone: no secret. */
export interface HeldClear {
  scope: ClearScope;
  /** Credential sets that Undo would bring back. */
  sets: number;
}

interface Cleared {
  entries: readonly WalletEntry[];
  signerId: string | undefined;
  /** Puts back what else was cleared (forms): given by whoever cleared it. */
  restoreOthers: readonly (() => void)[];
}

const held = createUndoHold<Cleared, HeldClear>({
  holdMs: UNDO_CLEAR_MS,
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle);
  },
});

/**
 * Empties the wallet now and holds its sets in memory for UNDO_CLEAR_MS behind an Undo.
 * `restoreOthers` brings back whatever else the caller cleared (drafts) if Undo is pressed.
 * A clear while another is held takes the earlier one in: Undo brings back both.
 */
export function clearWithUndo(scope: ClearScope, restoreOthers?: () => void): void {
  const earlier = held.release();
  const entries = [...wallet.getSnapshot(), ...(earlier?.entries ?? [])];
  const cleared: Cleared = {
    entries,
    signerId: selectedSignerId() ?? earlier?.signerId,
    restoreOthers: [...(earlier?.restoreOthers ?? []), ...(restoreOthers ? [restoreOthers] : [])],
  };
  selectSigner(undefined);
  wallet.clear();
  held.hold(cleared, { scope, sets: entries.length });
}

/** Brings back what the held clear took (after anything added since); nothing once dropped. */
export function undoClear(): void {
  const cleared = held.release();
  if (!cleared) return;
  wallet.restore(cleared.entries);
  if (selectedSignerId() === undefined) selectSigner(cleared.signerId);
  for (const restore of cleared.restoreOthers) restore();
}

/** The clear that can still be undone, re-rendering when one starts, is undone or is dropped. */
export function useHeldClear(): HeldClear | undefined {
  return useSyncExternalStore(held.subscribe, held.getSnapshot);
}

if (typeof window !== 'undefined') {
  // Leaving the page wipes what is held for Undo too, at once.
  window.addEventListener('pagehide', held.drop);
}
