import { connectSourcesOf, connectVerdict, type ConnectVerdict } from './connect-src.ts';

/**
 * The connect-src list of the page's own Content-Security-Policy, read from the meta tag the build
 * puts into index.html (the policy the browser enforces, so it cannot drift from it). Undefined
 * where the page has none: the dev server sends no policy.
 */
export function pageConnectSources(doc: Document = document): readonly string[] | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]');
  return meta ? connectSourcesOf(meta.content) : undefined;
}

/** Whether this page may call the endpoint, before any call is made (outside a page: yes). */
export function checkPageCanConnect(endpointUrl: string): ConnectVerdict {
  if (typeof document === 'undefined') return connectVerdict(endpointUrl, undefined, '');
  return connectVerdict(endpointUrl, pageConnectSources(), window.location.origin);
}
