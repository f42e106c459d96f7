import { useState } from 'react';
import type { OperationInputs } from '../../lib/sts/schemas.ts';
import { parseDecodedAuthorizationMessage } from '../../lib/decoders/decoded-authorization-message.ts';
import { fieldWarnings } from '../../lib/sts/field-warnings.ts';
import { operationInfo } from '../../lib/sts/operations.ts';
import { operationSchemas } from '../../lib/sts/schemas.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { saveDraft } from '../../components/form/drafts.ts';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { useNow } from '../../state/clock.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { DecodedMessageView } from './decoded-message-view.tsx';
import { EncodedMessageField } from './encoded-message-field.tsx';
import '../inspect-ops.css';

const info = operationInfo.DecodeAuthorizationMessage;

/** DecodeAuthorizationMessage: why a request was denied, read from the encoded message. */
export function DecodeAuthorizationMessagePage() {
  const call = useOperationCall('DecodeAuthorizationMessage');
  const now = useNow();
  const selectedId = useSelectedSignerId();
  const signer = selectedId === undefined ? undefined : currentSigner(now);
  const kind = signerKind(signer);
  const [formKey, setFormKey] = useState(0);
  const warnings = fieldWarnings(
    info.name,
    {},
    {
      signerKind: kind === 'user-session' ? 'long-term' : kind,
    },
  );
  const submit = (input: OperationInputs['DecodeAuthorizationMessage']) => {
    const chosen = currentSigner();
    if (chosen) call.mutate({ input, signer: chosen });
  };
  const decodedText = call.isSuccess ? call.data.output.DecodedMessage : undefined;
  const decoded =
    decodedText === undefined ? undefined : parseDecodedAuthorizationMessage(decodedText);
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <SignerPicker operation={info.name} />
      <OperationForm
        key={formKey}
        schema={operationSchemas.DecodeAuthorizationMessage}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Decode message"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          selectedId === undefined
            ? 'Choose credentials to sign with (they need sts:DecodeAuthorizationMessage), or add access keys.'
            : signer
              ? undefined
              : 'The chosen credentials have expired and cannot sign: choose another set.'
        }
      >
        {() => (
          <>
            <EncodedMessageField />
            {warnings.length > 0 ? (
              <p className="callout callout--warning">{warnings.map((w) => w.message).join(' ')}</p>
            ) : null}
          </>
        )}
      </OperationForm>
      {call.error ? (
        <FailurePanel
          failure={call.error}
          context={{ operation: info.name }}
          onDecode={(encoded) => {
            // Already on the decoder: refill the form with the new message.
            saveDraft(info.name, { EncodedMessage: encoded });
            call.reset();
            setFormKey((k) => k + 1);
          }}
        />
      ) : null}
      {decoded && !decoded.ok ? (
        <div className="callout callout--warning" role="alert">
          <p>STS answered, but the console cannot read the document: {decoded.error}</p>
          <pre className="code-block" tabIndex={0}>
            {decodedText}
          </pre>
        </div>
      ) : null}
      {decoded?.ok ? <DecodedMessageView message={decoded.value} /> : null}
    </section>
  );
}
