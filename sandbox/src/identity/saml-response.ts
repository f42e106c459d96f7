// Mints and verifies SAML 2.0 Responses the way AssumeRoleWithSAML consumes them.
//
// STS wording found verbatim in public reports: "Response signature invalid" and "RoleSessionName
// in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}" (InvalidIdentityToken), "Response has
// expired" (ExpiredTokenException). Other messages are our own wording.
// Additions to the brief's contract: `principalArn` (optional) restricts verification to the
// provider the request names, and the result carries `providerArn`, the provider whose
// certificate verified the signature. The Issuer is not compared with provider metadata (the
// registered providers carry no entity ID). AWS requires RoleSessionName; when it is absent the
// result has no roleSessionName and the caller decides.
import { createHash, randomBytes } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import { samlIdpCertificatePem, samlIdpPrivateKeyPem } from './demo-keys.ts';
import { readAssertionFacts, type SamlRolePair } from './saml-assertion.ts';
import {
  awsSamlAudience,
  envelopedSignature,
  exclusiveC14n,
  persistentNameIdFormat,
  roleAttributeName,
  roleSessionNameAttributeName,
  rsaSha256,
  sessionDurationAttributeName,
  sha256Digest,
} from './saml-constants.ts';
import { verifyAssertionSignature, type RegisteredSamlProvider } from './saml-signature.ts';
import { escapeXml, parseXmlStrict, samlAssertionNs, samlProtocolNs } from './saml-xml.ts';
import { ok, type Result } from '../lib/result.ts';
import { reject, type StsRejection } from './sts-rejection.ts';

export interface MintSamlResponseOptions {
  /** Defaults to "urn:sts-console:sandbox-idp". */
  issuer?: string;
  /** NameID; defaults to "demo-user". */
  subject?: string;
  /** NameID Format; defaults to persistent. */
  subjectFormat?: string;
  roles: SamlRolePair[];
  /** Defaults to https://signin.aws.amazon.com/saml. */
  audience?: string;
  /** Defaults to 3600. */
  sessionDurationSeconds?: number;
  /** Defaults to the subject. */
  roleSessionName?: string;
  /** Validity of the assertion; defaults to 300. Negative → already expired. */
  ttlSeconds?: number;
  nowSeconds?: number;
}

export interface VerifiedSaml {
  issuer: string;
  subject: string;
  /** "persistent", "transient", or the full format URI, as STS returns SubjectType. */
  subjectType: string;
  audience: string;
  /** base64(SHA1(issuer + accountId + "/" + providerName)), as STS returns NameQualifier. */
  nameQualifier: string;
  roles: SamlRolePair[];
  sessionDurationSeconds?: number;
  roleSessionName?: string;
  /** The provider whose certificate verified the signature. */
  providerArn: string;
}

export interface VerifySamlResponseOptions {
  providers: RegisteredSamlProvider[];
  nowSeconds: number;
  accountId: string;
  /** When given, only this provider's certificate is tried. */
  principalArn?: string;
}

const isoInstant = (seconds: number) =>
  new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const newId = () => `_${randomBytes(16).toString('hex')}`;

function attribute(name: string, values: string[]): string {
  const rendered = values.map(
    (value) => `<saml:AttributeValue>${escapeXml(value)}</saml:AttributeValue>`,
  );
  return `<saml:Attribute Name="${escapeXml(name)}">${rendered.join('')}</saml:Attribute>`;
}

/** Builds a SAML Response whose Assertion is signed (enveloped, exc-c14n, RSA-SHA256); base64. */
export function mintSamlResponse(opts: MintSamlResponseOptions): string {
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  const ttl = opts.ttlSeconds ?? 300;
  const issued = ttl >= 0 ? now : now + ttl - 300;
  const until = isoInstant(now + ttl);
  const issuer = escapeXml(opts.issuer ?? 'urn:sts-console:sandbox-idp');
  const subject = opts.subject ?? 'demo-user';
  const assertionId = newId();
  const attributes = [
    attribute(
      roleAttributeName,
      opts.roles.map((pair) => `${pair.roleArn},${pair.providerArn}`),
    ),
    attribute(roleSessionNameAttributeName, [opts.roleSessionName ?? subject]),
    attribute(sessionDurationAttributeName, [String(opts.sessionDurationSeconds ?? 3600)]),
  ];
  const xml =
    `<samlp:Response xmlns:samlp="${samlProtocolNs}" xmlns:saml="${samlAssertionNs}" ID="${newId()}" Version="2.0" IssueInstant="${isoInstant(issued)}" Destination="${awsSamlAudience}">` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion ID="${assertionId}" Version="2.0" IssueInstant="${isoInstant(issued)}">` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="${escapeXml(opts.subjectFormat ?? persistentNameIdFormat)}">${escapeXml(subject)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${until}" Recipient="${awsSamlAudience}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${isoInstant(issued)}" NotOnOrAfter="${until}"><saml:AudienceRestriction><saml:Audience>${escapeXml(opts.audience ?? awsSamlAudience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${isoInstant(issued)}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attributes.join('')}</saml:AttributeStatement>` +
    `</saml:Assertion></samlp:Response>`;

  const signer = new SignedXml({
    privateKey: samlIdpPrivateKeyPem(),
    publicCert: samlIdpCertificatePem(),
    signatureAlgorithm: rsaSha256,
    canonicalizationAlgorithm: exclusiveC14n,
  });
  signer.addReference({
    xpath: `//*[local-name(.)='Assertion' and @ID='${assertionId}']`,
    digestAlgorithm: sha256Digest,
    transforms: [envelopedSignature, exclusiveC14n],
  });
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: {
      reference: `//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']`,
      action: 'after',
    },
  });
  return Buffer.from(signer.getSignedXml(), 'utf8').toString('base64');
}

/** The NameQualifier STS computes for a SAML provider. */
export function samlNameQualifier(issuer: string, accountId: string, providerName: string): string {
  return createHash('sha1').update(`${issuer}${accountId}/${providerName}`).digest('base64');
}

/** Verifies a base64 SAMLResponse as AssumeRoleWithSAML does and returns what STS reports. */
export function verifySamlResponse(
  base64: string,
  opts: VerifySamlResponseOptions,
): Result<VerifiedSaml, StsRejection> {
  const compact = base64.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    return reject('InvalidIdentityToken', 'Invalid base64 SAMLResponse');
  }
  const xml = Buffer.from(compact, 'base64').toString('utf8');
  const document = parseXmlStrict(xml);
  if (!document.ok) {
    return reject('InvalidIdentityToken', `Invalid SAML response: ${document.error}`);
  }
  const candidates = opts.providers.filter(
    (provider) => opts.principalArn === undefined || provider.arn === opts.principalArn,
  );
  const signed = verifyAssertionSignature(document.value, xml, candidates);
  if (!signed.ok) return reject('InvalidIdentityToken', 'Response signature invalid');
  const facts = readAssertionFacts(signed.value.assertion, opts.nowSeconds);
  if (!facts.ok) return facts;
  const { provider } = signed.value;
  return ok({
    ...facts.value,
    nameQualifier: samlNameQualifier(facts.value.issuer, opts.accountId, provider.name),
    providerArn: provider.arn,
  });
}
