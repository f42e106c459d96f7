/**
 * Role trust: the requests STS puts in front of a role's trust policy (principal, actions,
 * condition keys) for each way of assuming it, decided by the policy in world.json.
 */
import { trustPolicyAllows, type TrustRequest } from './trust-policy.ts';
import type { WorldRole } from './world-config.ts';

export type { TrustRequest } from './trust-policy.ts';

/** True when the role's trust policy allows every action of the request (explicit Deny wins). */
export function roleTrusts(role: WorldRole, request: TrustRequest): boolean {
  return trustPolicyAllows(role.trustPolicy, request);
}

/** The request parameters that become sts:/aws: keys and extra actions. */
export interface RequestParams {
  sessionName?: string | undefined;
  sourceIdentity?: string | undefined;
  externalId?: string | undefined;
  tags?: readonly { Key: string; Value: string }[];
  transitiveTagKeys?: readonly string[];
}

/** sts:TagSession when tags are passed, sts:SetSourceIdentity when a source identity is. */
export function requestedActions(action: string, params: RequestParams): string[] {
  const actions = [action];
  if ((params.tags?.length ?? 0) > 0 || (params.transitiveTagKeys?.length ?? 0) > 0) {
    actions.push('sts:TagSession');
  }
  if (params.sourceIdentity !== undefined) actions.push('sts:SetSourceIdentity');
  return actions;
}

/** The condition keys the request parameters add (sts:RoleSessionName, aws:RequestTag/…, …). */
export function requestConditionKeys(params: RequestParams): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  if (params.sessionName !== undefined) keys['sts:RoleSessionName'] = [params.sessionName];
  if (params.sourceIdentity !== undefined) keys['sts:SourceIdentity'] = [params.sourceIdentity];
  if (params.externalId !== undefined) keys['sts:ExternalId'] = [params.externalId];
  const tags = params.tags ?? [];
  for (const t of tags) keys[`aws:RequestTag/${t.Key}`] = [t.Value];
  if (tags.length > 0) keys['aws:TagKeys'] = tags.map((t) => t.Key);
  if ((params.transitiveTagKeys?.length ?? 0) > 0) {
    keys['sts:TransitiveTagKeys'] = [...(params.transitiveTagKeys ?? [])];
  }
  return keys;
}

/** The provider keys IAM derives from a verified web identity token (`<provider>:aud`, `:sub`…). */
export function webIdentityConditionKeys(
  provider: string,
  audience: string,
  subject: string,
  claims: Record<string, unknown>,
): Record<string, string[]> {
  const keys: Record<string, string[]> = {
    [`${provider}:aud`]: [audience],
    [`${provider}:sub`]: [subject],
  };
  const amr = claims['amr'];
  if (Array.isArray(amr)) keys[`${provider}:amr`] = amr.filter((v) => typeof v === 'string');
  const email = claims['email'];
  if (typeof email === 'string') keys[`${provider}:email`] = [email];
  return keys;
}
