import { useFormContext, useWatch } from 'react-hook-form';
import { fieldWarningAt, fieldWarnings, type SignerKind } from '../../lib/sts/field-warnings.ts';
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { TagsField } from '../../components/form/tags-field.tsx';
import {
  DurationField,
  MfaFields,
  MinimumSessionTokenSizeField,
  RoleFields,
} from '../../components/form/common-fields.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { ProvidedContextsField } from './provided-contexts-field.tsx';
import { TransitiveTagKeysField } from './transitive-tag-keys-field.tsx';

export interface AssumeRoleFieldsProps {
  signerKind: SignerKind;
}

/** The warnings about the request as a whole (not one field), under the fields. */
function FormWarnings({ signerKind }: AssumeRoleFieldsProps) {
  const { control } = useFormContext();
  const values = useWatch({ control });
  const warnings = fieldWarnings('AssumeRole', values, { signerKind }).filter((w) => w.path === '');
  return warnings.map((w) => (
    <p key={w.message} className="callout callout--warning">
      {w.message}
    </p>
  ));
}

/**
 * Every AssumeRole parameter, with lineage-aware warnings at the field they concern. Nothing here
 * watches the form or the recent values: the fields that need them subscribe themselves.
 */
export function AssumeRoleFields({ signerKind }: AssumeRoleFieldsProps) {
  const warningAt = (path: string) => fieldWarningAt('AssumeRole', path, { signerKind });
  return (
    <>
      <RoleFields
        roleArnExample="arn:aws:iam::111122223333:role/Admin"
        sessionNameExample="alice-admin"
        roleArnWarning={warningAt('RoleArn')}
      />
      <DurationField
        operation="AssumeRole"
        hint="900 to 43,200; the role's maximum session duration caps it; 1 hour at most when chaining from a role session. Default 1 hour."
        warningFor={warningAt('DurationSeconds')}
      />
      <MfaFields hint="Needed when the role's trust policy requires MFA." />
      <TextField
        name="ExternalId"
        label="External ID"
        placeholder="The ID the role owner gave you (third-party access)"
      />
      <details className="advanced">
        <summary>Session policies, tags and more</summary>
        <PolicyArnsField />
        <PolicyField name="Policy" maxLength={2048} softLimit warningFor={warningAt('Policy')} />
        <TagsField />
        <TransitiveTagKeysField />
        <TextField
          name="SourceIdentity"
          label="Source identity"
          placeholder="e.g. alice@example.com"
          hint="Stays with the session and every role it chains to; cannot start with aws:."
        />
        <ProvidedContextsField />
        <MinimumSessionTokenSizeField />
      </details>
      <FormWarnings signerKind={signerKind} />
    </>
  );
}
