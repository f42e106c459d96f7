import { useSyncExternalStore } from 'react';
import { loadOnce } from '../lib/load-once.ts';
import { isFirstScreenShown, whenIdle } from './when-idle.ts';

export interface LazyModule<M> {
  /** Loads the module (once; a failed load is tried again next time). */
  load: () => Promise<M>;
  /** The module if it has loaded, for code that must answer synchronously. */
  loaded: () => M | undefined;
  /** Hook: the module once loaded (the component renders again when it arrives). */
  useLoaded: () => M | undefined;
}

/**
 * A module kept out of the first screen's JavaScript, like lazyComponent for code that is not a
 * component: it loads while the browser is idle after the first paint, or at its first use.
 * Callers that cannot wait read `loaded()` (and render again through `useLoaded()`).
 */
export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  const listeners = new Set<() => void>();
  const start = loadOnce(load, (loaded) => {
    module = loaded;
    for (const listener of listeners) listener();
  });
  whenIdle(() => {
    start().catch(() => undefined);
  });
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    // Rendered after the first screen: load now. On it, the idle preload brings it right after.
    if (module === undefined && isFirstScreenShown()) start().catch(() => undefined);
    return () => {
      listeners.delete(listener);
    };
  };
  const loaded = () => module;
  return {
    load: start,
    loaded,
    useLoaded: () => useSyncExternalStore(subscribe, loaded),
  };
}
