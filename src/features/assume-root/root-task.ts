import type { EndpointSettings, ResolvedEndpoint } from '../../lib/sts/endpoint-settings.ts';
import { partitionOfRegion } from '../../lib/sts/partitions.ts';
import {
  rootTaskPolicyArn,
  rootTaskPolicyNames,
  type RootTaskPolicyName,
} from '../../lib/sts/schemas/arn-members.ts';
import type { WalletIdentity } from '../../lib/wallet/wallet-store.ts';

const GLOBAL_HOST = 'sts.amazonaws.com';

/**
 * Why AssumeRoot cannot go to this endpoint, or undefined: it needs a regional STS endpoint, and
 * the global one (https://sts.amazonaws.com, region aws-global or "use global endpoint") is refused.
 */
export function globalEndpointBlock(
  settings: EndpointSettings,
  resolved: ResolvedEndpoint | undefined,
): string | undefined {
  let host: string | undefined;
  if (resolved?.ok) {
    try {
      host = new URL(resolved.value.url).hostname.toLowerCase();
    } catch {
      host = undefined;
    }
  }
  const globalRegion = settings.kind === 'aws' && settings.region === 'aws-global';
  if (host !== GLOBAL_HOST && !globalRegion) return undefined;
  return 'AssumeRoot works only with a regional STS endpoint, and this call would go to the global endpoint (sts.amazonaws.com). In the endpoint settings, choose a region and turn off “use the global endpoint”.';
}

/** A root-task policy as the select shows it. */
export interface RootTaskOption {
  name: RootTaskPolicyName;
  arn: string;
  description: string;
}

const descriptions: Readonly<Record<RootTaskPolicyName, string>> = {
  IAMAuditRootUserCredentials: 'Review the root user’s credentials (read-only)',
  IAMCreateRootUserPassword: 'Let the root user recover its password',
  IAMDeleteRootUserCredentials: 'Delete the root user’s password, keys, certificates and MFA',
  S3UnlockBucketPolicy: 'Delete a bucket policy that denies every principal',
  SQSUnlockQueuePolicy: 'Delete a queue policy that denies every principal',
};

/** The five root-task policies with ARNs in the partition of the given region. */
export function rootTaskOptions(region: string): RootTaskOption[] {
  const partition = partitionOfRegion(region)?.id ?? 'aws';
  return rootTaskPolicyNames.map((name) => ({
    name,
    arn: rootTaskPolicyArn(name, partition),
    description: descriptions[name],
  }));
}

/** The root identity of the target: an account ID gives arn:<partition>:iam::<account>:root. */
export function rootIdentity(targetPrincipal: string, region: string): WalletIdentity | undefined {
  const partition = partitionOfRegion(region)?.id ?? 'aws';
  const account = /^\d{12}$/.test(targetPrincipal)
    ? targetPrincipal
    : /^arn:[\w-]+:iam::(\d{12}):/.exec(targetPrincipal)?.[1];
  if (account === undefined) return undefined;
  return { arn: `arn:${partition}:iam::${account}:root`, account };
}

/** A chosen root-task ARN moved to the partition of a newly chosen region (same task); other values unchanged. */
export function retargetTaskArn(arn: unknown, region: string): unknown {
  if (typeof arn !== 'string') return arn;
  const option = rootTaskOptions(region).find((o) => arn.endsWith(`:policy/root-task/${o.name}`));
  return option ? option.arn : arn;
}
