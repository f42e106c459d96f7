import type * as StsSdk from './sts-sdk.ts';

export type StsSdkModule = typeof StsSdk;

let loading: Promise<StsSdkModule> | undefined;
let loaded: StsSdkModule | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the SDK's chunk once. A failed load (a network blip while fetching the chunk) is
 * forgotten, so the next call tries again.
 */
export function loadStsSdk(): Promise<StsSdkModule> {
  loading ??= import('./sts-sdk.ts').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

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
