import { z } from 'zod';
import type { FieldValues } from 'react-hook-form';
import { assumeRoleSchema } from '../../lib/sts/schemas/assume-role-schema.ts';
import { signerKind } from '../../lib/wallet/signer-kind.ts';
import { withoutEmptyLists } from '../../components/form/form-values.ts';
import { lazyTrustCheck } from '../../components/operation-page/lazy-trust-check.ts';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { describeAssumedRole } from '../../state/record-credentials.ts';
import { useUsableSigner } from '../../state/signer.ts';
import { roleResultDetails } from '../../components/credentials/role-result-details.tsx';
import { AssumeRoleFields } from './assume-role-fields.tsx';
import { assumeRoleWarningKind } from './assume-role-values.ts';
import '../credential-ops.css';

/** The fields, with warnings for whoever signs. */
function Fields() {
  return <AssumeRoleFields signerKind={assumeRoleWarningKind(signerKind(useUsableSigner()))} />;
}

/** Assume a role with the credentials you hold (an IAM user's keys or another role session). */
export const page: OperationPageDefinition<'AssumeRole'> = {
  operation: 'AssumeRole',
  Fields,
  Checks: lazyTrustCheck(() =>
    import('./assume-role-trust-check.tsx').then((m) => m.AssumeRoleTrustCheck),
  ),
  // Empty list editors mean "none": the model's lists have a minimum of one entry.
  formSchema: z.preprocess((values: FieldValues) => withoutEmptyLists(values), assumeRoleSchema),
  heading: 'Role credentials',
  describeSet: describeAssumedRole('Assumed role'),
  details: ({ output }) => [
    ['Assumed role ID', <code key="id">{output.AssumedRoleUser?.AssumedRoleId}</code>],
    ...roleResultDetails(output),
  ],
};
