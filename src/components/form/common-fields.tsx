import { operationDefinition, type OperationName } from '../../lib/sts/operations.ts';
import { RecentTextField } from './recent-text-field.tsx';
import { TextField, WatchedTextField, type WarningFor } from './text-field.tsx';

/**
 * Fields that several operations share, worded once. Their placeholders come from the
 * registry's documented defaults.
 */

export interface DurationFieldProps {
  operation: OperationName;
  hint: string;
  /** A warning worked out from the whole form (e.g. over the chaining cap). */
  warningFor?: WarningFor | undefined;
  /** A warning the page has already worked out. */
  warning?: string | undefined;
}

/** DurationSeconds, with STS's default as the placeholder. */
export function DurationField({ operation, hint, warningFor, warning }: DurationFieldProps) {
  const defaults: Readonly<Record<string, unknown>> = operationDefinition(operation).defaults;
  const duration = defaults.DurationSeconds;
  return (
    <WatchedTextField
      name="DurationSeconds"
      label="Duration (seconds)"
      numeric
      // Reads as what happens when it is left empty, not as a value already filled in.
      placeholder={typeof duration === 'number' ? `default ${String(duration)}` : undefined}
      hint={hint}
      warning={warning}
      warningFor={warningFor}
    />
  );
}

/** MinimumSessionTokenSize, which six operations take. */
export function MinimumSessionTokenSizeField() {
  return (
    <TextField
      name="MinimumSessionTokenSize"
      label="Minimum session token size"
      numeric
      placeholder="0 to 4096 bytes"
    />
  );
}

export interface MfaFieldsProps {
  /** When MFA matters for this call. */
  hint: string;
  /** The user's MFA device ARN, when the signer's identity tells it. */
  serialSuggestion?: string | undefined;
}

/** SerialNumber and TokenCode, which go together. */
export function MfaFields({ hint, serialSuggestion }: MfaFieldsProps) {
  return (
    <fieldset className="list-field">
      <legend className="field__label">MFA</legend>
      <p className="field__hint">{hint}</p>
      <TextField
        name="SerialNumber"
        label="MFA serial number"
        placeholder="e.g. arn:aws:iam::111122223333:mfa/alice"
        suggestions={serialSuggestion ? [serialSuggestion] : undefined}
      />
      <TextField name="TokenCode" label="MFA code" placeholder="6 digits" />
    </fieldset>
  );
}

/** RoleArn (a role ARN field: bare names get their ARN suggested) and RoleSessionName. */
export function RoleFields({
  roleArnExample,
  sessionNameExample,
  roleArnWarning,
}: {
  roleArnExample: string;
  sessionNameExample: string;
  roleArnWarning?: WarningFor | undefined;
}) {
  return (
    <>
      <RecentTextField
        name="RoleArn"
        label="Role ARN"
        required
        roleArn
        placeholder={`e.g. ${roleArnExample}`}
        recent="roleArns"
        warningFor={roleArnWarning}
      />
      <RecentTextField
        name="RoleSessionName"
        label="Role session name"
        required
        placeholder={`e.g. ${sessionNameExample}`}
        recent="sessionNames"
        hint="Shows up in CloudTrail and in the assumed-role ARN."
      />
    </>
  );
}
