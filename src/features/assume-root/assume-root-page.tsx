import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { roleResultDetails } from '../../components/credentials/role-result-details.tsx';
import { AssumeRootFields } from './assume-root-fields.tsx';
import { useEndpointSettings } from '../../state/endpoint-settings-store.ts';
import { useResolvedEndpoint } from '../../state/resolved-endpoint.ts';
import { globalEndpointBlock, rootIdentity } from './root-task.ts';
import '../credential-ops.css';

/** Opens the endpoint settings in the top bar (the console's only settings panel). */
function openEndpointSettings(): void {
  const details = document.querySelector<HTMLDetailsElement>('details.topbar__settings');
  if (!details) return;
  details.open = true;
  details.querySelector('summary')?.focus();
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
  Fields: AssumeRootFields,
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
