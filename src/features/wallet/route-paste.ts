import type { DetectedPaste } from '../../lib/import-formats/detect-paste.ts';

/** Where a recognised paste goes. */
export type PasteRoute =
  | { kind: 'form'; operation: string; slug: string; field: string; value: string; what: string }
  | { kind: 'wallet'; what: string }
  | { kind: 'profiles'; what: string }
  | { kind: 'unknown'; message: string };

/** Pure: the form (and field) or wallet a recognised paste belongs in, and what it was, in words. */
export function routePaste(detected: DetectedPaste): PasteRoute {
  switch (detected.kind) {
    case 'jwt':
      return {
        kind: 'form',
        operation: 'AssumeRoleWithWebIdentity',
        slug: 'assume-role-with-web-identity',
        field: 'WebIdentityToken',
        value: detected.token,
        what: 'a web identity token',
      };
    case 'saml':
      return {
        kind: 'form',
        operation: 'AssumeRoleWithSAML',
        slug: 'assume-role-with-saml',
        field: 'SAMLAssertion',
        value: detected.samlResponse,
        what: 'a SAML response',
      };
    case 'authorization-message':
      return {
        kind: 'form',
        operation: 'DecodeAuthorizationMessage',
        slug: 'decode-authorization-message',
        field: 'EncodedMessage',
        value: detected.encoded,
        what: 'an encoded authorization message',
      };
    case 'access-key-id':
      return {
        kind: 'form',
        operation: 'GetAccessKeyInfo',
        slug: 'get-access-key-info',
        field: 'AccessKeyId',
        value: detected.id,
        what: 'an access key ID',
      };
    case 'credentials':
      return { kind: 'wallet', what: `credentials (${detected.credentials.source})` };
    case 'aws-config': {
      const roles = detected.config.profiles.filter((p) => p.roleArn !== undefined).length;
      const keys = detected.keys.length;
      const parts = [
        `${roles} role profile${roles === 1 ? '' : 's'}`,
        ...(keys > 0 ? [`keys of ${detected.keys.map((k) => k.profile).join(', ')}`] : []),
      ];
      return { kind: 'profiles', what: `a ~/.aws/config (${parts.join(' and ')})` };
    }
    case 'unknown':
      return {
        kind: 'unknown',
        message: `${detected.problem ? `${detected.problem} ` : ''}Not recognised. I looked for: ${detected.lookedFor.join('; ')}.`,
      };
  }
}
