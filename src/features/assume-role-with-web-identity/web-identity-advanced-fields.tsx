import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { MinimumSessionTokenSizeField } from '../../components/form/common-fields.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import type { WarningFor } from '../../components/form/text-field.tsx';

export interface WebIdentityAdvancedFieldsProps {
  policyWarning?: WarningFor | undefined;
}

/** "Session policies and more": closed on the first screen, so loaded after it. */
export function WebIdentityAdvancedFields({ policyWarning }: WebIdentityAdvancedFieldsProps) {
  return (
    <>
      <PolicyArnsField />
      <PolicyField name="Policy" maxLength={2048} warningFor={policyWarning} />
      <TextField
        name="ProviderId"
        label="Provider ID"
        placeholder="www.amazon.com or graph.facebook.com (OAuth 2.0 access tokens only)"
      />
      <MinimumSessionTokenSizeField />
    </>
  );
}
