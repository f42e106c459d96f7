import { useState } from 'react';
import { operationInfo } from '../../lib/sts/operations.ts';
import { operationSchemas, type OperationInputs } from '../../lib/sts/schemas.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { embeddedSandboxUrl } from '../../state/endpoint-settings-store.ts';
import { recordCredentials } from '../../state/record-credentials.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { delegatedIdentity, delegatedLabel } from './delegated-values.ts';
import '../credential-ops.css';

const info = operationInfo.GetDelegatedAccessToken;

function TradeInTokenField() {
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="token-field">
      <TextField
        name="TradeInToken"
        label="Trade-in token"
        required
        secret
        revealed={revealed}
        placeholder="The delegated access token you were given"
        hint={
          embeddedSandboxUrl ? (
            <>
              A sandbox token: <code>npm run sandbox -- trade-in-token</code>
            </>
          ) : (
            'Short-lived; it is used once and never stored.'
          )
        }
      />
      <button
        type="button"
        className="button button--small button--ghost token-field__reveal"
        aria-pressed={revealed}
        onClick={() => {
          setRevealed((r) => !r);
        }}
      >
        {revealed ? 'Hide trade-in token' : 'Reveal trade-in token'}
      </button>
    </div>
  );
}

/** Trade a delegated access token in for credentials of the principal it delegates. */
export function GetDelegatedAccessTokenPage() {
  useSelectedSignerId();
  const signer = currentSigner();
  const call = useOperationCall('GetDelegatedAccessToken');
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const output = call.data?.output;
  const submit = (input: OperationInputs['GetDelegatedAccessToken']) => {
    call.mutate(
      { input, signer: currentSigner() },
      {
        onSuccess: (result) => {
          setEntry(
            recordCredentials({
              operation: info.name,
              input: { ...input },
              secretKeys: ['TradeInToken'],
              credentials: result.output.Credentials,
              identity: delegatedIdentity(result.output.AssumedPrincipal),
              label: delegatedLabel(result.output.AssumedPrincipal),
              signer: result.signer,
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
      <OperationForm
        schema={operationSchemas.GetDelegatedAccessToken}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Trade in the token"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          signer ? undefined : 'Choose credentials to sign with, or add access keys, first.'
        }
      >
        {() => <TradeInTokenField />}
      </OperationForm>
      {call.error ? <FailurePanel failure={call.error} context={{ operation: info.name }} /> : null}
      {entry && output && call.isSuccess ? (
        <CredentialsCard
          entry={entry}
          heading="Delegated credentials"
          details={[
            [
              'Assumed principal',
              output.AssumedPrincipal ? (
                <code key="p">{output.AssumedPrincipal}</code>
              ) : (
                <span className="kv__note">not returned</span>
              ),
            ],
          ]}
        />
      ) : null}
    </section>
  );
}
