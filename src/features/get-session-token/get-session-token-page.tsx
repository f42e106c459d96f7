import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { fieldWarnings, type SignerKind } from '../../lib/sts/field-warnings.ts';
import { operationInfo } from '../../lib/sts/operations.ts';
import { operationSchemas, type OperationInputs } from '../../lib/sts/schemas.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { recordCredentials } from '../../state/record-credentials.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import {
  mfaSerialSuggestion,
  sessionTokenSignerBlock,
  sessionTokenWarningKind,
} from './session-signer.ts';
import '../credential-ops.css';
import { sessionSizeDetails } from '../session-size-details.ts';

const info = operationInfo.GetSessionToken;

interface FieldsProps {
  form: UseFormReturn;
  kind: SignerKind;
  mfaSuggestion: string | undefined;
}

function Fields({ form, kind, mfaSuggestion }: FieldsProps) {
  const values = useWatch({ control: form.control });
  const warning = fieldWarnings('GetSessionToken', values, { signerKind: kind }).find(
    (w) => w.path === 'DurationSeconds',
  )?.message;
  return (
    <>
      <TextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder="43200"
        hint="900 to 129,600 (36 hours); default 43,200 (12 hours); 3,600 at most with root user keys."
        warning={warning}
      />
      <fieldset className="list-field">
        <legend className="field__label">MFA</legend>
        <p className="field__hint">
          With an MFA code the session can call APIs whose policies require MFA.
        </p>
        <TextField
          name="SerialNumber"
          label="MFA serial number"
          placeholder="arn:aws:iam::111122223333:mfa/alice"
          suggestions={mfaSuggestion ? [mfaSuggestion] : undefined}
        />
        <TextField name="TokenCode" label="MFA code" placeholder="6 digits" />
      </fieldset>
      <details className="advanced">
        <summary>More</summary>
        <TextField
          name="MinimumSessionTokenSize"
          label="Minimum session token size"
          numeric
          placeholder="0 to 4096 bytes"
        />
      </details>
    </>
  );
}

/** Temporary credentials for the IAM user whose long-term keys sign the call, optionally with MFA. */
export function GetSessionTokenPage() {
  useSelectedSignerId();
  const signer = currentSigner();
  const block = sessionTokenSignerBlock(signer);
  const call = useOperationCall('GetSessionToken');
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const output = call.data?.output;
  const submit = (input: OperationInputs['GetSessionToken']) => {
    call.mutate(
      { input, signer: currentSigner() },
      {
        onSuccess: (result) => {
          const parent = result.signer;
          setEntry(
            recordCredentials({
              operation: info.name,
              input: { ...input },
              secretKeys: ['TokenCode'],
              credentials: result.output.Credentials,
              identity: parent?.identity,
              label: `${parent?.label ?? 'User'} session${input.SerialNumber ? ' (MFA)' : ''}`,
              signer: parent,
              call: result,
            }),
          );
        },
      },
    );
  };
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <SignerPicker operation={info.name} />
      {signer && block ? (
        <p className="callout callout--warning" role="status">
          {block}
        </p>
      ) : null}
      <OperationForm
        schema={operationSchemas.GetSessionToken}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Get session token"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          signer && block ? 'Blocked: session credentials cannot call GetSessionToken.' : block
        }
      >
        {(form) => (
          <Fields
            form={form}
            kind={sessionTokenWarningKind(signerKind(signer))}
            mfaSuggestion={mfaSerialSuggestion(signer?.identity?.arn)}
          />
        )}
      </OperationForm>
      {call.error ? <FailurePanel failure={call.error} context={{ operation: info.name }} /> : null}
      {entry && output && call.isSuccess ? (
        <CredentialsCard
          entry={entry}
          heading="Session credentials"
          details={[
            [
              'MFA',
              call.variables.input.SerialNumber
                ? 'Authenticated with MFA'
                : 'Without MFA (APIs that require MFA will refuse these)',
            ],
            ...sessionSizeDetails(output),
          ]}
        />
      ) : null}
    </section>
  );
}
