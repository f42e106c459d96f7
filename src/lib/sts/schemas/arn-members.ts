import { z } from 'zod';
import { optionalList } from './list-member.ts';
import { arnCharset } from './patterns.ts';
import {
  charsetCheck,
  lengthCheck,
  optionalString,
  requiredString,
  type StringCheck,
} from './string-member.ts';

/**
 * What every ARN is, beyond the model's length and characters: arn:partition:service:region:
 * account:resource, with partition, service and resource filled in. STS refuses anything else,
 * so the console says so before sending (a missing colon is the common slip).
 */
export const arnStructureCheck: StringCheck = (value, name) => {
  const parts = value.split(':');
  const [prefix, partition = '', service = ''] = parts;
  const resource = parts.slice(5).join(':');
  if (prefix === 'arn' && parts.length >= 6 && partition && service && resource) return undefined;
  const colons = parts.length - 1;
  const shape =
    'arn:partition:service:region:account:resource, e.g. arn:aws:iam::123456789012:role/Name';
  if (prefix !== 'arn') return `${name} must be an ARN, starting with "arn:" (${shape})`;
  if (colons < 5) {
    return `${name} is missing ${colons === 4 ? 'a colon' : `${5 - colons} colons`}: an ARN has five (${shape})`;
  }
  return `${name} must name a partition, a service and a resource (${shape})`;
};

/** arnType traits: 20..2048 code points, the model's (quirky) printable-character class. */
export const arnChecks = [
  lengthCheck(20, 2048),
  charsetCheck(arnCharset),
  arnStructureCheck,
] as const;

/** A required ARN member (RoleArn, PrincipalArn). */
export function requiredArn(name: string) {
  return requiredString(name, arnChecks);
}

/** An optional ARN member (ProvidedContexts[].ProviderArn). */
export function optionalArn(name: string) {
  return optionalString(name, arnChecks);
}

/** Documented, not in the model: up to 10 managed policy ARNs per request. */
export const maxPolicyArns = 10;

/** PolicyArns: [{ arn }] — the model leaves `arn` optional and the list unbounded; the docs cap it at 10. */
export function policyArnsMember() {
  const descriptor = z.object(
    { arn: optionalArn('Policy ARN') },
    { error: () => 'Policy ARN entry must be an object with an arn' },
  );
  return optionalList('Policy ARNs', descriptor, 0, maxPolicyArns);
}

/** The AWS managed root-task policies AssumeRoot accepts (AssumeRoot docs). */
export const rootTaskPolicyNames = [
  'IAMAuditRootUserCredentials',
  'IAMCreateRootUserPassword',
  'IAMDeleteRootUserCredentials',
  'S3UnlockBucketPolicy',
  'SQSUnlockQueuePolicy',
] as const;

/** One of `rootTaskPolicyNames`. */
export type RootTaskPolicyName = (typeof rootTaskPolicyNames)[number];

/** The ARN of a root-task policy in a partition: arn:aws:iam::aws:policy/root-task/<name>. */
export function rootTaskPolicyArn(name: RootTaskPolicyName, partition = 'aws'): string {
  return `arn:${partition}:iam::aws:policy/root-task/${name}`;
}

const rootTaskArnPattern = new RegExp(
  `^arn:aws(?:-[a-z]+)*:iam::aws:policy/root-task/(?:${rootTaskPolicyNames.join('|')})$`,
);

/**
 * AssumeRoot TaskPolicyArn: { arn }. The docs require one of the five root-task policies (any
 * partition); every one of them is within the model's 20..2048 printable characters, so this
 * stricter rule implies the model's.
 */
export function taskPolicyArnMember() {
  const name = 'Task policy ARN';
  const choices = `${rootTaskPolicyNames.slice(0, -1).join(', ')} or ${rootTaskPolicyNames.at(-1) ?? ''}`;
  const oneOfRootTasks: StringCheck = (value) =>
    rootTaskArnPattern.test(value)
      ? undefined
      : `${name} must be an AWS root-task policy: arn:<partition>:iam::aws:policy/root-task/ followed by ${choices}`;
  return z.object(
    { arn: requiredString(name, [oneOfRootTasks]) },
    {
      error: (issue) =>
        issue.input === undefined ? `${name} is required` : `${name} must be { arn }`,
    },
  );
}
