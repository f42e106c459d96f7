import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { decodeSamlResponse } from '../../lib/decoders/saml.ts';
import { fieldWarningAt } from '../../lib/sts/field-warnings.ts';
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { MinimumSessionTokenSizeField } from '../../components/form/common-fields.tsx';
import { WatchedTextField } from '../../components/form/text-field.tsx';
import { durationOverSessionDuration } from './saml-form-values.ts';
import { SamlResponseField } from './saml-response-field.tsx';

const warningAt = (path: string) => fieldWarningAt('AssumeRoleWithSAML', path);
const roleArnWarning = warningAt('RoleArn');
const principalArnWarning = warningAt('PrincipalArn');
const durationWarning = warningAt('DurationSeconds');
const policyWarning = warningAt('Policy');

/**
 * Every AssumeRoleWithSAML parameter; the paste drives the role picker and the duration cap.
 * Only the paste is watched here: the fields whose warnings need other values watch them.
 */
export function SamlFields() {
  const { control } = useFormContext();
  const paste: unknown = useWatch({ control, name: 'SAMLAssertion' });
  const decoded = useMemo(
    () =>
      typeof paste === 'string' && paste.trim() !== '' ? decodeSamlResponse(paste) : undefined,
    [paste],
  );
  const sessionDuration = decoded?.ok ? decoded.value.sessionDurationSeconds : undefined;
  return (
    <>
      <SamlResponseField decoded={decoded} />
      <WatchedTextField
        name="RoleArn"
        label="Role ARN"
        required
        placeholder="e.g. arn:aws:iam::111122223333:role/SamlDemo"
        warningFor={roleArnWarning}
      />
      <WatchedTextField
        name="PrincipalArn"
        label="Principal ARN (SAML provider)"
        required
        placeholder="e.g. arn:aws:iam::111122223333:saml-provider/MyIdP"
        warningFor={principalArnWarning}
      />
      <WatchedTextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder={
          sessionDuration === undefined
            ? 'default 3600'
            : `${String(sessionDuration)} (the assertion's)`
        }
        hint={
          sessionDuration === undefined
            ? "900 to 43,200; the role's maximum session duration caps it. Default 1 hour."
            : `900 to 43,200, and no more than the assertion's SessionDuration (${sessionDuration.toLocaleString('en-US')} seconds).`
        }
        warningFor={(values) =>
          durationOverSessionDuration(values.DurationSeconds, sessionDuration) ??
          durationWarning(values)
        }
      />
      <details className="advanced">
        <summary>Session policies and more</summary>
        <PolicyArnsField />
        <PolicyField name="Policy" maxLength={2048} warningFor={policyWarning} />
        <MinimumSessionTokenSizeField />
      </details>
    </>
  );
}
