import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
}

/** What is saved under `key`, undefined when nothing is (or storage cannot be read). */
function readRaw(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function parseStored<T>(raw: string, parse: (raw: unknown) => T | undefined): T | undefined {
  try {
    return parse(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

function readStored<T>(key: string, parse: (raw: unknown) => T | undefined): T | undefined {
  const raw = readRaw(key);
  return raw === undefined ? undefined : parseStored(raw, parse);
}

function storeFrom<T>(key: string, initial: T): Store<T> & { replace: (value: T) => void } {
  let value = initial;
  const listeners = new Set<() => void>();
  const replace = (next: T) => {
    value = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => value,
    set(next) {
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the preference lives for this page only.
      }
      replace(next);
    },
    replace,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface PersistedStore<T> extends Store<T> {
  /**
   * Changes the value for this tab only: nothing is saved, so a reload or another tab keeps what
   * was saved (a share link's endpoint, accepted for this tab).
   */
  setForTab: (value: T) => void;
}

/**
 * A small store for NON-SECRET preferences, saved in localStorage under `key`. `parse` checks what
 * was stored (it may be old or edited by hand) and returns undefined to fall back to the default.
 */
export function createPersistedStore<T>(
  key: string,
  fallback: T,
  parse: (raw: unknown) => T | undefined,
): PersistedStore<T> {
  const { get, set, subscribe, replace } = storeFrom(key, readStored(key, parse) ?? fallback);
  return { get, set, subscribe, setForTab: replace };
}

export interface LazilyParsedStore<T> extends Store<T> {
  /** Settles once what was stored has been parsed (or found missing, unreadable or invalid). */
  ready: Promise<void>;
}

/**
 * Like createPersistedStore, for a parser that is loaded on demand (a zod schema kept off the
 * first screen): the store holds the fallback until the parser has read what was stored. A value
 * set before that wins over the stored one. With nothing stored, the parser is never loaded.
 */
export function createLazilyParsedStore<T>(
  key: string,
  fallback: T,
  loadParse: () => Promise<(raw: unknown) => T | undefined>,
): LazilyParsedStore<T> {
  const store = storeFrom(key, fallback);
  let setEarly = false;
  const raw = readRaw(key);
  const ready =
    raw === undefined
      ? Promise.resolve()
      : loadParse().then(
          (parse) => {
            const stored = parseStored(raw, parse);
            if (!setEarly && stored !== undefined) store.replace(stored);
          },
          () => undefined,
        );
  return {
    get: store.get,
    set(next) {
      setEarly = true;
      store.set(next);
    },
    subscribe: store.subscribe,
    ready,
  };
}

/** Reads a store and re-renders on change. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
