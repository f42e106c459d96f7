import { decodeJwt, jwtAudiences } from '../../lib/decoders/jwt.ts';
import { ownString } from '../../lib/decoders/json-object.ts';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { assumedRoleIdentity, assumedRoleLabel } from '../../state/record-credentials.ts';
import { roleResultDetails } from '../../components/credentials/role-result-details.tsx';
import { WebIdentityFields } from './web-identity-fields.tsx';
import { lazyComponent } from '../../components/lazy-component.tsx';

/** The trust policy check (its evaluator too) loads after the first screen. */
const WebIdentityTrustCheck = lazyComponent('the trust policy check', () =>
  import('./web-identity-trust-check.tsx').then((m) => m.WebIdentityTrustCheck),
).Component;

/** Paste a token, pick a role, get credentials: the journey most users come for. */
export const page: OperationPageDefinition<'AssumeRoleWithWebIdentity'> = {
  operation: 'AssumeRoleWithWebIdentity',
  Fields: WebIdentityFields,
  Checks: WebIdentityTrustCheck,
  heading: 'Role credentials',
  describeSet: ({ output }) => ({
    label: assumedRoleLabel(output.AssumedRoleUser?.Arn, 'Web identity role'),
    identity: assumedRoleIdentity(output.AssumedRoleUser),
  }),
  details: ({ output }) => [
    ['Subject', <code key="s">{output.SubjectFromWebIdentityToken}</code>],
    ['Provider', <code key="p">{output.Provider}</code>],
    ['Audience', <code key="a">{output.Audience}</code>],
    ...roleResultDetails(output),
  ],
  adviceContext: (input) => {
    const decoded = input.WebIdentityToken ? decodeJwt(input.WebIdentityToken) : undefined;
    const claims = decoded?.ok ? decoded.value.claims : undefined;
    return {
      tokenAudience: claims ? jwtAudiences(claims).join(', ') : undefined,
      tokenIssuer: claims ? ownString(claims, 'iss') : undefined,
    };
  },
};
