import type { ResolvedEndpoint } from './resolve-endpoint.ts';

/** Where STS calls go. Non-secret: persisted as a preference. */
export type EndpointSettings =
  | { kind: 'sandbox'; url: string; region: string }
  | {
      kind: 'aws';
      region: string;
      useGlobalEndpoint: boolean;
      useFips: boolean;
      useDualStack: boolean;
    }
  | { kind: 'custom'; url: string; region: string };

export type EndpointKind = EndpointSettings['kind'];

/** The first settings a new user sees: the sandbox when the console is served beside it. */
export function defaultEndpointSettings(sandboxUrl: string | undefined): EndpointSettings {
  if (sandboxUrl) return { kind: 'sandbox', url: sandboxUrl, region: 'us-east-1' };
  return {
    kind: 'aws',
    region: 'us-east-1',
    useGlobalEndpoint: false,
    useFips: false,
    useDualStack: false,
  };
}

/** Checks a custom endpoint URL; the message says what is wrong in words. */
export function checkCustomEndpointUrl(
  raw: string,
): { ok: true; value: string } | { ok: false; error: string } {
  const text = raw.trim();
  if (text === '')
    return { ok: false, error: 'Enter the endpoint URL, e.g. http://localhost:4566' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      error: `"${text}" is not a URL; it should look like https://sts.example.com`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'The endpoint must use http:// or https://' };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'Leave user name and password out of the endpoint URL' };
  }
  if (url.search || url.hash) {
    return { ok: false, error: 'The endpoint URL takes no query string or fragment' };
  }
  return { ok: true, value: url.href.replace(/\/$/, '') };
}

/** Pure: where calls go for a sandbox or custom endpoint — its own URL, signed for its region. */
export function directEndpoint(
  settings: Exclude<EndpointSettings, { kind: 'aws' }>,
): ResolvedEndpoint {
  return { ok: true, url: settings.url, signingRegion: settings.region };
}
