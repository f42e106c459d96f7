import { DOMParser as XmldomParser } from '@xmldom/xmldom';
import type { DOMParserLike } from './saml-xml.ts';

/** Parts of a test SAMLResponse (test fixtures only). */
export interface SamlFixture {
  prefixes?: { protocol: string; assertion: string };
  roles?: string[];
  sessionDuration?: string;
  roleSessionName?: string;
  notBefore?: string;
  notOnOrAfter?: string;
  signed?: boolean;
  nameId?: string;
}

/** Builds a SAMLResponse XML the way common IdPs shape it (test fixtures only). */
export function samlXml(f: SamlFixture = {}): string {
  const p = f.prefixes?.protocol ?? 'samlp';
  const a = f.prefixes?.assertion ?? 'saml';
  const pq = p === '' ? '' : `${p}:`;
  const aq = a === '' ? '' : `${a}:`;
  const pns = p === '' ? 'xmlns' : `xmlns:${p}`;
  const ans = a === '' ? 'xmlns' : `xmlns:${a}`;
  const roles = (
    f.roles ?? ['arn:aws:iam::111122223333:role/Admin,arn:aws:iam::111122223333:saml-provider/Okta']
  )
    .map((r) => `<${aq}AttributeValue>${r}</${aq}AttributeValue>`)
    .join('');
  const signature =
    f.signed === false
      ? ''
      : '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<${pq}Response ${pns}="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r1" Version="2.0" Destination="https://signin.aws.amazon.com/saml">
  <${aq}Issuer ${ans}="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.com/</${aq}Issuer>
  <${pq}Status><${pq}StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></${pq}Status>
  <${aq}Assertion ${ans}="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a1" Version="2.0">
    <${aq}Issuer>https://idp.example.com/</${aq}Issuer>
    ${signature}
    <${aq}Subject>
      <${aq}NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${f.nameId ?? 'alice@example.com'}</${aq}NameID>
      <${aq}SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <${aq}SubjectConfirmationData NotOnOrAfter="${f.notOnOrAfter ?? '2030-01-01T00:05:00Z'}" Recipient="https://signin.aws.amazon.com/saml"/>
      </${aq}SubjectConfirmation>
    </${aq}Subject>
    <${aq}Conditions NotBefore="${f.notBefore ?? '2030-01-01T00:00:00Z'}" NotOnOrAfter="${f.notOnOrAfter ?? '2030-01-01T00:05:00Z'}">
      <${aq}AudienceRestriction><${aq}Audience>urn:amazon:webservices</${aq}Audience></${aq}AudienceRestriction>
    </${aq}Conditions>
    <${aq}AttributeStatement>
      <${aq}Attribute Name="https://aws.amazon.com/SAML/Attributes/Role">${roles}</${aq}Attribute>
      <${aq}Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><${aq}AttributeValue>${f.roleSessionName ?? 'alice'}</${aq}AttributeValue></${aq}Attribute>
      <${aq}Attribute Name="https://aws.amazon.com/SAML/Attributes/SessionDuration"><${aq}AttributeValue>${f.sessionDuration ?? '1800'}</${aq}AttributeValue></${aq}Attribute>
    </${aq}AttributeStatement>
  </${aq}Assertion>
</${pq}Response>`;
}

/** @xmldom/xmldom as a DOMParserLike that reports every error (tests only; the app uses the browser's). */
export function xmldomParser(): DOMParserLike {
  const parser = new XmldomParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  });
  return {
    parseFromString: (text) => parser.parseFromString(text, 'application/xml'),
  };
}
