import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { sessionSizeDetails } from '../../components/credentials/session-size-details.ts';
import { SessionTokenFields } from './session-token-fields.tsx';
import '../credential-ops.css';

/** Temporary credentials for the IAM user whose long-term keys sign the call, optionally with MFA. */
export const page: OperationPageDefinition<'GetSessionToken'> = {
  operation: 'GetSessionToken',
  Fields: SessionTokenFields,
  heading: 'Session credentials',
  describeSet: ({ input, signer }) => ({
    label: `${signer?.label ?? 'User'} session${input.SerialNumber ? ' (MFA)' : ''}`,
    identity: signer?.identity,
  }),
  details: ({ input, output }) => [
    [
      'MFA',
      input.SerialNumber
        ? 'Authenticated with MFA'
        : 'Without MFA (APIs that require MFA will refuse these)',
    ],
    ...sessionSizeDetails(output),
  ],
};
