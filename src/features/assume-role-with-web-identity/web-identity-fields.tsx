import { lazyModule } from '../../components/lazy-module.ts';
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import {
  DurationField,
  MinimumSessionTokenSizeField,
  RoleFields,
} from '../../components/form/common-fields.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { WebIdentityTokenField } from './web-identity-token-field.tsx';

/** The warnings' rules: loaded after the first screen (they only speak once values are typed). */
const warningRules = lazyModule(() => import('../../lib/sts/field-warnings.ts'));

/** The fields; those that depend on other values subscribe to them themselves. */
export function WebIdentityFields() {
  const rules = warningRules.useLoaded();
  const durationWarning = rules?.fieldWarningAt('AssumeRoleWithWebIdentity', 'DurationSeconds');
  const policyWarning = rules?.fieldWarningAt('AssumeRoleWithWebIdentity', 'Policy');
  return (
    <>
      <WebIdentityTokenField />
      <RoleFields
        roleArnExample="arn:aws:iam::111122223333:role/WebIdentityDemo"
        sessionNameExample="alice"
      />
      <DurationField
        operation="AssumeRoleWithWebIdentity"
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
        <MinimumSessionTokenSizeField />
      </details>
    </>
  );
}
