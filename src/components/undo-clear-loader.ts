import { loadOnce } from '../lib/load-once.ts';
import { showToast } from '../state/toasts.ts';
import { codeLoadFailure } from './code-load-failure.ts';
import { whenIdle } from './when-idle.ts';

let loaded = false;
const listeners = new Set<() => void>();

/** What a clear shows and its Undo: loaded after the first screen, or by the first clear. */
export const loadUndoClearContent = loadOnce(
  () => import('./undo-clear-content.tsx'),
  () => {
    loaded = true;
    for (const listener of listeners) listener();
  },
);

whenIdle(() => {
  loadUndoClearContent().catch(() => undefined);
});

/** Whether the Undo's code has arrived. */
export function isUndoClearContentLoaded(): boolean {
  return loaded;
}

/** Hears when the Undo's code arrives. */
export function subscribeUndoClearContent(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs a clear once its code (loaded after the first screen, so normally there already) and the
 * Undo that follows it have arrived. If they cannot be fetched, nothing is cleared, and a toast
 * says so.
 */
export function clearOnceLoaded<T>(load: () => Promise<T>, clear: (code: T) => void): void {
  Promise.all([load(), loadUndoClearContent()]).then(
    ([code]) => {
      clear(code);
    },
    () => {
      showToast(codeLoadFailure('clearing code', 'Nothing was cleared: try again.'), 'warning');
    },
  );
}
