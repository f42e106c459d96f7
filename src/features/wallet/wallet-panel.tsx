import { useDeferredValue, useRef } from 'react';
import { PasteAnything } from './paste-anything.tsx';
import { lazyComponent } from '../../components/lazy-component.tsx';
import { clearOnceLoaded } from '../../components/undo-clear-loader.ts';
import { UndoClearStatus } from '../../components/undo-clear-status.tsx';
import { useSelectedSignerId } from '../../state/signer.ts';
import { useWalletEntries } from '../../state/wallet.ts';

/** Saved recipes (and their editor and exports): loaded after the first screen. */
const RecipesPanel = lazyComponent('the recipes', () =>
  import('./recipes-panel.tsx').then((m) => m.RecipesPanel),
).Component;

/** The sets themselves: loaded after the first screen (the wallet starts empty). */
const WalletList = lazyComponent('the wallet', () =>
  import('./wallet-list.tsx').then((m) => m.WalletList),
).Component;

/** Every credential set in memory, with lineage, countdowns and signer choice. */
export function WalletPanel() {
  // A new set's result card renders first (focus goes there); its wallet line a moment later.
  const current = useWalletEntries();
  const entries = useDeferredValue(current);
  const selectedId = useSelectedSignerId();
  const clearAll = useRef<HTMLButtonElement>(null);
  return (
    <aside className="wallet" aria-labelledby="wallet-title">
      <div className="wallet__header">
        <h2 id="wallet-title">Wallet</h2>
        <div className="wallet__clear">
          {current.length > 0 ? (
            <button
              ref={clearAll}
              type="button"
              className="button button--small button--ghost"
              onClick={() => {
                clearOnceLoaded(
                  () => import('../../state/clear-with-undo.ts'),
                  ({ clearWithUndo }) => {
                    clearWithUndo('wallet');
                  },
                );
              }}
            >
              Clear all
            </button>
          ) : null}
          <UndoClearStatus scope="wallet" returnFocus={clearAll} />
        </div>
      </div>
      <PasteAnything />
      <RecipesPanel />
      {entries.length === 0 ? (
        <p className="wallet__empty">
          Credentials you get or import appear here. They live in this tab’s memory only.
        </p>
      ) : (
        <WalletList entries={entries} selectedId={selectedId} />
      )}
    </aside>
  );
}
