import { fieldWarningAt } from '../../lib/sts/field-warnings.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import {
  DurationField,
  MfaFields,
  MinimumSessionTokenSizeField,
} from '../../components/form/common-fields.tsx';
import { useUsableSigner } from '../../state/signer.ts';
import { mfaSerialSuggestion, sessionTokenWarningKind } from './session-signer.ts';
import '../credential-ops.css';

/** The fields, with warnings and the MFA serial suggestion for whoever signs. */
export function SessionTokenFields() {
  const signer = useUsableSigner();
  const kind = sessionTokenWarningKind(signerKind(signer));
  return (
    <>
      <DurationField
        operation="GetSessionToken"
        hint="900 to 129,600 (36 hours); default 43,200 (12 hours); 3,600 at most with root user keys."
        warningFor={fieldWarningAt('GetSessionToken', 'DurationSeconds', { signerKind: kind })}
      />
      <MfaFields
        hint="With an MFA code the session can call APIs whose policies require MFA."
        serialSuggestion={mfaSerialSuggestion(signer?.identity?.arn)}
      />
      <details className="advanced">
        <summary>More</summary>
        <MinimumSessionTokenSizeField />
      </details>
    </>
  );
}
