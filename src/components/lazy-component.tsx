import { useEffect, useState, type ComponentType } from 'react';
import { loadOnce } from '../lib/load-once.ts';
import { isFirstScreenShown, whenIdle } from './when-idle.ts';

export interface LazyComponent<P extends object> {
  Component: ComponentType<P>;
  /** Loads the component's chunk (once; a failed load is tried again next time). */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A component kept out of the first screen's JavaScript: its chunk loads while the browser is
 * idle after the first paint, so it is normally there before it is needed and renders without a
 * placeholder. Needed earlier, it shows "Loading…" for a moment; if the chunk cannot be fetched it
 * says so, with a button to try again.
 */
export function lazyComponent<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = loadOnce(load, (component) => {
    loaded = component;
  });
  whenIdle(() => {
    preload().catch(() => undefined);
  });
  function Lazy(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Loaded || failed) return;
      let live = true;
      const load = () => {
        preload().then(
          (component) => {
            if (live) setLoaded(() => component);
          },
          () => {
            if (live) setFailed(true);
          },
        );
      };
      // Part of the first screen (e.g. inside a closed section): load after it, not during it.
      let cancel: (() => void) | undefined;
      if (isFirstScreenShown()) load();
      else cancel = whenIdle(load);
      return () => {
        live = false;
        cancel?.();
      };
    }, [Loaded, failed]);
    if (Loaded) return <Loaded {...props} />;
    return failed ? (
      <p className="callout callout--error" role="alert">
        The console could not load the code that shows {what} (the connection to this site
        dropped?).{' '}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setFailed(false);
          }}
        >
          Try again
        </button>
      </p>
    ) : (
      <p className="loading">Loading {what}…</p>
    );
  }
  return { Component: Lazy, preload };
}
