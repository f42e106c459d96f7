import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { fieldWarnings } from '../../lib/sts/field-warnings.ts';
import { operationInfo } from '../../lib/sts/operations.ts';
import { useResolvedEndpoint } from '../../state/resolved-endpoint.ts';
import { operationSchemas, type OperationInputs } from '../../lib/sts/schemas.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { useEndpointSettings } from '../../state/endpoint-settings-store.ts';
import { recordCredentials } from '../../state/record-credentials.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { globalEndpointBlock, rootIdentity } from './root-task.ts';
import { TaskPolicyField } from './task-policy-field.tsx';
import '../credential-ops.css';
import { sessionSizeDetails } from '../session-size-details.ts';

const info = operationInfo.AssumeRoot;

/** Opens the endpoint settings in the top bar (the console's only settings panel). */
function openEndpointSettings(): void {
  const details = document.querySelector<HTMLDetailsElement>('details.topbar__settings');
  if (!details) return;
  details.open = true;
  details.querySelector('summary')?.focus();
}

function Fields({ form, region }: { form: UseFormReturn; region: string }) {
  const values = useWatch({ control: form.control });
  const warning = fieldWarnings('AssumeRoot', values).find(
    (w) => w.path === 'DurationSeconds',
  )?.message;
  return (
    <>
      <TextField
        name="TargetPrincipal"
        label="Target principal"
        required
        placeholder="Member account ID, e.g. 444455556666"
        hint="The member account of your organization whose root user you act as."
      />
      <TaskPolicyField region={region} />
      <TextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder="900"
        hint="At most 900 seconds (15 minutes), the default."
        warning={warning}
      />
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

/** A short root session on a member account, limited to one privileged task. */
export function AssumeRootPage() {
  useSelectedSignerId();
  const signer = currentSigner();
  const endpoint = useEndpointSettings();
  const globalBlock = globalEndpointBlock(endpoint, useResolvedEndpoint(endpoint));
  const call = useOperationCall('AssumeRoot');
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const output = call.data?.output;
  const submit = (input: OperationInputs['AssumeRoot']) => {
    call.mutate(
      { input, signer: currentSigner() },
      {
        onSuccess: (result) => {
          const target = input.TargetPrincipal ?? '';
          const task = input.TaskPolicyArn?.arn?.split('/').at(-1) ?? 'root task';
          setEntry(
            recordCredentials({
              operation: info.name,
              input: { ...input, TaskPolicyArn: input.TaskPolicyArn?.arn },
              secretKeys: [],
              credentials: result.output.Credentials,
              identity: rootIdentity(target, result.region),
              label: `Root ${target} (${task})`,
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
      {globalBlock ? (
        <div className="callout callout--warning" role="status">
          <p>{globalBlock}</p>
          <button type="button" className="button button--small" onClick={openEndpointSettings}>
            Open endpoint settings
          </button>
        </div>
      ) : null}
      <OperationForm
        schema={operationSchemas.AssumeRoot}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Assume root"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          globalBlock
            ? 'Blocked: AssumeRoot needs a regional endpoint.'
            : signer
              ? undefined
              : 'Choose credentials to sign with (a principal of the management account), or add access keys, first.'
        }
      >
        {(form) => <Fields form={form} region={endpoint.region} />}
      </OperationForm>
      {call.error ? <FailurePanel failure={call.error} context={{ operation: info.name }} /> : null}
      {entry && output && call.isSuccess ? (
        <CredentialsCard
          entry={entry}
          heading="Root credentials"
          details={[
            ['Task policy', <code key="t">{call.variables.input.TaskPolicyArn?.arn}</code>],
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
