import type { EndpointSettings } from '../../lib/sts/endpoint-settings.ts';
import {
  allowing,
  bindingRefusal,
  describeDestination,
  destinationOf,
  settingsFor,
} from '../../lib/wallet/endpoint-binding.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { endpointSettingsStore } from '../../state/endpoint-settings-store.ts';
import { wallet } from '../../state/wallet.ts';

export interface BindingChoiceProps {
  entry: WalletEntry;
  endpoint: EndpointSettings;
}

/**
 * A set from another endpoint: says where it came from and where calls now go, and offers the two
 * ways on, each naming both places. Nothing is sent until one is chosen.
 */
export function BindingChoice({ entry, endpoint }: BindingChoiceProps) {
  const refusal = bindingRefusal(entry.label, entry.binding, endpoint);
  if (refusal === undefined) return null;
  const here = describeDestination(destinationOf(endpoint));
  const home = describeDestination(entry.binding.issuedBy);
  return (
    <div className="callout callout--warning" role="group" aria-label="Where these credentials go">
      <p role="status">{refusal}</p>
      <div className="export__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            endpointSettingsStore.set(
              settingsFor(entry.binding.issuedBy, entry.source.region ?? endpoint.region),
            );
          }}
        >
          Send calls to {home} again
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            wallet.update(entry.id, { binding: allowing(entry.binding, endpoint) });
          }}
        >
          Send “{entry.label}” to {here} too
        </button>
      </div>
    </div>
  );
}
