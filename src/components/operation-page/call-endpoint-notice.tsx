import { describeEndpoint, sameEndpoint } from '../../lib/recipes/recipe-endpoint.ts';
import { endCallEndpoint, useCallEndpointOverride } from '../../state/call-endpoint.ts';
import { useEndpointSettings } from '../../state/endpoint-settings-store.ts';

export interface CallEndpointNoticeProps {
  operation: string;
}

/** A recipe filled the form: says where its call goes when that is not where the tab sends calls. */
export function CallEndpointNotice({ operation }: CallEndpointNoticeProps) {
  const target = useCallEndpointOverride(operation);
  const tab = useEndpointSettings();
  if (target === undefined || sameEndpoint(target.settings, tab)) return null;
  return (
    <div
      className="callout callout--info endpoint-prompt"
      role="group"
      aria-label="Where this call goes"
    >
      <p role="status">
        This call goes to {describeEndpoint(target.settings)}, as {target.by} says, not where this
        tab sends calls ({describeEndpoint(tab)}).
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          endCallEndpoint(operation, target);
        }}
      >
        Send it where this tab sends calls
      </button>
    </div>
  );
}
