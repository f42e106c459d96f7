import { useFormState, type UseFormReturn } from 'react-hook-form';
import type { OperationInputs } from '../../lib/sts/schemas.ts';
import { fieldWarnings } from '../../lib/sts/field-warnings.ts';
import { operationInfo } from '../../lib/sts/operations.ts';
import { operationSchemas } from '../../lib/sts/schemas.ts';
import { signingAlgorithms } from '../../lib/sts/schemas/get-web-identity-token-schema.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { Field } from '../../components/field.tsx';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { TagsField } from '../../components/form/tags-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { errorMessage } from '../../components/form/form-errors.ts';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { useNow } from '../../state/clock.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { AudienceField } from './audience-field.tsx';
import { WebIdentityTokenResult } from './web-identity-token-result.tsx';
import '../inspect-ops.css';

const info = operationInfo.GetWebIdentityToken;

function SigningAlgorithmField({ form }: { form: UseFormReturn }) {
  const { errors } = useFormState({ control: form.control, name: 'SigningAlgorithm' });
  return (
    <Field
      label="Signing algorithm"
      required
      error={errorMessage(errors, 'SigningAlgorithm')}
      hint="RS256 (RSA) or ES384 (ECDSA P-384): pick what the receiving service verifies."
    >
      {(ids) => (
        <select {...ids} className="input" {...form.register('SigningAlgorithm')}>
          {signingAlgorithms.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** GetWebIdentityToken: a JWT from AWS for outside services, decoded with its expiry. */
export function GetWebIdentityTokenPage() {
  const call = useOperationCall('GetWebIdentityToken');
  const now = useNow();
  const selectedId = useSelectedSignerId();
  const signer = selectedId === undefined ? undefined : currentSigner(now);
  const kind = signerKind(signer);
  const warnings = fieldWarnings(
    info.name,
    {},
    {
      signerKind: kind === 'user-session' ? 'long-term' : kind,
    },
  );
  const submit = (input: OperationInputs['GetWebIdentityToken']) => {
    const chosen = currentSigner();
    if (chosen) call.mutate({ input, signer: chosen });
  };
  const output = call.isSuccess ? call.data.output : undefined;
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <SignerPicker operation={info.name} />
      <OperationForm
        schema={operationSchemas.GetWebIdentityToken}
        draftKey={info.name}
        defaultValues={{ Audience: [''], SigningAlgorithm: 'RS256', DurationSeconds: 300 }}
        onSubmit={submit}
        submitLabel="Get web identity token"
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
          <>
            <AudienceField />
            <SigningAlgorithmField form={form} />
            <TextField
              name="DurationSeconds"
              label="Duration (seconds)"
              numeric
              placeholder="300"
              hint="60 to 3,600. Default 300 (5 minutes)."
            />
            <TagsField />
            {warnings.length > 0 ? (
              <p className="callout callout--warning">{warnings.map((w) => w.message).join(' ')}</p>
            ) : null}
          </>
        )}
      </OperationForm>
      {call.error ? <FailurePanel failure={call.error} context={{ operation: info.name }} /> : null}
      {output?.WebIdentityToken ? (
        <WebIdentityTokenResult token={output.WebIdentityToken} expiration={output.Expiration} />
      ) : null}
    </section>
  );
}
