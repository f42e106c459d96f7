/**
 * AccessDenied answers that carry an encoded authorization message, which DecodeAuthorizationMessage
 * turns back into the JSON document STS returns (allowed, explicitDeny, matchedStatements, failures,
 * context{principal, action, resource, conditions}).
 */
import { ERR, type StsError } from '../../protocol/sts-error.ts';
import { principalArn, principalUserId, type Principal } from '../../world/principals.ts';
import { seal } from '../../world/sealed.ts';

export const AUTHZ_PURPOSE = 'sts-console-sandbox/authorization-message';

export interface DenialContext {
  /** The principal, or a bare ARN + id when the caller is anonymous (federated web identity/SAML). */
  principal: Principal | { id: string; arn: string };
  action: string;
  resource: string;
  conditions: Record<string, string[]>;
}

/** The decoded-message document, in the format STS returns it. */
export function authorizationDocument(denial: DenialContext): unknown {
  const p = denial.principal;
  const principal = 'kind' in p ? { id: principalUserId(p), arn: principalArn(p) } : p;
  return {
    allowed: false,
    explicitDeny: false,
    matchedStatements: { items: [] },
    failures: { items: [] },
    context: {
      principal,
      action: denial.action,
      resource: denial.resource,
      conditions: {
        items: Object.entries(denial.conditions).map(([key, values]) => ({
          key,
          values: { items: values.map((value) => ({ value })) },
        })),
      },
    },
  };
}

/** Seals the decoded-message document into an opaque encoded message. */
export function encodeAuthorizationMessage(denial: DenialContext): string {
  return seal(AUTHZ_PURPOSE, authorizationDocument(denial));
}

/** AccessDenied (403) whose message ends with "Encoded authorization failure message: <msg>". */
export function accessDenied(message: string, denial: DenialContext): StsError {
  return ERR.accessDenied(
    `${message}. Encoded authorization failure message: ${encodeAuthorizationMessage(denial)}`,
  );
}

/** The conditions STS puts in the context of a denial for this principal. */
export function baseConditions(
  principal: Principal,
  nowMs: number,
  region: string,
): Record<string, string[]> {
  const conditions: Record<string, string[]> = {
    'aws:PrincipalAccount': [principal.accountId],
    'aws:PrincipalArn': [principalArn(principal)],
    'aws:userid': [principalUserId(principal)],
    'aws:CurrentTime': [new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z')],
    'aws:EpochTime': [String(Math.floor(nowMs / 1000))],
    'aws:RequestedRegion': [region],
  };
  if (principal.kind === 'user') conditions['aws:username'] = [principal.user.name];
  return conditions;
}
