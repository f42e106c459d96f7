import { lazyComponent } from '../../components/lazy-component.tsx';
import { lazyModule } from '../../components/lazy-module.ts';
import { DurationField, RoleFields } from '../../components/form/common-fields.tsx';
import { WebIdentityTokenField } from './web-identity-token-field.tsx';

/** The warnings' rules: loaded after the first screen (they only speak once values are typed). */
const warningRules = lazyModule(() => import('../../lib/sts/field-warnings.ts'));

/** Inside the closed "Session policies and more": loaded after the first screen. */
const AdvancedFields = lazyComponent('the session policy fields', () =>
  import('./web-identity-advanced-fields.tsx').then((m) => m.WebIdentityAdvancedFields),
).Component;

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
        <AdvancedFields policyWarning={policyWarning} />
      </details>
    </>
  );
}
