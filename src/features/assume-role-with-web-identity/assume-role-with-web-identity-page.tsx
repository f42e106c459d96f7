import { decodeJwt, jwtAudiences } from '../../lib/decoders/jwt.ts';
import { ownString } from '../../lib/decoders/json-object.ts';
import { fieldWarningAt } from '../../lib/sts/field-warnings.ts';
import { PolicyArnsField } from '../../components/form/policy-arns-field.tsx';
import { PolicyField } from '../../components/form/policy-field.tsx';
import { RecentTextField } from '../../components/form/recent-text-field.tsx';
import { TextField, WatchedTextField } from '../../components/form/text-field.tsx';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { assumedRoleIdentity, assumedRoleLabel } from '../../state/record-credentials.ts';
import { roleResultDetails } from '../../components/credentials/role-result-details.tsx';
import { WebIdentityTokenField } from './web-identity-token-field.tsx';
import { WebIdentityTrustCheck } from './web-identity-trust-check.tsx';

const durationWarning = fieldWarningAt('AssumeRoleWithWebIdentity', 'DurationSeconds');
const policyWarning = fieldWarningAt('AssumeRoleWithWebIdentity', 'Policy');

/** The fields; those that depend on other values subscribe to them themselves. */
function Fields() {
  return (
    <>
      <WebIdentityTokenField />
      <RecentTextField
        name="RoleArn"
        label="Role ARN"
        required
        roleArn
        placeholder="e.g. arn:aws:iam::111122223333:role/WebIdentityDemo"
        recent="roleArns"
      />
      <RecentTextField
        name="RoleSessionName"
        label="Role session name"
        required
        placeholder="e.g. alice"
        recent="sessionNames"
        hint="Shows up in CloudTrail and in the assumed-role ARN."
      />
      <WatchedTextField
        name="DurationSeconds"
        label="Duration (seconds)"
        numeric
        placeholder="3600"
        hint="900 to 43,200; the role's maximum session duration caps it. Default 1 hour."
        warningFor={durationWarning}
      />
      <details className="advanced">
        <summary>Session policies and more</summary>
        <PolicyArnsField />
        <PolicyField name="Policy" maxLength={2048} warningFor={policyWarning} />
        <TextField
          name="ProviderId"
          label="Provider ID"
          placeholder="www.amazon.com or graph.facebook.com (OAuth 2.0 access tokens only)"
        />
        <TextField
          name="MinimumSessionTokenSize"
          label="Minimum session token size"
          numeric
          placeholder="0 to 4096 bytes"
        />
      </details>
      <WebIdentityTrustCheck />
    </>
  );
}

/** Paste a token, pick a role, get credentials: the journey most users come for. */
export const page: OperationPageDefinition<'AssumeRoleWithWebIdentity'> = {
  operation: 'AssumeRoleWithWebIdentity',
  Fields,
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
