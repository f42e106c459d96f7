import { useSyncExternalStore } from 'react';
import type { EndpointSettings } from '../lib/sts/endpoint-settings.ts';
import { useEndpointSettings } from './endpoint-settings-store.ts';

/** Where one form's call goes instead of the tab's endpoint, and on whose word (a recipe). */
export interface CallEndpoint {
  settings: EndpointSettings;
  /** Who asked, in words: "recipe Admin". */
  by: string;
}

/** Per operation; memory only (a reload sends calls where the tab does). */
const overrides = new Map<string, CallEndpoint>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** The form of `operation` was filled by a recipe: its call goes where the recipe says. */
export function sendCallTo(operation: string, target: CallEndpoint): void {
  overrides.set(operation, target);
  changed();
}

/** The call of `operation` goes where the tab sends calls again (`only`: if that target is still set). */
export function endCallEndpoint(operation: string, only?: CallEndpoint): void {
  if (only !== undefined && overrides.get(operation) !== only) return;
  if (overrides.delete(operation)) changed();
}

/** The target set for `operation`'s call, if any (read at call time). */
export function callEndpointOverride(operation: string): CallEndpoint | undefined {
  return overrides.get(operation);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The target set for `operation`'s call, if any; re-renders when it changes. */
export function useCallEndpointOverride(operation: string): CallEndpoint | undefined {
  return useSyncExternalStore(subscribe, () => overrides.get(operation));
}

/** Where `operation`'s call goes now; re-renders when the target or the tab's endpoint changes. */
export function useCallEndpoint(operation: string): EndpointSettings {
  const tab = useEndpointSettings();
  return useCallEndpointOverride(operation)?.settings ?? tab;
}
