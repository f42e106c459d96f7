import { lazyTrustCheck } from '../../components/operation-page/lazy-trust-check.ts';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { describeAssumedRole } from '../../state/record-credentials.ts';
import { roleResultDetails } from '../../components/credentials/role-result-details.tsx';
import { WebIdentityFields } from './web-identity-fields.tsx';
import { tokenSummary } from './lazy-token-summary.ts';

/** Paste a token, pick a role, get credentials: the journey most users come for. */
export const page: OperationPageDefinition<'AssumeRoleWithWebIdentity'> = {
  operation: 'AssumeRoleWithWebIdentity',
  Fields: WebIdentityFields,
  Checks: lazyTrustCheck(() =>
    import('./web-identity-trust-check.tsx').then((m) => m.WebIdentityTrustCheck),
  ),
  heading: 'Role credentials',
  describeSet: describeAssumedRole('Web identity role'),
  details: ({ output }) => [
    ['Subject', <code key="s">{output.SubjectFromWebIdentityToken}</code>],
    ['Provider', <code key="p">{output.Provider}</code>],
    ['Audience', <code key="a">{output.Audience}</code>],
    ...roleResultDetails(output),
  ],
  // Loaded long before any answer can fail.
  adviceContext: (input) => tokenSummary.loaded()?.tokenAdviceContext(input.WebIdentityToken) ?? {},
};
