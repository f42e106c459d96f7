import { useCallback, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { z } from 'zod';
import { operationInfo } from '../../lib/sts/operations.ts';
import { operationSchemas, type OperationInputs } from '../../lib/sts/schemas.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { assumedRoleIdentity, recordCredentials } from '../../state/record-credentials.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { AssumeRoleFields } from './assume-role-fields.tsx';
import {
  assumeRoleWarningKind,
  assumedRoleLabel,
  withoutEmptyLists,
} from './assume-role-values.ts';
import '../credential-ops.css';
import { sessionSizeDetails } from '../session-size-details.ts';

const info = operationInfo.AssumeRole;
const schema = z.preprocess(
  (values: FieldValues) => withoutEmptyLists(values),
  operationSchemas.AssumeRole,
);

/** Assume a role with the credentials you hold (an IAM user's keys or another role session). */
export function AssumeRolePage() {
  useSelectedSignerId();
  const signer = currentSigner();
  const call = useOperationCall('AssumeRole');
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const output = call.data?.output;
  const { mutate } = call;
  const kind = assumeRoleWarningKind(signerKind(signer));
  // Stable callbacks: the form (and its fields) then skip the renders of the call's progress.
  const submit = useCallback(
    (input: OperationInputs['AssumeRole']) => {
      const used = currentSigner();
      mutate(
        { input, signer: used },
        {
          onSuccess: (result) => {
            const arn = result.output.AssumedRoleUser?.Arn;
            setEntry(
              recordCredentials({
                operation: info.name,
                input: { ...input },
                secretKeys: ['TokenCode', 'ProvidedContexts'],
                credentials: result.output.Credentials,
                identity: assumedRoleIdentity(result.output.AssumedRoleUser),
                label: assumedRoleLabel(arn, 'Assumed role'),
                signer: result.signer,
                call: result,
              }),
            );
          },
        },
      );
    },
    [mutate, setEntry],
  );
  const renderFields = useCallback(() => <AssumeRoleFields signerKind={kind} />, [kind]);
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <SignerPicker operation={info.name} />
      <OperationForm
        schema={schema}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Assume role"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          signer ? undefined : 'Choose credentials to sign with, or add access keys, first.'
        }
      >
        {renderFields}
      </OperationForm>
      {call.error ? (
        <FailurePanel
          failure={call.error}
          context={{ operation: info.name, roleArn: call.variables.input.RoleArn }}
        />
      ) : null}
      {entry && output && call.isSuccess ? (
        <CredentialsCard
          entry={entry}
          heading="Role credentials"
          details={[
            ['Assumed role ID', <code key="id">{output.AssumedRoleUser?.AssumedRoleId}</code>],
            ...(output.SourceIdentity
              ? [['Source identity', <code key="si">{output.SourceIdentity}</code>] as const]
              : []),
            ...sessionSizeDetails(output),
          ]}
        />
      ) : null}
    </section>
  );
}
