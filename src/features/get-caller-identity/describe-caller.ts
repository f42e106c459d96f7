import { describePrincipalArn } from '../../lib/decoders/arn.ts';

/** What kind of principal GetCallerIdentity named, in words. */
export interface CallerDescription {
  /** A short name for the kind: "IAM user", "Assumed-role session"… */
  kind: string;
  /** One or two sentences a person reads. */
  sentence: string;
}

/** Pure: turns the Arn GetCallerIdentity returned into the kind of principal and a sentence. */
export function describeCaller(arn: string): CallerDescription {
  const parsed = describePrincipalArn(arn);
  if (!parsed.ok) {
    return {
      kind: 'Unrecognised ARN',
      sentence: `STS returned an ARN the console cannot read: ${parsed.error}`,
    };
  }
  const p = parsed.value;
  switch (p.kind) {
    case 'root':
      return {
        kind: 'Root user',
        sentence: `The root user of account ${p.account}: it can do everything in the account. Use it only for the tasks that need it.`,
      };
    case 'user':
      return {
        kind: 'IAM user',
        sentence: `IAM user ${p.userName} (path ${p.path}) in account ${p.account}: long-term access keys, or a session from GetSessionToken for that user.`,
      };
    case 'assumed-role':
      return {
        kind: 'Assumed-role session',
        sentence: `A session named ${p.roleSession} of role ${p.roleName} in account ${p.account}: temporary credentials from AssumeRole, AssumeRoleWithWebIdentity or AssumeRoleWithSAML. Its permissions are the role's, narrowed by any session policies.`,
      };
    case 'federated-user':
      return {
        kind: 'Federated user',
        sentence: `Federated user ${p.userName} in account ${p.account}: temporary credentials from GetFederationToken. In STS they can call only GetCallerIdentity.`,
      };
    case 'role':
      return {
        kind: 'IAM role',
        sentence: `Role ${p.roleName} in account ${p.account}.`,
      };
    case 'saml-provider':
    case 'oidc-provider':
      return {
        kind: 'Identity provider',
        sentence: `Identity provider ${p.name} in account ${p.account}.`,
      };
    case 'other':
      return {
        kind: `${p.service} principal`,
        sentence: `A ${p.service} principal in account ${p.account}: ${p.resource}.`,
      };
  }
}

/** Whether the signer's known identity and the answer name the same principal. */
export type IdentityAgreement = 'agree' | 'differ' | 'unknown';

/** Pure: compares the ARN recorded for the signing credentials with the one STS returned. */
export function compareIdentity(
  known: string | undefined,
  answered: string | undefined,
): IdentityAgreement {
  if (known === undefined || answered === undefined) return 'unknown';
  return known === answered ? 'agree' : 'differ';
}
