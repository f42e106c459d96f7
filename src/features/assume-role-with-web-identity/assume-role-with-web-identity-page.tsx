import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { OperationInputs } from '../../lib/sts/schemas.ts';
import { decodeJwt, jwtAudiences } from '../../lib/decoders/jwt.ts';
import { ownString } from '../../lib/decoders/json-object.ts';
import { fieldWarningAt } from '../../lib/sts/field-warnings.ts';
import { operationInfo } from '../../lib/sts/operations.ts';
import { loadOperationSchema } from '../../lib/sts/load-operation-schema.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { LazyCredentialsCard as CredentialsCard } from '../../components/credentials/lazy-credentials-card.tsx';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { RecentTextField } from '../../components/form/recent-text-field.tsx';
import { TextField, WatchedTextField } from '../../components/form/text-field.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { assumedRoleIdentity, recordCredentials } from '../../state/record-credentials.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { sessionSizeDetails } from '../session-size-details.ts';
import { WebIdentityTokenField } from './web-identity-token-field.tsx';

const info = operationInfo.AssumeRoleWithWebIdentity;
const loadSchema = () => loadOperationSchema('AssumeRoleWithWebIdentity');

const durationWarning = fieldWarningAt(info.name, 'DurationSeconds');
const policyWarning = fieldWarningAt(info.name, 'Policy');

/**
 * The fields. Nothing here watches the form or the recent values: the fields that need them
 * subscribe themselves, so a keystroke or a call's result re-renders one field, not all of them.
 */
function Fields() {
  return (
    <>
      <WebIdentityTokenField />
      <RecentTextField
        name="RoleArn"
        label="Role ARN"
        required
        placeholder="arn:aws:iam::111122223333:role/WebIdentityDemo"
        recent="roleArns"
      />
      <RecentTextField
        name="RoleSessionName"
        label="Role session name"
        required
        placeholder="e.g. alice"
        recent="sessionNames"
        hint="Shows up in CloudTrail and in the assumed-role ARN."
      />
      <WatchedTextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder="3600"
        hint="900 to 43,200; the role's maximum session duration caps it. Default 1 hour."
        warningFor={durationWarning}
      />
      <details className="advanced">
        <summary>Session policies and more</summary>
        <PolicyArnsField />
        <PolicyField name="Policy" maxLength={2048} warningFor={policyWarning} />
        <TextField
          name="ProviderId"
          label="Provider ID"
          placeholder="www.amazon.com or graph.facebook.com (OAuth 2.0 access tokens only)"
        />
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

const renderFields = () => <Fields />;

/** Paste a token, pick a role, get credentials: the journey most users come for. */
export function AssumeRoleWithWebIdentityPage() {
  const call = useOperationCall('AssumeRoleWithWebIdentity');
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const token = call.variables?.input.WebIdentityToken;
  const decoded = useMemo(() => (token ? decodeJwt(token) : undefined), [token]);
  const claims = decoded?.ok ? decoded.value.claims : undefined;
  const output = call.data?.output;
  const { mutate } = call;
  // Stable callbacks: the form (and its fields) then skip the renders of the call's progress.
  const submit = useCallback(
    (input: OperationInputs['AssumeRoleWithWebIdentity']) => {
      mutate(
        { input },
        {
          onSuccess: (result) => {
            const arn = result.output.AssumedRoleUser?.Arn;
            // The wallet and the card in one render, before the browser paints again.
            flushSync(() => {
              setEntry(
                recordCredentials({
                  operation: info.name,
                  input: { ...input },
                  secretKeys: ['WebIdentityToken'],
                  credentials: result.output.Credentials,
                  identity: assumedRoleIdentity(result.output.AssumedRoleUser),
                  label: arn?.split('/').slice(1).join('/') ?? 'Web identity role',
                  call: result,
                }),
              );
            });
          },
        },
      );
    },
    [mutate],
  );
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <OperationForm
        schema={loadSchema}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Assume role"
        pending={call.isPending}
        onCancel={call.cancel}
      >
        {renderFields}
      </OperationForm>
      {call.error ? (
        <FailurePanel
          failure={call.error}
          context={{
            operation: info.name,
            roleArn: call.variables.input.RoleArn,
            tokenAudience: claims ? jwtAudiences(claims).join(', ') : undefined,
            tokenIssuer: claims ? ownString(claims, 'iss') : undefined,
          }}
        />
      ) : null}
      {entry && output && call.isSuccess ? (
        <CredentialsCard
          entry={entry}
          heading="Role credentials"
          details={[
            ['Subject', <code key="s">{output.SubjectFromWebIdentityToken}</code>],
            ['Provider', <code key="p">{output.Provider}</code>],
            ['Audience', <code key="a">{output.Audience}</code>],
            ...sessionSizeDetails(output),
            ...(output.SourceIdentity
              ? [['Source identity', <code key="si">{output.SourceIdentity}</code>] as const]
              : []),
          ]}
        />
      ) : null}
    </section>
  );
}
