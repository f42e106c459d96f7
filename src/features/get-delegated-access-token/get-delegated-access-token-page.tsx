import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { delegatedIdentity, delegatedLabel } from './delegated-values.ts';
import { TradeInTokenField } from './trade-in-token-field.tsx';
import '../credential-ops.css';

/** Trade a delegated access token in for credentials of the principal it delegates. */
export const page: OperationPageDefinition<'GetDelegatedAccessToken'> = {
  operation: 'GetDelegatedAccessToken',
  Fields: TradeInTokenField,
  heading: 'Delegated credentials',
  describeSet: ({ output }) => ({
    label: delegatedLabel(output.AssumedPrincipal),
    identity: delegatedIdentity(output.AssumedPrincipal),
  }),
  details: ({ output }) => [
    [
      'Assumed principal',
      output.AssumedPrincipal ? (
        <code key="p">{output.AssumedPrincipal}</code>
      ) : (
        <span className="kv__note">not returned</span>
      ),
    ],
  ],
};
