import { loadOnce } from '../load-once.ts';
import type * as StsSdk from './sts-sdk.ts';

export type StsSdkModule = typeof StsSdk;

let loaded: StsSdkModule | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the SDK's chunk once. A failed load (a network blip while fetching the chunk) is
 * forgotten, so the next call tries again.
 */
export const loadStsSdk: () => Promise<StsSdkModule> = loadOnce(
  () => import('./sts-sdk.ts'),
  (module) => {
    loaded = module;
    for (const listener of listeners) listener();
  },
);

/** The SDK's module if it has loaded, for code that must answer synchronously. */
export function loadedStsSdk(): StsSdkModule | undefined {
  return loaded;
}

/** Calls `listener` once the SDK has loaded; returns the unsubscribe. */
export function onStsSdkLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
