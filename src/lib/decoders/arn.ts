import { err, ok, type Result } from '../result.ts';

/** The five fixed fields of an ARN plus its resource part. */
export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** What kind of principal an IAM or STS ARN names, broken into its parts. */
export type PrincipalArn =
  | { kind: 'root'; partition: string; account: string }
  | { kind: 'user'; partition: string; account: string; path: string; userName: string }
  | { kind: 'role'; partition: string; account: string; path: string; roleName: string }
  | {
      kind: 'assumed-role';
      partition: string;
      account: string;
      roleName: string;
      roleSession: string;
    }
  | { kind: 'federated-user'; partition: string; account: string; userName: string }
  | { kind: 'saml-provider' | 'oidc-provider'; partition: string; account: string; name: string }
  | { kind: 'other'; partition: string; account: string; service: string; resource: string };

/** ARNs in STS are at most 2048 characters (model: arnType). */
export const ARN_MAX_LENGTH = 2048;

/** Splits "arn:partition:service:region:account:resource" into its fields. */
export function parseArn(arn: string): Result<ParsedArn> {
  const text = arn.trim();
  if (text.length > ARN_MAX_LENGTH) {
    return err(`An ARN has at most ${ARN_MAX_LENGTH} characters; this has ${text.length}.`);
  }
  if (!text.startsWith('arn:')) return err('An ARN starts with "arn:".');
  const fields = text.split(':');
  if (fields.length < 6) {
    return err(
      `An ARN has six parts separated by colons (arn:partition:service:region:account:resource); this has ${fields.length}.`,
    );
  }
  const [, partition = '', service = '', region = '', account = ''] = fields;
  const resource = fields.slice(5).join(':');
  if (!/^aws(-[a-z]+)*$/.test(partition)) {
    return err(`"${partition}" is not an AWS partition (aws, aws-cn, aws-us-gov, …).`);
  }
  if (service === '') return err('The service part of the ARN is empty.');
  if (resource === '') return err('The resource part of the ARN is empty.');
  return ok({ partition, service, region, account, resource });
}

/** Describes an IAM/STS principal ARN: root, user, role, assumed-role session, federated user… */
export function describePrincipalArn(arn: string): Result<PrincipalArn> {
  const parsed = parseArn(arn);
  if (!parsed.ok) return parsed;
  const { partition, service, account, resource } = parsed.value;
  if (service !== 'iam' && service !== 'sts') {
    return ok({ kind: 'other', partition, account, service, resource });
  }
  if (!/^\d{12}$/.test(account)) {
    return err(`The account part of the ARN should be 12 digits; it is "${account}".`);
  }
  const slash = resource.indexOf('/');
  const type = slash < 0 ? resource : resource.slice(0, slash);
  const rest = slash < 0 ? '' : resource.slice(slash + 1);
  if (service === 'iam' && resource === 'root') return ok({ kind: 'root', partition, account });
  if (service === 'sts' && type === 'assumed-role') {
    const cut = rest.indexOf('/');
    if (cut <= 0 || cut === rest.length - 1) {
      return err('An assumed-role ARN ends with assumed-role/<role name>/<session name>.');
    }
    return ok({
      kind: 'assumed-role',
      partition,
      account,
      roleName: rest.slice(0, cut),
      roleSession: rest.slice(cut + 1),
    });
  }
  if (service === 'sts' && type === 'federated-user' && rest !== '') {
    return ok({ kind: 'federated-user', partition, account, userName: rest });
  }
  if (service === 'iam' && (type === 'user' || type === 'role') && rest !== '') {
    const cut = rest.lastIndexOf('/');
    const path = cut < 0 ? '/' : `/${rest.slice(0, cut + 1)}`;
    const name = rest.slice(cut + 1);
    if (name === '') return err(`The ${type} ARN has no name after its path.`);
    return ok(
      type === 'user'
        ? { kind: 'user', partition, account, path, userName: name }
        : { kind: 'role', partition, account, path, roleName: name },
    );
  }
  if (service === 'iam' && (type === 'saml-provider' || type === 'oidc-provider') && rest !== '') {
    return ok({ kind: type, partition, account, name: rest });
  }
  return ok({ kind: 'other', partition, account, service, resource });
}
