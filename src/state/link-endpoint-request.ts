import { useSyncExternalStore } from 'react';
import type { EndpointRequest } from '../lib/share-link/endpoint-request.ts';
import { endpointSettingsStore } from './endpoint-settings-store.ts';

/** A share link's request for another endpoint or region, waiting for the user's answer. */
let pending: EndpointRequest | undefined;
const listeners = new Set<() => void>();

function setPending(next: EndpointRequest | undefined): void {
  pending = next;
  for (const listener of listeners) listener();
}

/** A link asks for another endpoint or region: nothing changes until the user accepts. */
export function askEndpointChange(request: EndpointRequest): void {
  setPending(request);
}

/** The user accepts: this tab sends calls there; nothing is saved (a reload goes back). */
export function acceptEndpointChange(): void {
  if (pending) endpointSettingsStore.setForTab(pending.settings);
  setPending(undefined);
}

/** The user declines: nothing changes. */
export function declineEndpointChange(): void {
  setPending(undefined);
}

/** The request waiting for an answer, if any; re-renders when it changes. */
export function useEndpointChangeRequest(): EndpointRequest | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
