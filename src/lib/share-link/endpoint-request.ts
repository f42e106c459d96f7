import type { EndpointSettings } from '../sts/endpoint-settings.ts';
import type { SharedState } from './share-link.ts';

/** A share link's request to send calls elsewhere: what it would change, in plain words. */
export interface EndpointRequest {
  from: string;
  to: string;
  settings: EndpointSettings;
}

/** Pure: the settings a link's endpoint and region would give, starting from the current ones. */
export function requestedSettings(
  current: EndpointSettings,
  { endpoint, region }: Pick<SharedState, 'endpoint' | 'region'>,
  sandboxUrl: string | undefined,
): EndpointSettings {
  const r = region ?? current.region;
  if (endpoint === 'sandbox' && sandboxUrl) return { kind: 'sandbox', url: sandboxUrl, region: r };
  if (endpoint === 'aws') {
    // Already on AWS: the link changes the region only, the FIPS and dual-stack choices stay.
    if (current.kind === 'aws') return { ...current, region: r };
    return {
      kind: 'aws',
      region: r,
      useFips: false,
      useDualStack: false,
      useGlobalEndpoint: false,
    };
  }
  if (typeof endpoint === 'object') return { kind: 'custom', url: endpoint.url, region: r };
  return { ...current, region: r };
}

/** Pure: where calls go under these settings, in words ("AWS STS in eu-west-1"). */
export function describeEndpoint(settings: EndpointSettings): string {
  switch (settings.kind) {
    case 'sandbox':
      return `the local sandbox (${settings.url}), region ${settings.region}`;
    case 'custom':
      return `the custom endpoint ${settings.url}, signed for ${settings.region}`;
    case 'aws': {
      const options = [
        settings.useFips ? 'FIPS' : undefined,
        settings.useDualStack ? 'dual-stack' : undefined,
        settings.useGlobalEndpoint ? 'global endpoint where allowed' : undefined,
      ].filter((o) => o !== undefined);
      return `AWS STS in ${settings.region}${options.length ? ` (${options.join(', ')})` : ''}`;
    }
  }
}

/**
 * Pure: what a link's endpoint and region would change, or undefined when the link asks for
 * nothing or for what is already in use (then there is nothing to ask the user).
 */
export function endpointRequest(
  current: EndpointSettings,
  shared: Pick<SharedState, 'endpoint' | 'region'>,
  sandboxUrl: string | undefined,
): EndpointRequest | undefined {
  if (shared.endpoint === undefined && shared.region === undefined) return undefined;
  const settings = requestedSettings(current, shared, sandboxUrl);
  const from = describeEndpoint(current);
  const to = describeEndpoint(settings);
  return from === to ? undefined : { from, to, settings };
}
