import { useEffect, useId, useRef, useState } from 'react';
import { hasExpired } from '../../lib/wallet/local-expiry.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { useNow } from '../../state/clock.ts';
import { useCallEndpoint } from '../../state/call-endpoint.ts';
import { useResolvedEndpoint } from '../../state/resolved-endpoint.ts';
import { selectSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useWalletEntries } from '../../state/wallet.ts';
import { AddKeysForm } from './add-keys-form.tsx';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { signerLimit, signersFor } from '../../lib/wallet/signer-limits.ts';
import { BindingChoice } from './binding-choice.tsx';
import { mayBeSentTo, shortDestination } from '../../lib/wallet/endpoint-binding.ts';
import type { EndpointSettings } from '../../lib/sts/endpoint-settings.ts';

function describe(entry: WalletEntry, endpoint: EndpointSettings): string {
  const from = mayBeSentTo(entry.binding, endpoint)
    ? ''
    : ` (from ${shortDestination(entry.binding.issuedBy)})`;
  return `${entry.label} — ${entry.identity?.arn ?? entry.credentials.accessKeyId}${from}`;
}

export interface SignerPickerProps {
  operation: string;
  /** Why the chosen set must not sign this call, shown instead of the picker's own warning. */
  block?: string | undefined;
}

/**
 * Which credentials sign the call, and where it goes: always visible before sending. With no
 * usable set chosen and exactly one set in the wallet that can sign the operation there, that set
 * is chosen, and the picker says so. A set from another endpoint waits for the user's choice.
 */
export function SignerPicker({ operation, block }: SignerPickerProps) {
  const id = useId();
  const now = useNow();
  const entries = useWalletEntries();
  const selectedId = useSelectedSignerId();
  const endpoint = useCallEndpoint(operation);
  const resolved = useResolvedEndpoint(endpoint);
  const [adding, setAdding] = useState(false);
  const [preselected, setPreselected] = useState<string | undefined>();
  /** The user emptied the choice themselves: do not choose for them again on this page. */
  const clearedByUser = useRef(false);
  const selected = entries.find((e) => e.id === selectedId);
  const usable = entries.filter((e) => !hasExpired(e, now));
  const expiredSelected = selected !== undefined && hasExpired(selected, now);
  // Never chosen for the user: a set from another endpoint (it is sent there only by choice).
  const candidates = signersFor(operation, entries, now).filter((e) =>
    mayBeSentTo(e.binding, endpoint),
  );
  const only = candidates.length === 1 ? candidates[0] : undefined;
  const noChoice = selected === undefined || expiredSelected;
  useEffect(() => {
    if (noChoice && only && !clearedByUser.current) {
      selectSigner(only.id);
      setPreselected(only.id);
    }
  }, [noChoice, only]);
  const limit =
    selected && !expiredSelected ? signerLimit(operation, signerKind(selected)) : undefined;
  const warning = block ?? limit;
  return (
    <section className="signer" aria-label="Signer">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Sign with
        </label>
        <div className="signer__row">
          <select
            id={id}
            className="input"
            value={selected && !expiredSelected ? selected.id : ''}
            onChange={(e) => {
              clearedByUser.current = e.target.value === '';
              setPreselected(undefined);
              selectSigner(e.target.value || undefined);
            }}
          >
            <option value="">{usable.length ? 'Choose credentials…' : 'No credentials yet'}</option>
            {usable.map((e) => (
              <option key={e.id} value={e.id}>
                {describe(e, endpoint)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            aria-expanded={adding}
            onClick={() => {
              setAdding((a) => !a);
            }}
          >
            Add access keys
          </button>
        </div>
        {expiredSelected ? (
          <p className="field__error">
            {selected.label} has expired and cannot sign. Choose another set or run it again.
          </p>
        ) : null}
        {preselected !== undefined && preselected === selected?.id && !expiredSelected ? (
          <p className="field__hint" data-testid="signer-preselected">
            Chosen for you: “{selected.label}” is the only set in the wallet that can sign{' '}
            {operation}.
          </p>
        ) : null}
      </div>
      {warning ? (
        <p className="callout callout--warning" role="status">
          {warning}
        </p>
      ) : null}
      {selected && !expiredSelected ? <BindingChoice entry={selected} endpoint={endpoint} /> : null}
      {adding ? (
        <AddKeysForm
          onDone={() => {
            setAdding(false);
          }}
        />
      ) : null}
      <p className="signer__summary" data-testid="call-summary">
        {selected && !expiredSelected ? (
          <>
            Signed by <code>{selected.identity?.arn ?? selected.credentials.accessKeyId}</code>
          </>
        ) : (
          'Not signed yet'
        )}{' '}
        →{' '}
        <code>
          {resolved === undefined ? 'resolving…' : resolved.ok ? resolved.value.url : 'no endpoint'}
        </code>
      </p>
    </section>
  );
}
