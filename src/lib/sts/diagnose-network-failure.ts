/**
 * After a fetch failed with no answer: does the endpoint answer at all? A no-cors probe to the same
 * endpoint succeeds (opaquely) when the server is up but sent no CORS headers.
 */
export async function diagnoseNetworkFailure(
  endpointUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<'unreachable' | 'cors'> {
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
