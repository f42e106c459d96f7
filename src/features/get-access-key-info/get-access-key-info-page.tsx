import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { OperationInputs } from '../../lib/sts/schemas.ts';
import { fieldWarnings } from '../../lib/sts/field-warnings.ts';
import { operationInfo } from '../../lib/sts/operations.ts';
import { operationSchemas } from '../../lib/sts/schemas.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { useNow } from '../../state/clock.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { useWalletEntries } from '../../state/wallet.ts';
import { AccountResult } from './account-result.tsx';
import { OfflineKeyPanel } from './offline-key-panel.tsx';
import { readKeyIdOffline } from './offline-key-info.ts';
import '../inspect-ops.css';

const info = operationInfo.GetAccessKeyInfo;

function Fields({
  form,
  signerWarning,
}: {
  form: UseFormReturn;
  signerWarning?: string | undefined;
}) {
  const keyId: unknown = useWatch({ control: form.control, name: 'AccessKeyId' });
  const walletKeys = useWalletEntries().map((e) => e.credentials.accessKeyId);
  return (
    <>
      <TextField
        name="AccessKeyId"
        label="Access key ID"
        required
        placeholder="AKIA… or ASIA…"
        suggestions={[...new Set(walletKeys)]}
        hint="Not a secret: the key ID alone cannot sign anything."
      />
      <OfflineKeyPanel info={readKeyIdOffline(typeof keyId === 'string' ? keyId : '')} />
      {signerWarning ? <p className="callout callout--warning">{signerWarning}</p> : null}
    </>
  );
}

/** GetAccessKeyInfo: the owning account from STS beside the account decoded from the key ID. */
export function GetAccessKeyInfoPage() {
  const call = useOperationCall('GetAccessKeyInfo');
  const now = useNow();
  const selectedId = useSelectedSignerId();
  const signer = selectedId === undefined ? undefined : currentSigner(now);
  const kind = signerKind(signer);
  // A GetSessionToken session signs as its IAM user, so it warns like long-term keys.
  const warnings = fieldWarnings(
    info.name,
    {},
    {
      signerKind: kind === 'user-session' ? 'long-term' : kind,
    },
  );
  const submit = (input: OperationInputs['GetAccessKeyInfo']) => {
    const chosen = currentSigner();
    if (chosen) call.mutate({ input, signer: chosen });
  };
  const sentKeyId = call.data?.input.AccessKeyId;
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <SignerPicker operation={info.name} />
      <OperationForm
        schema={operationSchemas.GetAccessKeyInfo}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Ask STS for the account"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          selectedId === undefined
            ? 'Choose credentials to sign with, or add access keys.'
            : signer
              ? undefined
              : 'The chosen credentials have expired and cannot sign: choose another set.'
        }
      >
        {(form) => (
          <Fields
            form={form}
            signerWarning={warnings.map((w) => w.message).join(' ') || undefined}
          />
        )}
      </OperationForm>
      {call.error ? <FailurePanel failure={call.error} context={{ operation: info.name }} /> : null}
      {call.isSuccess && sentKeyId !== undefined ? (
        <AccountResult keyId={sentKeyId} account={call.data.output.Account} />
      ) : null}
    </section>
  );
}
