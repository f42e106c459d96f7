import { lazyTrustCheck } from '../../components/operation-page/lazy-trust-check.ts';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { describeAssumedRole } from '../../state/record-credentials.ts';
import { roleResultDetails } from '../../components/credentials/role-result-details.tsx';
import { samlAssertionForCall, samlFormSchema } from './saml-form-values.ts';
import { SamlFields } from './saml-fields.tsx';
import '../credential-ops.css';

function text(value: string | undefined) {
  return value === undefined ? (
    <span className="kv__note">not returned</span>
  ) : (
    <code>{value}</code>
  );
}

/** Paste a SAMLResponse, pick one of its roles, get credentials (an unsigned call). */
export const page: OperationPageDefinition<'AssumeRoleWithSAML'> = {
  operation: 'AssumeRoleWithSAML',
  Fields: SamlFields,
  Checks: lazyTrustCheck(() => import('./saml-trust-check.tsx').then((m) => m.SamlTrustCheck)),
  formSchema: samlFormSchema,
  // The paste may be XML, base64 or a form value: STS takes the base64 of the response.
  toInput: (values) => {
    const assertion = samlAssertionForCall(values.SAMLAssertion ?? '');
    return assertion.ok ? { ...values, SAMLAssertion: assertion.value } : undefined;
  },
  heading: 'Role credentials',
  describeSet: describeAssumedRole('SAML role'),
  details: ({ output }) => [
    ['Subject', text(output.Subject)],
    ['Subject type', text(output.SubjectType)],
    ['Issuer', text(output.Issuer)],
    ['Audience', text(output.Audience)],
    ['Name qualifier', text(output.NameQualifier)],
    ['Assumed role ID', text(output.AssumedRoleUser?.AssumedRoleId)],
    ...roleResultDetails(output),
  ],
};
