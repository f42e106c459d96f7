import {
  directEndpoint,
  type EndpointSettings,
  type ResolvedEndpoint,
} from './endpoint-settings.ts';
import { loadedStsSdk, loadStsSdk } from './load-sts-sdk.ts';

/**
 * Where calls for these settings go, without waiting: sandbox and custom URLs at once, AWS
 * endpoints (the SDK's rules) once the SDK has loaded — undefined until then.
 */
export function endpointIfResolvable(settings: EndpointSettings): ResolvedEndpoint | undefined {
  if (settings.kind !== 'aws') return directEndpoint(settings);
  return loadedStsSdk()?.sdkEndpoint(settings);
}

/** Where calls for these settings go, loading the SDK's endpoint rules if needed. */
export async function endpointFor(settings: EndpointSettings): Promise<ResolvedEndpoint> {
  return endpointIfResolvable(settings) ?? (await loadStsSdk()).sdkEndpoint(settings);
}
