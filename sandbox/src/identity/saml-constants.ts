// SAML names AWS uses for AssumeRoleWithSAML (IAM User Guide, "Configure SAML assertions for the
// authentication response").

export const awsSamlAudience = 'https://signin.aws.amazon.com/saml';

/** Audiences STS accepts: the global and regional sign-in endpoints and the legacy URN. */
export function isAcceptedSamlAudience(value: string): boolean {
  return (
    value === awsSamlAudience ||
    value === 'urn:amazon:webservices' ||
    /^https:\/\/[a-z0-9-]+\.signin\.aws\.amazon\.com\/saml$/.test(value)
  );
}

export const roleAttributeName = 'https://aws.amazon.com/SAML/Attributes/Role';
export const roleSessionNameAttributeName =
  'https://aws.amazon.com/SAML/Attributes/RoleSessionName';
export const sessionDurationAttributeName =
  'https://aws.amazon.com/SAML/Attributes/SessionDuration';

export const nameIdFormatPrefix = 'urn:oasis:names:tc:SAML:2.0:nameid-format:';
export const persistentNameIdFormat = `${nameIdFormatPrefix}persistent`;

export const rsaSha256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
export const rsaSha512 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512';
export const sha256Digest = 'http://www.w3.org/2001/04/xmlenc#sha256';
export const exclusiveC14n = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const envelopedSignature = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
