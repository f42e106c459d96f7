import type { OperationName } from './schemas.ts';

export type OperationAuth = 'anonymous' | 'sigv4';
export type OperationResultKind =
  'credentials' | 'identity' | 'account' | 'decoded-message' | 'token';

export interface OperationInfo {
  name: OperationName;
  /** Route segment: the API name in kebab-case. */
  slug: string;
  /** What the operation does, in a few words. */
  summary: string;
  auth: OperationAuth;
  result: OperationResultKind;
  /** Credentials from this operation can be used only with GetCallerIdentity etc. */
  group: 'Get credentials' | 'Inspect';
}

/** The operation registry: navigation, signer pickers and the call hook read it; nothing else lists operations. */
export const operationInfo: Readonly<Record<OperationName, OperationInfo>> = {
  AssumeRoleWithWebIdentity: {
    name: 'AssumeRoleWithWebIdentity',
    slug: 'assume-role-with-web-identity',
    summary: 'Trade an OIDC token for role credentials',
    auth: 'anonymous',
    result: 'credentials',
    group: 'Get credentials',
  },
  AssumeRole: {
    name: 'AssumeRole',
    slug: 'assume-role',
    summary: 'Assume a role with credentials you hold',
    auth: 'sigv4',
    result: 'credentials',
    group: 'Get credentials',
  },
  AssumeRoleWithSAML: {
    name: 'AssumeRoleWithSAML',
    slug: 'assume-role-with-saml',
    summary: 'Trade a SAML assertion for role credentials',
    auth: 'anonymous',
    result: 'credentials',
    group: 'Get credentials',
  },
  GetSessionToken: {
    name: 'GetSessionToken',
    slug: 'get-session-token',
    summary: 'Temporary credentials for your IAM user, with MFA',
    auth: 'sigv4',
    result: 'credentials',
    group: 'Get credentials',
  },
  GetFederationToken: {
    name: 'GetFederationToken',
    slug: 'get-federation-token',
    summary: 'Credentials for a federated user',
    auth: 'sigv4',
    result: 'credentials',
    group: 'Get credentials',
  },
  AssumeRoot: {
    name: 'AssumeRoot',
    slug: 'assume-root',
    summary: 'Privileged root tasks on a member account',
    auth: 'sigv4',
    result: 'credentials',
    group: 'Get credentials',
  },
  GetDelegatedAccessToken: {
    name: 'GetDelegatedAccessToken',
    slug: 'get-delegated-access-token',
    summary: 'Trade in a delegated access token',
    auth: 'sigv4',
    result: 'credentials',
    group: 'Get credentials',
  },
  GetCallerIdentity: {
    name: 'GetCallerIdentity',
    slug: 'get-caller-identity',
    summary: 'Who am I?',
    auth: 'sigv4',
    result: 'identity',
    group: 'Inspect',
  },
  GetAccessKeyInfo: {
    name: 'GetAccessKeyInfo',
    slug: 'get-access-key-info',
    summary: 'Which account owns an access key',
    auth: 'sigv4',
    result: 'account',
    group: 'Inspect',
  },
  DecodeAuthorizationMessage: {
    name: 'DecodeAuthorizationMessage',
    slug: 'decode-authorization-message',
    summary: 'Why was I denied?',
    auth: 'sigv4',
    result: 'decoded-message',
    group: 'Inspect',
  },
  GetWebIdentityToken: {
    name: 'GetWebIdentityToken',
    slug: 'get-web-identity-token',
    summary: 'A JWT from AWS for outside services',
    auth: 'sigv4',
    result: 'token',
    group: 'Inspect',
  },
};

/** Operations in navigation order. */
export const operationList: readonly OperationInfo[] = Object.values(operationInfo);

/** The operation whose slug this is, if any. */
export function operationBySlug(slug: string): OperationInfo | undefined {
  return operationList.find((op) => op.slug === slug);
}
