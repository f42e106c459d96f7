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
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { TagsField } from '../../components/form/tags-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { recordCredentials } from '../../state/record-credentials.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import {
  federatedIdentity,
  federationSignerBlock,
  withoutEmptyLists,
} from './federation-values.ts';
import { sessionSizeDetails } from '../session-size-details.ts';
import '../credential-ops.css';

const info = operationInfo.GetFederationToken;

function Fields({ form, kind }: { form: UseFormReturn; kind: SignerKind }) {
  const values = useWatch({ control: form.control });
  const warnings = fieldWarnings('GetFederationToken', values, { signerKind: kind });
  const warningAt = (path: string) => warnings.find((w) => w.path === path)?.message;
  const noPolicy = warningAt('Policy');
  return (
    <>
      <TextField
        name="Name"
        label="Name"
        required
        placeholder="e.g. bob"
        hint="The federated user's name: 2 to 32 letters, digits or _=,.@- (no spaces). It appears in the ARN."
      />
      <PolicyField name="Policy" maxLength={2048} />
      <PolicyArnsField />
      <TextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder="43200"
        hint="900 to 129,600 (36 hours); default 43,200; 3,600 at most with root user keys."
        warning={warningAt('DurationSeconds')}
      />
      <details className="advanced">
        <summary>Session tags and more</summary>
        <TagsField />
        <TextField
          name="MinimumSessionTokenSize"
          label="Minimum session token size"
          numeric
          placeholder="0 to 4096 bytes"
        />
      </details>
      {noPolicy ? (
        <p className="callout callout--warning" data-testid="federation-no-policy">
          {noPolicy}: the session's permissions are the intersection of your user's policies and the
          session policies you pass here.
        </p>
      ) : null}
    </>
  );
}

/** Credentials for a federated user, scoped by session policies, signed by an IAM user's keys. */
export function GetFederationTokenPage() {
  useSelectedSignerId();
  const signer = currentSigner();
  const block = federationSignerBlock(signer);
  const call = useOperationCall('GetFederationToken');
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const output = call.data?.output;
  const submit = (values: OperationInputs['GetFederationToken']) => {
    const input = withoutEmptyLists(values);
    call.mutate(
      { input, signer: currentSigner() },
      {
        onSuccess: (result) => {
          setEntry(
            recordCredentials({
              operation: info.name,
              input: { ...input },
              secretKeys: [],
              credentials: result.output.Credentials,
              identity: federatedIdentity(result.output.FederatedUser),
              label: `Federated ${input.Name ?? 'user'}`,
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
      {signer && block ? (
        <p className="callout callout--warning" role="status">
          {block}
        </p>
      ) : null}
      <OperationForm
        schema={operationSchemas.GetFederationToken}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Get federation token"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          signer && block ? 'Blocked: session credentials cannot call GetFederationToken.' : block
        }
      >
        {(form) => (
          <Fields form={form} kind={signerKind(signer) === 'root' ? 'root' : 'long-term'} />
        )}
      </OperationForm>
      {call.error ? <FailurePanel failure={call.error} context={{ operation: info.name }} /> : null}
      {entry && output && call.isSuccess ? (
        <CredentialsCard
          entry={entry}
          heading="Federated user credentials"
          details={[
            ['Federated user ID', <code key="id">{output.FederatedUser?.FederatedUserId}</code>],
            ['Federated user ARN', <code key="arn">{output.FederatedUser?.Arn}</code>],
            [
              'Can call',
              'Only what both your user and the session policies allow; no IAM or STS calls except GetCallerIdentity.',
            ],
            ...sessionSizeDetails(output),
          ]}
        />
      ) : null}
    </section>
  );
}
