import { checkPageCanConnect } from '../csp/page-connect-src.ts';

/**
 * After a fetch failed with no answer: did the page's Content-Security-Policy block it (then no
 * probe: it would be blocked too)? If not, does the endpoint answer at all? A no-cors probe to the
 * same endpoint succeeds (opaquely) when the server is up but sent no CORS headers.
 */
export async function diagnoseNetworkFailure(
  endpointUrl: string,
  fetchImpl: typeof fetch = fetch,
  allowed: (url: string) => boolean = (url) => checkPageCanConnect(url).allowed,
): Promise<'unreachable' | 'cors' | 'csp'> {
  if (!allowed(endpointUrl)) return 'csp';
  try {
    await fetchImpl(endpointUrl, {
      method: 'POST',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    return 'cors';
  } catch {
    return 'unreachable';
  }
}
