import { err, ok, type Result } from '../result.ts';

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

/** Where calls go: the URL, and the region they are signed for. */
export interface Endpoint {
  url: string;
  signingRegion: string;
}

/** An endpoint, or why the SDK's endpoint rules cannot give one for the settings. */
export type ResolvedEndpoint = Result<Endpoint>;

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
export function checkCustomEndpointUrl(raw: string): Result<string> {
  const text = raw.trim();
  if (text === '') return err('Enter the endpoint URL, e.g. http://localhost:4566');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err(`"${text}" is not a URL; it should look like https://sts.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return err('The endpoint must use http:// or https://');
  }
  if (url.username || url.password) {
    return err('Leave user name and password out of the endpoint URL');
  }
  if (url.search || url.hash) {
    return err('The endpoint URL takes no query string or fragment');
  }
  return ok(url.href.replace(/\/$/, ''));
}

/** Pure: where calls go for a sandbox or custom endpoint — its own URL, signed for its region. */
export function directEndpoint(
  settings: Exclude<EndpointSettings, { kind: 'aws' }>,
): ResolvedEndpoint {
  return ok({ url: settings.url, signingRegion: settings.region });
}
