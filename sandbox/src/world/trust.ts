/** Role trust evaluation: which principals, issuers, audiences and SAML providers a role admits. */
import { err, ok, type Result } from '../lib/result.ts';
import type { WorldRole } from './world-config.ts';

export type TrustFailure = 'not-trusted' | 'mfa-required' | 'external-id';

export interface AssumeRoleFacts {
  /** ARNs that name the caller in a trust policy (see trustNames). */
  names: readonly string[];
  mfaPresent: boolean;
  externalId: string | undefined;
}

/** Checks the role's sts:AssumeRole statements; the most specific failure wins. */
export function evaluateAssumeRoleTrust(
  role: WorldRole,
  facts: AssumeRoleFacts,
): Result<true, TrustFailure> {
  let failure: TrustFailure = 'not-trusted';
  for (const statement of role.trust) {
    if (statement.action !== 'sts:AssumeRole') continue;
    if (!(statement.principals ?? []).some((p) => facts.names.includes(p))) continue;
    if (statement.requireMfa === true && !facts.mfaPresent) {
      failure = 'mfa-required';
      continue;
    }
    if (statement.externalId !== undefined && statement.externalId !== facts.externalId) {
      failure = 'external-id';
      continue;
    }
    return ok(true);
  }
  return err(failure);
}

/** True when the role trusts this OIDC issuer for this audience (sts:AssumeRoleWithWebIdentity). */
export function trustsWebIdentity(role: WorldRole, issuer: string, audience: string): boolean {
  const bare = (url: string) => url.replace(/\/+$/, '');
  return role.trust.some(
    (s) =>
      s.action === 'sts:AssumeRoleWithWebIdentity' &&
      s.oidcIssuer !== undefined &&
      bare(s.oidcIssuer) === bare(issuer) &&
      (s.audiences === undefined || s.audiences.includes(audience)),
  );
}

/** True when the role trusts this SAML provider (by name) for sts:AssumeRoleWithSAML. */
export function trustsSaml(role: WorldRole, providerName: string): boolean {
  return role.trust.some(
    (s) => s.action === 'sts:AssumeRoleWithSAML' && s.samlProvider === providerName,
  );
}
