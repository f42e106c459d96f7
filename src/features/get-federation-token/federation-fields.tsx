import { useWatch } from 'react-hook-form';
import { fieldWarnings } from '../../lib/sts/field-warnings.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { TagsField } from '../../components/form/tags-field.tsx';
import {
  DurationField,
  MinimumSessionTokenSizeField,
} from '../../components/form/common-fields.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useUsableSigner } from '../../state/signer.ts';
import '../credential-ops.css';

/** The fields; the duration and policy warnings follow the values and who signs. */
export function FederationFields() {
  const kind = signerKind(useUsableSigner()) === 'root' ? 'root' : 'long-term';
  const values = useWatch();
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
      <DurationField
        operation="GetFederationToken"
        hint="900 to 129,600 (36 hours); default 43,200; 3,600 at most with root user keys."
        warning={warningAt('DurationSeconds')}
      />
      <details className="advanced">
        <summary>Session tags and more</summary>
        <TagsField />
        <MinimumSessionTokenSizeField />
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
