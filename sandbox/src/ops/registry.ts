/** Operation name → handler, for the 11 STS operations (one module each, beside this one). */
import { assumeRole } from './assume-role.ts';
import { assumeRoleWithSaml } from './assume-role-with-saml.ts';
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity.ts';
import { assumeRoot } from './assume-root.ts';
import { decodeAuthorizationMessage } from './decode-authorization-message.ts';
import { getAccessKeyInfo } from './get-access-key-info.ts';
import { getCallerIdentity } from './get-caller-identity.ts';
import { getDelegatedAccessToken } from './get-delegated-access-token.ts';
import { getFederationToken } from './get-federation-token.ts';
import { getSessionToken } from './get-session-token.ts';
import { getWebIdentityToken } from './get-web-identity-token.ts';
import type { OpHandler } from './shared/context.ts';

const HANDLERS: Readonly<Record<string, OpHandler>> = {
  AssumeRole: assumeRole,
  AssumeRoleWithSAML: assumeRoleWithSaml,
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity,
  AssumeRoot: assumeRoot,
  DecodeAuthorizationMessage: decodeAuthorizationMessage,
  GetAccessKeyInfo: getAccessKeyInfo,
  GetCallerIdentity: getCallerIdentity,
  GetDelegatedAccessToken: getDelegatedAccessToken,
  GetFederationToken: getFederationToken,
  GetSessionToken: getSessionToken,
  GetWebIdentityToken: getWebIdentityToken,
};

/** The handler for an operation name, if the sandbox implements it. */
export function findHandler(action: string): OpHandler | undefined {
  return Object.hasOwn(HANDLERS, action) ? HANDLERS[action] : undefined;
}
