import { useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { decodeSamlResponse } from '../../lib/decoders/saml.ts';
import { fieldWarnings } from '../../lib/sts/field-warnings.ts';
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { durationOverSessionDuration } from './saml-form-values.ts';
import { SamlResponseField } from './saml-response-field.tsx';

/** Every AssumeRoleWithSAML parameter; the paste drives the role picker and the duration cap. */
export function SamlFields({ form }: { form: UseFormReturn }) {
  const values = useWatch({ control: form.control });
  const paste: unknown = values.SAMLAssertion;
  const decoded = useMemo(
    () =>
      typeof paste === 'string' && paste.trim() !== '' ? decodeSamlResponse(paste) : undefined,
    [paste],
  );
  const sessionDuration = decoded?.ok ? decoded.value.sessionDurationSeconds : undefined;
  const warnings = fieldWarnings('AssumeRoleWithSAML', values, { signerKind: 'none' });
  const warningAt = (path: string) => warnings.find((w) => w.path === path)?.message;
  return (
    <>
      <SamlResponseField decoded={decoded} />
      <TextField
        name="RoleArn"
        label="Role ARN"
        required
        placeholder="arn:aws:iam::111122223333:role/SamlDemo"
        warning={warningAt('RoleArn')}
      />
      <TextField
        name="PrincipalArn"
        label="Principal ARN (SAML provider)"
        required
        placeholder="arn:aws:iam::111122223333:saml-provider/MyIdP"
        warning={warningAt('PrincipalArn')}
      />
      <TextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder={sessionDuration === undefined ? '3600' : String(sessionDuration)}
        hint={
          sessionDuration === undefined
            ? "900 to 43,200; the role's maximum session duration caps it. Default 1 hour."
            : `900 to 43,200, and no more than the assertion's SessionDuration (${sessionDuration.toLocaleString('en-US')} seconds).`
        }
        warning={
          durationOverSessionDuration(values.DurationSeconds, sessionDuration) ??
          warningAt('DurationSeconds')
        }
      />
      <details className="advanced">
        <summary>Session policies and more</summary>
        <PolicyArnsField />
        <PolicyField name="Policy" maxLength={2048} warning={warningAt('Policy')} />
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
