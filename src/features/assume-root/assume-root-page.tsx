import { fieldWarningAt } from '../../lib/sts/field-warnings.ts';
import {
  DurationField,
  MinimumSessionTokenSizeField,
} from '../../components/form/common-fields.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { useEndpointSettings } from '../../state/endpoint-settings-store.ts';
import { useResolvedEndpoint } from '../../state/resolved-endpoint.ts';
import { roleResultDetails } from '../../components/credentials/role-result-details.tsx';
import { globalEndpointBlock, rootIdentity } from './root-task.ts';
import { TaskPolicyField } from './task-policy-field.tsx';
import '../credential-ops.css';

/** Opens the endpoint settings in the top bar (the console's only settings panel). */
function openEndpointSettings(): void {
  const details = document.querySelector<HTMLDetailsElement>('details.topbar__settings');
  if (!details) return;
  details.open = true;
  details.querySelector('summary')?.focus();
}

const durationWarning = fieldWarningAt('AssumeRoot', 'DurationSeconds');

function Fields() {
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

/** AssumeRoot needs a regional endpoint: says so, with a way to the settings. */
function useGlobalEndpointNotice() {
  const endpoint = useEndpointSettings();
  const block = globalEndpointBlock(endpoint, useResolvedEndpoint(endpoint));
  if (!block) return undefined;
  return {
    block: 'Blocked: AssumeRoot needs a regional endpoint.',
    notice: (
      <>
        <p>{block}</p>
        <button type="button" className="button button--small" onClick={openEndpointSettings}>
          Open endpoint settings
        </button>
      </>
    ),
  };
}

/** A short root session on a member account, limited to one privileged task. */
export const page: OperationPageDefinition<'AssumeRoot'> = {
  operation: 'AssumeRoot',
  Fields,
  useNotice: useGlobalEndpointNotice,
  heading: 'Root credentials',
  describeSet: ({ input, region }) => {
    const target = input.TargetPrincipal ?? '';
    const task = input.TaskPolicyArn?.arn?.split('/').at(-1) ?? 'root task';
    return {
      label: `Root ${target} (${task})`,
      identity: rootIdentity(target, region),
      // Run again fills the task picker from the ARN.
      params: { ...input, TaskPolicyArn: input.TaskPolicyArn?.arn },
    };
  },
  details: ({ input, output }) => [
    ['Task policy', <code key="t">{input.TaskPolicyArn?.arn}</code>],
    ...roleResultDetails(output),
  ],
};
