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

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
}

/** The current hash, re-rendering on navigation. */
export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHashRoute(hash);
}
