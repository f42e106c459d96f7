import { useEffect, useMemo, useState } from 'react';
import type { EndpointSettings } from '../lib/sts/endpoint-settings.ts';
import { readDraft, replaceDraft } from '../components/form/drafts.ts';
import { shareLinks } from '../components/form/lazy-share-link.ts';
import { embeddedSandboxUrl, endpointSettingsStore } from '../state/endpoint-settings-store.ts';
import { showToast } from '../state/toasts.ts';

function settingsFrom(
  current: EndpointSettings,
  endpoint: 'sandbox' | 'aws' | { url: string } | undefined,
  region: string | undefined,
): EndpointSettings {
  const r = region ?? current.region;
  if (endpoint === 'sandbox' && embeddedSandboxUrl)
    return { kind: 'sandbox', url: embeddedSandboxUrl, region: r };
  if (endpoint === 'aws')
    return {
      kind: 'aws',
      region: r,
      useFips: false,
      useDualStack: false,
      useGlobalEndpoint: false,
    };
  if (typeof endpoint === 'object') return { kind: 'custom', url: endpoint.url, region: r };
  return { ...current, region: r };
}

/**
 * Applies a share link's non-secret prefill once per link (as soon as the link reader has loaded);
 * a link that tries to carry a secret is refused with a message, and its query is removed from the
 * address bar.
 */
export function useShareLink(operation: string | undefined, query: string): string | undefined {
  const links = shareLinks.useLoaded();
  const result = useMemo(
    () =>
      links && operation && query !== ''
        ? links.parseShareLink(operation, new URLSearchParams(query))
        : undefined,
    [links, operation, query],
  );
  useEffect(() => {
    if (!operation || !result) return;
    if (!result.ok) {
      const clean = window.location.hash.split('?')[0] ?? '';
      window.history.replaceState(null, '', `${window.location.pathname}${clean}`);
      return;
    }
    const { values, endpoint, region } = result.value;
    if (endpoint !== undefined || region !== undefined) {
      endpointSettingsStore.set(settingsFrom(endpointSettingsStore.get(), endpoint, region));
    }
    if (Object.keys(values).length > 0) {
      replaceDraft(operation, { ...readDraft(operation), ...values });
      showToast('Filled in from the link. Check the values before sending.');
    }
  }, [operation, result]);
  // The refusal outlives the query it came from: the effect above removes that query from the
  // address bar, which re-renders this hook with no link at all.
  const [refused, setRefused] = useState<{ operation: string; message: string }>();
  if (result && !result.ok && operation && refused?.message !== result.error) {
    setRefused({ operation, message: result.error });
  }
  if (refused && refused.operation !== operation) setRefused(undefined);
  return refused !== undefined && refused.operation === operation ? refused.message : undefined;
}
