import { useEffect, useSyncExternalStore } from 'react';
import { endpointIfResolvable } from '../lib/sts/endpoint-resolution.ts';
import type { EndpointSettings, ResolvedEndpoint } from '../lib/sts/endpoint-settings.ts';
import { loadedStsSdk, loadStsSdk, onStsSdkLoaded } from '../lib/sts/load-sts-sdk.ts';

const sdkLoaded = () => loadedStsSdk() !== undefined;

/**
 * Where calls for these settings go; undefined for an AWS endpoint while the SDK's endpoint
 * rules are still loading (the component re-renders when they arrive).
 */
export function useResolvedEndpoint(settings: EndpointSettings): ResolvedEndpoint | undefined {
  useSyncExternalStore(onStsSdkLoaded, sdkLoaded);
  const resolved = endpointIfResolvable(settings);
  const waiting = resolved === undefined;
  useEffect(() => {
    // A failed load is retried by the call itself, which reports it.
    if (waiting) loadStsSdk().catch(() => undefined);
  }, [waiting]);
  return resolved;
}
