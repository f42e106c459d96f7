import type { DecodedSamlResponse } from './saml.ts';

/** What STS would likely reject in a SAMLResponse. */
export type SamlWarningKind =
  | 'expired'
  | 'not-yet-valid'
  | 'status'
  | 'no-roles'
  | 'unsigned'
  | 'encrypted'
  | 'recipient'
  | 'audience';

/** One warning with a sentence a person understands. */
export interface SamlWarning {
  kind: SamlWarningKind;
  message: string;
}

const AWS_RECIPIENT =
  /^https:\/\/([a-z0-9-]+\.)?signin\.(aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)\/saml(\/[\w-]+)?$/;
const AWS_AUDIENCES = [
  'urn:amazon:webservices',
  'urn:amazon:webservices:cn',
  'urn:amazon:webservices:govcloud',
];

/** Lists what STS would likely reject, at the given time. */
export function samlWarnings(decoded: DecodedSamlResponse, now: Date): SamlWarning[] {
  const warnings: SamlWarning[] = [];
  const t = now.getTime();
  const ends = [decoded.notOnOrAfter, decoded.recipientNotOnOrAfter].filter((d) => d !== undefined);
  if (ends.some((d) => d.getTime() <= t)) {
    warnings.push({
      kind: 'expired',
      message: 'The assertion has expired (NotOnOrAfter); sign in at the identity provider again.',
    });
  }
  if (decoded.notBefore !== undefined && decoded.notBefore.getTime() > t) {
    warnings.push({
      kind: 'not-yet-valid',
      message: 'The assertion is not valid yet (NotBefore); check the clocks.',
    });
  }
  if (decoded.statusCode !== undefined && !decoded.statusCode.endsWith(':Success')) {
    warnings.push({
      kind: 'status',
      message: `The identity provider reported "${decoded.statusCode}", not success.`,
    });
  }
  if (decoded.encryptedAssertion) {
    warnings.push({
      kind: 'encrypted',
      message: 'The assertion is encrypted: STS can read it, this page cannot show what is inside.',
    });
  } else if (decoded.roles.length === 0) {
    warnings.push({
      kind: 'no-roles',
      message:
        'The assertion has no usable Role attribute (role ARN and SAML provider ARN), so there is no role to assume.',
    });
  }
  if (!decoded.signature.present) {
    warnings.push({
      kind: 'unsigned',
      message: 'The response has no signature; STS rejects unsigned assertions.',
    });
  }
  if (decoded.recipient !== undefined && !AWS_RECIPIENT.test(decoded.recipient)) {
    warnings.push({
      kind: 'recipient',
      message: `The Recipient is "${decoded.recipient}", not an AWS sign-in SAML endpoint.`,
    });
  }
  if (
    !decoded.encryptedAssertion &&
    !decoded.audiences.some((a) => AWS_AUDIENCES.includes(a) || AWS_RECIPIENT.test(a))
  ) {
    warnings.push({
      kind: 'audience',
      message: 'No Audience names AWS (urn:amazon:webservices); STS may refuse it.',
    });
  }
  return warnings;
}
