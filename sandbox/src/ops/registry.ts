/** Operation name → handler, for the 11 STS operations. */
import { assumeRole } from './assume-role.ts';
import { assumeRoleWithSaml } from './assume-role-with-saml.ts';
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity.ts';
import type { OpHandler } from './context.ts';
import {
  decodeAuthorizationMessage,
  getAccessKeyInfo,
  getCallerIdentity,
} from './identity-info.ts';
import { getWebIdentityToken } from './get-web-identity-token.ts';
import { assumeRoot, getDelegatedAccessToken } from './root-and-delegation.ts';
import { getFederationToken, getSessionToken } from './session-tokens.ts';

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
