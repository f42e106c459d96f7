/** Who is calling, and how AWS writes their ARN and UserId. */
import type { WorldRole, WorldUser } from './world-config.ts';

export type Principal =
  | { kind: 'user'; accountId: string; user: WorldUser }
  | { kind: 'assumed-role'; accountId: string; role: WorldRole; sessionName: string }
  | { kind: 'federated-user'; accountId: string; name: string; parent: WorldUser }
  | { kind: 'root'; accountId: string };

/** The principal's ARN exactly as GetCallerIdentity prints it. */
export function principalArn(p: Principal): string {
  switch (p.kind) {
    case 'user':
      return p.user.arn;
    case 'assumed-role':
      return `arn:aws:sts::${p.accountId}:assumed-role/${p.role.name}/${p.sessionName}`;
    case 'federated-user':
      return `arn:aws:sts::${p.accountId}:federated-user/${p.name}`;
    case 'root':
      return `arn:aws:iam::${p.accountId}:root`;
  }
}

/** The principal's UserId as GetCallerIdentity prints it (AIDA…, AROA…:session, account:name). */
export function principalUserId(p: Principal): string {
  switch (p.kind) {
    case 'user':
      return p.user.userId;
    case 'assumed-role':
      return `${p.role.roleId}:${p.sessionName}`;
    case 'federated-user':
      return `${p.accountId}:${p.name}`;
    case 'root':
      return p.accountId;
  }
}

/** The ARNs a trust policy may name to admit this principal (a role ARN admits its sessions). */
export function trustNames(p: Principal): string[] {
  switch (p.kind) {
    case 'user':
      return [p.user.arn, `arn:aws:iam::${p.accountId}:root`];
    case 'assumed-role':
      return [p.role.arn, principalArn(p), `arn:aws:iam::${p.accountId}:root`];
    case 'federated-user':
      return [principalArn(p)];
    case 'root':
      return [principalArn(p)];
  }
}
