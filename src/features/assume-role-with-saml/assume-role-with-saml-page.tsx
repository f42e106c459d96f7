import { useCallback, useState } from 'react';
import { operationInfo } from '../../lib/sts/operations.ts';
import type { OperationInputs } from '../../lib/sts/schemas.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { assumedRoleIdentity, recordCredentials } from '../../state/record-credentials.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { samlAssertionForCall, samlFormSchema } from './saml-form-values.ts';
import { SamlFields } from './saml-fields.tsx';
import { sessionSizeDetails } from '../session-size-details.ts';
import '../credential-ops.css';

const info = operationInfo.AssumeRoleWithSAML;

function text(value: string | undefined) {
  return value === undefined ? (
    <span className="kv__note">not returned</span>
  ) : (
    <code>{value}</code>
  );
}

const renderFields = () => <SamlFields />;

/** Paste a SAMLResponse, pick one of its roles, get credentials (an unsigned call). */
export function AssumeRoleWithSamlPage() {
  const call = useOperationCall('AssumeRoleWithSAML');
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const output = call.data?.output;
  const { mutate } = call;
  // Stable callbacks: the form (and its fields) then skip the renders of the call's progress.
  const submit = useCallback(
    (values: OperationInputs['AssumeRoleWithSAML']) => {
      const assertion = samlAssertionForCall(values.SAMLAssertion ?? '');
      if (!assertion.ok) return;
      const input = { ...values, SAMLAssertion: assertion.value };
      mutate(
        { input },
        {
          onSuccess: (result) => {
            const arn = result.output.AssumedRoleUser?.Arn;
            setEntry(
              recordCredentials({
                operation: info.name,
                input: { ...input },
                secretKeys: ['SAMLAssertion'],
                credentials: result.output.Credentials,
                identity: assumedRoleIdentity(result.output.AssumedRoleUser),
                label: arn?.split('/').slice(1).join('/') ?? 'SAML role',
                call: result,
              }),
            );
          },
        },
      );
    },
    [mutate, setEntry],
  );
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <OperationForm
        schema={samlFormSchema}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Assume role with SAML"
        pending={call.isPending}
        onCancel={call.cancel}
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
            ['Subject', text(output.Subject)],
            ['Subject type', text(output.SubjectType)],
            ['Issuer', text(output.Issuer)],
            ['Audience', text(output.Audience)],
            ['Name qualifier', text(output.NameQualifier)],
            ['Assumed role ID', text(output.AssumedRoleUser?.AssumedRoleId)],
            ...sessionSizeDetails(output),
            ...(output.SourceIdentity
              ? [['Source identity', text(output.SourceIdentity)] as const]
              : []),
          ]}
        />
      ) : null}
    </section>
  );
}
