import { normalizeSamlInput, refuseDtd } from './saml-input.ts';
import {
  attr,
  child,
  children,
  elementsOf,
  parseXml,
  text,
  type DOMParserLike,
  type XmlElementLike,
} from './saml-xml.ts';
import { err, ok, type Result } from '../result.ts';
import { checkUntrustedXml } from './xml-safety.ts';

const PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';
const DSIG = 'http://www.w3.org/2000/09/xmldsig#';
const AWS_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/';

/** One role the assertion offers: the role to assume and the SAML provider that vouches for it. */
export interface SamlRolePair {
  roleArn: string;
  providerArn: string;
}

/** What a SAMLResponse says, read in the browser; the signature is never verified here. */
export interface DecodedSamlResponse {
  issuer?: string;
  destination?: string;
  statusCode?: string;
  subject?: { nameId: string; format?: string };
  audiences: string[];
  /** SubjectConfirmationData Recipient (where the IdP meant the response to go). */
  recipient?: string;
  /** Conditions NotBefore. */
  notBefore?: Date;
  /** Conditions NotOnOrAfter. */
  notOnOrAfter?: Date;
  /** SubjectConfirmationData NotOnOrAfter (STS also checks it). */
  recipientNotOnOrAfter?: Date;
  sessionDurationSeconds?: number;
  roleSessionName?: string;
  sourceIdentity?: string;
  roles: SamlRolePair[];
  /** Role attribute values that are not a role ARN and a SAML provider ARN separated by a comma. */
  unreadableRoleValues: string[];
  /** True when the assertion is encrypted: only STS can read it, the fields above stay empty. */
  encryptedAssertion: boolean;
  signature: { present: boolean; signedElements: ('Response' | 'Assertion')[]; verified: false };
  /** The base64 form to send to STS as SAMLAssertion. */
  samlAssertionBase64: string;
}

/** Decodes a SAMLResponse (base64, form value or XML) with the browser's DOMParser after refusing DTDs, oversize and unsafe XML. */
export function decodeSamlResponse(
  input: string,
  parser?: DOMParserLike,
): Result<DecodedSamlResponse> {
  const normalized = normalizeSamlInput(input);
  if (!normalized.ok) return normalized;
  const safe = refuseDtd(normalized.value.xml);
  if (!safe.ok) return safe;
  // A browser would build a parser-error (XHTML) document, or XHTML/SVG elements: refuse first.
  const wellFormed = checkUntrustedXml(safe.value);
  if (!wellFormed.ok) return wellFormed;
  const parsed = parseXml(wellFormed.value, parser);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.namespaceURI !== PROTOCOL || root.localName !== 'Response') {
    const found = root.namespaceURI === ASSERTION && root.localName === 'Assertion';
    return err(
      found
        ? 'This is a bare SAML Assertion; STS needs the whole SAMLResponse that contains it.'
        : `This XML is not a SAML 2.0 Response (its root element is <${root.localName ?? '?'}>).`,
    );
  }
  const assertion = child(root, ASSERTION, 'Assertion');
  const decoded: DecodedSamlResponse = {
    audiences: [],
    roles: [],
    unreadableRoleValues: [],
    encryptedAssertion:
      assertion === undefined && child(root, ASSERTION, 'EncryptedAssertion') !== undefined,
    signature: signatureOf(root, assertion),
    samlAssertionBase64: normalized.value.base64,
  };
  assign(
    decoded,
    'issuer',
    text(child(root, ASSERTION, 'Issuer')) ?? text(child(assertion, ASSERTION, 'Issuer')),
  );
  assign(decoded, 'destination', attr(root, 'Destination'));
  assign(
    decoded,
    'statusCode',
    attr(child(child(root, PROTOCOL, 'Status'), PROTOCOL, 'StatusCode'), 'Value'),
  );
  if (assertion !== undefined) readAssertion(assertion, decoded);
  return ok(decoded);
}

function readAssertion(assertion: XmlElementLike, out: DecodedSamlResponse): void {
  const subject = child(assertion, ASSERTION, 'Subject');
  const nameIdElement = child(subject, ASSERTION, 'NameID');
  const nameId = text(nameIdElement);
  if (nameId !== undefined) {
    const format = attr(nameIdElement, 'Format');
    out.subject = format === undefined ? { nameId } : { nameId, format };
  }
  const confirmation = children(subject, ASSERTION, 'SubjectConfirmation')
    .map((c) => child(c, ASSERTION, 'SubjectConfirmationData'))
    .find((d) => d !== undefined);
  assign(out, 'recipient', attr(confirmation, 'Recipient'));
  assign(out, 'recipientNotOnOrAfter', xsDateTime(attr(confirmation, 'NotOnOrAfter')));
  const conditions = child(assertion, ASSERTION, 'Conditions');
  assign(out, 'notBefore', xsDateTime(attr(conditions, 'NotBefore')));
  assign(out, 'notOnOrAfter', xsDateTime(attr(conditions, 'NotOnOrAfter')));
  out.audiences = children(conditions, ASSERTION, 'AudienceRestriction')
    .flatMap((r) => children(r, ASSERTION, 'Audience'))
    .flatMap((a) => text(a) ?? []);
  const attributes = children(assertion, ASSERTION, 'AttributeStatement').flatMap((s) =>
    children(s, ASSERTION, 'Attribute'),
  );
  const valuesOf = (name: string): string[] =>
    attributes
      .filter((a) => attr(a, 'Name') === AWS_ATTRIBUTE + name)
      .flatMap((a) => children(a, ASSERTION, 'AttributeValue'))
      .flatMap((v) => text(v) ?? []);
  for (const value of valuesOf('Role')) {
    const pair = parseRolePair(value);
    if (pair === undefined) out.unreadableRoleValues.push(value);
    else out.roles.push(pair);
  }
  assign(out, 'roleSessionName', valuesOf('RoleSessionName')[0]);
  assign(out, 'sourceIdentity', valuesOf('SourceIdentity')[0]);
  const duration = valuesOf('SessionDuration')[0];
  if (duration !== undefined && /^\d{1,6}$/.test(duration))
    out.sessionDurationSeconds = Number(duration);
}

/** AWS accepts the role and the provider ARN in either order within the comma-separated pair. */
export function parseRolePair(value: string): SamlRolePair | undefined {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 2) return undefined;
  const isRole = (arn: string): boolean => /^arn:[\w-]+:iam::\d{12}:role\/\S+$/.test(arn);
  const isProvider = (arn: string): boolean =>
    /^arn:[\w-]+:iam::\d{12}:saml-provider\/\S+$/.test(arn);
  const [a = '', b = ''] = parts;
  if (isRole(a) && isProvider(b)) return { roleArn: a, providerArn: b };
  if (isProvider(a) && isRole(b)) return { roleArn: b, providerArn: a };
  return undefined;
}

function signatureOf(
  root: XmlElementLike,
  assertion: XmlElementLike | undefined,
): DecodedSamlResponse['signature'] {
  const signedElements: ('Response' | 'Assertion')[] = [];
  if (child(root, DSIG, 'Signature') !== undefined) signedElements.push('Response');
  if (child(assertion, DSIG, 'Signature') !== undefined) signedElements.push('Assertion');
  const anywhere = (elementsOf(root) ?? []).some(
    (el) => el.namespaceURI === DSIG && el.localName === 'Signature',
  );
  return { present: anywhere, signedElements, verified: false };
}

function xsDateTime(value: string | undefined): Date | undefined {
  if (
    value === undefined ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/.test(value)
  ) {
    return undefined;
  }
  const date = new Date(/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function assign<K extends keyof DecodedSamlResponse>(
  target: DecodedSamlResponse,
  key: K,
  value: DecodedSamlResponse[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}
