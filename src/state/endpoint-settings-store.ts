import { useSyncExternalStore } from 'react';
import { defaultEndpointSettings, type EndpointSettings } from '../lib/sts/endpoint-settings.ts';
import { parseEndpointSettings } from '../lib/sts/parse-endpoint-settings.ts';
import { createPersistedStore } from './persisted-store.ts';

const sandboxUrl = import.meta.env.VITE_EMBEDDED_SANDBOX
  ? import.meta.env.VITE_SANDBOX_URL
  : undefined;

/** The sandbox this build was served beside, if any. */
export const embeddedSandboxUrl: string | undefined = sandboxUrl;

export const endpointSettingsStore = createPersistedStore<EndpointSettings>(
  'sts-console.endpoint.v1',
  defaultEndpointSettings(sandboxUrl),
  (raw) => parseEndpointSettings(raw, sandboxUrl),
);

/** The chosen STS endpoint; re-renders when it changes. */
export function useEndpointSettings(): EndpointSettings {
  return useSyncExternalStore(endpointSettingsStore.subscribe, endpointSettingsStore.get);
}
