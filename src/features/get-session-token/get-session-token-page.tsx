import { fieldWarningAt } from '../../lib/sts/field-warnings.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { TextField, WatchedTextField } from '../../components/form/text-field.tsx';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { useUsableSigner } from '../../state/signer.ts';
import { sessionSizeDetails } from '../../components/credentials/session-size-details.ts';
import { mfaSerialSuggestion, sessionTokenWarningKind } from './session-signer.ts';
import '../credential-ops.css';

/** The fields, with warnings and the MFA serial suggestion for whoever signs. */
function Fields() {
  const signer = useUsableSigner();
  const kind = sessionTokenWarningKind(signerKind(signer));
  const mfaSuggestion = mfaSerialSuggestion(signer?.identity?.arn);
  return (
    <>
      <WatchedTextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder="43200"
        hint="900 to 129,600 (36 hours); default 43,200 (12 hours); 3,600 at most with root user keys."
        warningFor={fieldWarningAt('GetSessionToken', 'DurationSeconds', { signerKind: kind })}
      />
      <fieldset className="list-field">
        <legend className="field__label">MFA</legend>
        <p className="field__hint">
          With an MFA code the session can call APIs whose policies require MFA.
        </p>
        <TextField
          name="SerialNumber"
          label="MFA serial number"
          placeholder="e.g. arn:aws:iam::111122223333:mfa/alice"
          suggestions={mfaSuggestion ? [mfaSuggestion] : undefined}
        />
        <TextField name="TokenCode" label="MFA code" placeholder="6 digits" />
      </fieldset>
      <details className="advanced">
        <summary>More</summary>
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

/** Temporary credentials for the IAM user whose long-term keys sign the call, optionally with MFA. */
export const page: OperationPageDefinition<'GetSessionToken'> = {
  operation: 'GetSessionToken',
  Fields,
  heading: 'Session credentials',
  describeSet: ({ input, signer }) => ({
    label: `${signer?.label ?? 'User'} session${input.SerialNumber ? ' (MFA)' : ''}`,
    identity: signer?.identity,
  }),
  details: ({ input, output }) => [
    [
      'MFA',
      input.SerialNumber
        ? 'Authenticated with MFA'
        : 'Without MFA (APIs that require MFA will refuse these)',
    ],
    ...sessionSizeDetails(output),
  ],
};
