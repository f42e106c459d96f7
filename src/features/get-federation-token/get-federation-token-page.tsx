import { withoutEmptyLists } from '../../components/form/form-values.ts';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { sessionSizeDetails } from '../../components/credentials/session-size-details.ts';
import { federatedIdentity } from './federation-values.ts';
import { FederationFields } from './federation-fields.tsx';
import '../credential-ops.css';

/** Credentials for a federated user, scoped by session policies, signed by an IAM user's keys. */
export const page: OperationPageDefinition<'GetFederationToken'> = {
  operation: 'GetFederationToken',
  Fields: FederationFields,
  toInput: withoutEmptyLists,
  heading: 'Federated user credentials',
  describeSet: ({ input, output }) => ({
    label: `Federated ${input.Name ?? 'user'}`,
    identity: federatedIdentity(output.FederatedUser),
  }),
  details: ({ output }) => [
    ['Federated user ID', <code key="id">{output.FederatedUser?.FederatedUserId}</code>],
    ['Federated user ARN', <code key="arn">{output.FederatedUser?.Arn}</code>],
    [
      'Can call',
      'Only what both your user and the session policies allow; no IAM or STS calls except GetCallerIdentity.',
    ],
    ...sessionSizeDetails(output),
  ],
};
