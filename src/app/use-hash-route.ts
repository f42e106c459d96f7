import { useSyncExternalStore } from 'react';

export interface HashRoute {
  /** First path segment after "#/": an operation slug, or '' for home. */
  slug: string;
  /** Query string of the hash (share links prefill non-secret fields). */
  query: string;
}

/** Pure: "#/assume-role?RoleArn=…" → { slug: 'assume-role', params }. */
export function parseHashRoute(hash: string): HashRoute {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q === -1 ? body : body.slice(0, q);
  const query = q === -1 ? '' : body.slice(q + 1);
  return { slug: path.split('/')[0] ?? '', query };
}

/** Told when the hash is replaced in place (history.replaceState fires no hashchange). */
const replaced = new Set<() => void>();

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  replaced.add(listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    replaced.delete(listener);
  };
}

/**
 * Takes the query out of the hash ("#/assume-role?…" → "#/assume-role") without a new history
 * entry, and re-renders the route: the same link followed again is then seen as new.
 */
export function removeHashQuery(): void {
  const clean = window.location.hash.split('?')[0] ?? '';
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${clean}`);
  for (const listener of replaced) listener();
}

/** The current hash, re-rendering on navigation. */
export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHashRoute(hash);
}
