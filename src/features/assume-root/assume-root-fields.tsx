import { fieldWarningAt } from '../../lib/sts/field-warnings.ts';
import {
  DurationField,
  MinimumSessionTokenSizeField,
} from '../../components/form/common-fields.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useEndpointSettings } from '../../state/endpoint-settings-store.ts';
import { TaskPolicyField } from './task-policy-field.tsx';
import '../credential-ops.css';

const durationWarning = fieldWarningAt('AssumeRoot', 'DurationSeconds');

/** The fields: target, task, duration. */
export function AssumeRootFields() {
  const { region } = useEndpointSettings();
  return (
    <>
      <TextField
        name="TargetPrincipal"
        label="Target principal"
        required
        placeholder="Member account ID, e.g. 444455556666"
        hint="The member account of your organization whose root user you act as."
      />
      <TaskPolicyField region={region} />
      <DurationField
        operation="AssumeRoot"
        hint="At most 900 seconds (15 minutes), the default."
        warningFor={durationWarning}
      />
      <details className="advanced">
        <summary>More</summary>
        <MinimumSessionTokenSizeField />
      </details>
    </>
  );
}
