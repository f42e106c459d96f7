import { lazy, type ComponentType } from 'react';
import type { OperationName } from '../lib/sts/schemas.ts';
import { AssumeRoleWithWebIdentityPage } from '../features/assume-role-with-web-identity/assume-role-with-web-identity-page.tsx';

type Page = ComponentType;

function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): Page {
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}

/**
 * One page per operation. The first screen (web identity) is part of the main bundle so it
 * renders without a second round of fetches; every other page loads when opened.
 */
export const operationPages: Partial<Record<OperationName, Page>> = {
  AssumeRoleWithWebIdentity: AssumeRoleWithWebIdentityPage,
  AssumeRole: page(
    () => import('../features/assume-role/assume-role-page.tsx'),
    (m) => m.AssumeRolePage,
  ),
  AssumeRoleWithSAML: page(
    () => import('../features/assume-role-with-saml/assume-role-with-saml-page.tsx'),
    (m) => m.AssumeRoleWithSamlPage,
  ),
  AssumeRoot: page(
    () => import('../features/assume-root/assume-root-page.tsx'),
    (m) => m.AssumeRootPage,
  ),
  GetSessionToken: page(
    () => import('../features/get-session-token/get-session-token-page.tsx'),
    (m) => m.GetSessionTokenPage,
  ),
  GetFederationToken: page(
    () => import('../features/get-federation-token/get-federation-token-page.tsx'),
    (m) => m.GetFederationTokenPage,
  ),
  GetDelegatedAccessToken: page(
    () => import('../features/get-delegated-access-token/get-delegated-access-token-page.tsx'),
    (m) => m.GetDelegatedAccessTokenPage,
  ),
  GetCallerIdentity: page(
    () => import('../features/get-caller-identity/get-caller-identity-page.tsx'),
    (m) => m.GetCallerIdentityPage,
  ),
  GetAccessKeyInfo: page(
    () => import('../features/get-access-key-info/get-access-key-info-page.tsx'),
    (m) => m.GetAccessKeyInfoPage,
  ),
  DecodeAuthorizationMessage: page(
    () => import('../features/decode-authorization-message/decode-authorization-message-page.tsx'),
    (m) => m.DecodeAuthorizationMessagePage,
  ),
  GetWebIdentityToken: page(
    () => import('../features/get-web-identity-token/get-web-identity-token-page.tsx'),
    (m) => m.GetWebIdentityTokenPage,
  ),
};
