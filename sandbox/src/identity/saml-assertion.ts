// Reads and checks what AWS needs from a (signed) SAML Assertion: subject, conditions, audience,
// recipient, and the AWS attributes Role, RoleSessionName, SessionDuration.
import type { Element } from '@xmldom/xmldom';
import {
  isAcceptedSamlAudience,
  nameIdFormatPrefix,
  roleAttributeName,
  roleSessionNameAttributeName,
  sessionDurationAttributeName,
} from './saml-constants.ts';
import { childElement, childElements, descendants, samlAssertionNs, textOf } from './saml-xml.ts';
import { ok, type Result } from '../lib/result.ts';
import { reject, type StsRejection } from './sts-rejection.ts';

export interface SamlRolePair {
  roleArn: string;
  providerArn: string;
}

export interface AssertionFacts {
  issuer: string;
  subject: string;
  subjectType: string;
  audience: string;
  roles: SamlRolePair[];
  sessionDurationSeconds?: number;
  roleSessionName?: string;
}

const notBeforeSkewSeconds = 60;
const roleSessionNamePattern = /^[a-zA-Z_0-9+=,.@-]{2,64}$/;
const invalid = (message: string) => reject('InvalidIdentityToken', message);

function epochOf(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? undefined : Math.floor(millis / 1000);
}

function attributeValues(assertion: Element, name: string): string[] {
  return descendants(assertion, samlAssertionNs, 'Attribute')
    .filter((attribute) => attribute.getAttribute('Name') === name)
    .flatMap((attribute) => childElements(attribute, samlAssertionNs, 'AttributeValue'))
    .map((value) => textOf(value));
}

/** "roleArn,providerArn" in either order, as AWS accepts it. */
export function parseRolePair(value: string): SamlRolePair | undefined {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length !== 2) return undefined;
  const roleArn = parts.find((part) => /^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(part));
  const providerArn = parts.find((part) =>
    /^arn:aws[a-z-]*:iam::\d{12}:saml-provider\/.+/.test(part),
  );
  return roleArn && providerArn ? { roleArn, providerArn } : undefined;
}

function checkTimes(assertion: Element, now: number): Result<true, StsRejection> {
  const conditions = childElement(assertion, samlAssertionNs, 'Conditions');
  const subject = childElement(assertion, samlAssertionNs, 'Subject');
  const confirmations = subject
    ? childElements(subject, samlAssertionNs, 'SubjectConfirmation')
        .map((confirmation) =>
          childElement(confirmation, samlAssertionNs, 'SubjectConfirmationData'),
        )
        .filter((data): data is Element => data !== undefined)
    : [];
  const notBefore = epochOf(conditions?.getAttribute('NotBefore') ?? null);
  if (notBefore !== undefined && notBefore > now + notBeforeSkewSeconds) {
    return invalid('Response is not yet valid');
  }
  const deadlines = [conditions, ...confirmations]
    .map((element) => epochOf(element?.getAttribute('NotOnOrAfter') ?? null))
    .filter((value): value is number => value !== undefined);
  if (deadlines.length === 0) return invalid('The SAML assertion has no NotOnOrAfter condition');
  if (deadlines.some((deadline) => now >= deadline)) {
    return reject('ExpiredTokenException', 'Response has expired');
  }
  for (const data of confirmations) {
    const recipient = data.getAttribute('Recipient');
    if (recipient && !isAcceptedSamlAudience(recipient)) {
      return invalid(`Invalid SubjectConfirmationData Recipient: ${recipient}`);
    }
  }
  return ok(true);
}

function readAudience(assertion: Element): Result<string, StsRejection> {
  const conditions = childElement(assertion, samlAssertionNs, 'Conditions');
  const audiences = conditions
    ? childElements(conditions, samlAssertionNs, 'AudienceRestriction')
        .flatMap((restriction) => childElements(restriction, samlAssertionNs, 'Audience'))
        .map((audience) => textOf(audience))
    : [];
  const accepted = audiences.find(isAcceptedSamlAudience);
  if (accepted === undefined) {
    return invalid(
      `Invalid audience in SAML assertion: ${audiences.join(', ') || '(none)'}; expected https://signin.aws.amazon.com/saml`,
    );
  }
  return ok(accepted);
}

function subjectTypeOf(format: string): string {
  if (format === '') return 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
  return format.startsWith(nameIdFormatPrefix) ? format.slice(nameIdFormatPrefix.length) : format;
}

/** Checks times, audience and the AWS attributes of a signed Assertion and reads its facts. */
export function readAssertionFacts(
  assertion: Element,
  now: number,
): Result<AssertionFacts, StsRejection> {
  const times = checkTimes(assertion, now);
  if (!times.ok) return times;
  const audience = readAudience(assertion);
  if (!audience.ok) return audience;

  const subject = childElement(assertion, samlAssertionNs, 'Subject');
  const nameId = subject && childElement(subject, samlAssertionNs, 'NameID');
  if (!nameId || textOf(nameId) === '') return invalid('The SAML assertion has no NameID');

  const roles = attributeValues(assertion, roleAttributeName)
    .map(parseRolePair)
    .filter((pair): pair is SamlRolePair => pair !== undefined);
  if (roles.length === 0) {
    return reject(
      'IDPRejectedClaim',
      'The SAML assertion has no valid https://aws.amazon.com/SAML/Attributes/Role value',
      403,
    );
  }

  const [roleSessionName] = attributeValues(assertion, roleSessionNameAttributeName);
  if (roleSessionName !== undefined && !roleSessionNamePattern.test(roleSessionName)) {
    return invalid('RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}');
  }
  const [durationText] = attributeValues(assertion, sessionDurationAttributeName);
  const sessionDurationSeconds = durationText === undefined ? undefined : Number(durationText);
  if (
    sessionDurationSeconds !== undefined &&
    (!Number.isInteger(sessionDurationSeconds) ||
      sessionDurationSeconds < 900 ||
      sessionDurationSeconds > 43200)
  ) {
    return invalid('SessionDuration in AuthnResponse must be an integer between 900 and 43200');
  }

  return ok({
    issuer: textOf(childElement(assertion, samlAssertionNs, 'Issuer')),
    subject: textOf(nameId),
    subjectType: subjectTypeOf(nameId.getAttribute('Format') ?? ''),
    audience: audience.value,
    roles,
    ...(sessionDurationSeconds === undefined ? {} : { sessionDurationSeconds }),
    ...(roleSessionName === undefined ? {} : { roleSessionName }),
  });
}
