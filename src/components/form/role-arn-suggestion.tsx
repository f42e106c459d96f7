import { useFormContext, useWatch } from 'react-hook-form';
import { partitionOfRegion } from '../../lib/sts/partitions.ts';
import { roleArnSuggestion } from '../../lib/sts/role-arn-suggestion.ts';
import { useEndpointSettings } from '../../state/endpoint-settings-store.ts';
import { useKnownAccount } from '../../state/known-account.ts';

/** Under a role ARN field holding a bare role name: "did you mean arn:…:role/<name>?" */
export function RoleArnSuggestion({ name }: { name: string }) {
  const { setValue, setFocus, getFieldState, trigger } = useFormContext();
  const value: unknown = useWatch({ name });
  const account = useKnownAccount();
  const partition = partitionOfRegion(useEndpointSettings().region)?.id;
  const arn = typeof value === 'string' ? roleArnSuggestion(value, account, partition) : undefined;
  if (arn === undefined) return null;
  return (
    <p className="suggestion" data-testid="role-arn-suggestion">
      Did you mean <code>{arn}</code>?{' '}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          setValue(name, arn, { shouldDirty: true });
          if (getFieldState(name).error) void trigger(name);
          setFocus(name);
        }}
      >
        Use this ARN
      </button>
    </p>
  );
}
