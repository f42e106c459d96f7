import { useEffect, useMemo, useState } from 'react';
import { readDraft, replaceDraft } from '../components/form/drafts.ts';
import { shareLinks } from '../components/form/lazy-share-link.ts';
import { embeddedSandboxUrl, endpointSettingsStore } from '../state/endpoint-settings-store.ts';
import { askEndpointChange } from '../state/link-endpoint-request.ts';
import { showToast } from '../state/toasts.ts';
import { removeHashQuery } from './use-hash-route.ts';

/**
 * Applies a share link's non-secret prefill once per link (as soon as the link reader has loaded);
 * a link that tries to carry a secret is refused with a message. An endpoint or region the link
 * asks for is only asked about (see link-endpoint-request.ts), never applied by the link itself.
 * Either way the link's query is removed from the address bar.
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
    if (!operation || !result || !links) return;
    // Out of the address bar: a reload must not apply the link again.
    removeHashQuery();
    if (!result.ok) return;
    const { values } = result.value;
    const request = links.endpointRequest(
      endpointSettingsStore.get(),
      result.value,
      embeddedSandboxUrl,
    );
    if (request) askEndpointChange(request);
    if (Object.keys(values).length > 0) {
      replaceDraft(operation, { ...readDraft(operation), ...values });
      showToast('Filled in from the link. Check the values before sending.');
    }
  }, [links, operation, result]);
  // The refusal outlives the query it came from: the effect above removes that query from the
  // address bar, which re-renders this hook with no link at all.
  const [refused, setRefused] = useState<{ operation: string; message: string }>();
  if (result && !result.ok && operation && refused?.message !== result.error) {
    setRefused({ operation, message: result.error });
  }
  if (refused && refused.operation !== operation) setRefused(undefined);
  return refused !== undefined && refused.operation === operation ? refused.message : undefined;
}
