// The provider redirects back to the console's root with the authorization response in the query
// string. These pure helpers recognise it and give the address without it.

/** Query parameters of an authorization response (RFC 6749 §4.1.2, RFC 9207, OIDC session). */
export const CALLBACK_PARAMETERS = [
  'code',
  'state',
  'iss',
  'error',
  'error_description',
  'error_uri',
  'session_state',
] as const;

/** Pure: true when a query string carries an authorization response (a code or an error). */
export function looksLikeSignInCallback(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('code') || params.has('error');
}

/** Pure: the authorization response parameters of a URL, or undefined when it has none. */
export function readCallbackParameters(href: string): URLSearchParams | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!looksLikeSignInCallback(url.search)) return undefined;
  const params = new URLSearchParams();
  for (const name of CALLBACK_PARAMETERS) {
    const value = url.searchParams.get(name);
    if (value !== null) params.set(name, value);
  }
  return params;
}

/**
 * Pure: the same address without the authorization response (path, other parameters and the
 * hash route stay), relative to the origin, ready for history.replaceState.
 */
export function cleanCallbackUrl(href: string): string {
  const url = new URL(href);
  for (const name of CALLBACK_PARAMETERS) url.searchParams.delete(name);
  const search = url.searchParams.toString();
  return `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
}
