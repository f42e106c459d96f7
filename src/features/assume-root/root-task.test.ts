import { describe, expect, it } from 'vitest';
import type { EndpointSettings } from '../../lib/sts/endpoint-settings.ts';
import { resolveEndpoint } from '../../lib/sts/resolve-endpoint.ts';
import { assumeRootSchema } from '../../lib/sts/schemas/assume-root-schema.ts';
import {
  globalEndpointBlock,
  retargetTaskArn,
  rootIdentity,
  rootTaskOptions,
} from './root-task.ts';

function aws(region: string, useGlobalEndpoint: boolean): EndpointSettings {
  return { kind: 'aws', region, useGlobalEndpoint, useFips: false, useDualStack: false };
}

function block(settings: EndpointSettings) {
  return globalEndpointBlock(settings, resolveEndpoint(settings));
}

describe('globalEndpointBlock', () => {
  it('blocks the aws-global region', () => {
    expect(block(aws('aws-global', false))).toMatch(/regional STS endpoint/);
  });

  it('blocks "use the global endpoint" in a region the global endpoint serves', () => {
    expect(block(aws('us-east-1', true))).toMatch(/global endpoint/);
  });

  it('lets a regional endpoint through, also when the global flag cannot apply', () => {
    expect(block(aws('eu-west-1', false))).toBeUndefined();
    // af-south-1 is not served by the legacy global endpoint: the SDK resolves it regionally.
    expect(block(aws('af-south-1', true))).toBeUndefined();
  });

  it('blocks a custom endpoint that is the global one, and passes the sandbox', () => {
    expect(
      block({ kind: 'custom', url: 'https://STS.amazonaws.com', region: 'us-east-1' }),
    ).toBeDefined();
    expect(
      block({ kind: 'sandbox', url: 'http://127.0.0.1:5274', region: 'us-east-1' }),
    ).toBeUndefined();
  });
});

describe('rootTaskOptions', () => {
  it('offers the five root tasks, each accepted by the AssumeRoot schema', () => {
    const options = rootTaskOptions('us-east-1');
    expect(options.map((o) => o.name)).toHaveLength(5);
    for (const option of options) {
      const parsed = assumeRootSchema.safeParse({
        TargetPrincipal: '444455556666',
        TaskPolicyArn: { arn: option.arn },
      });
      expect(parsed.success).toBe(true);
    }
  });

  it('builds the ARN in the partition of the region', () => {
    expect(rootTaskOptions('cn-north-1')[0]?.arn).toBe(
      'arn:aws-cn:iam::aws:policy/root-task/IAMAuditRootUserCredentials',
    );
    expect(rootTaskOptions('us-gov-west-1')[4]?.arn).toBe(
      'arn:aws-us-gov:iam::aws:policy/root-task/SQSUnlockQueuePolicy',
    );
    expect(rootTaskOptions('nowhere-1')[0]?.arn).toMatch(/^arn:aws:iam::aws:/);
  });
});

describe('rootIdentity', () => {
  it('reads the account from an ID or an ARN', () => {
    expect(rootIdentity('444455556666', 'us-east-1')).toEqual({
      arn: 'arn:aws:iam::444455556666:root',
      account: '444455556666',
    });
    expect(rootIdentity('arn:aws:iam::444455556666:root', 'cn-north-1')?.arn).toBe(
      'arn:aws-cn:iam::444455556666:root',
    );
    expect(rootIdentity('not-an-account', 'us-east-1')).toBeUndefined();
  });
});

describe('retargetTaskArn', () => {
  it('keeps the task and follows the region into its partition', () => {
    expect(
      retargetTaskArn('arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy', 'cn-north-1'),
    ).toBe('arn:aws-cn:iam::aws:policy/root-task/S3UnlockBucketPolicy');
    expect(retargetTaskArn(undefined, 'cn-north-1')).toBeUndefined();
    expect(retargetTaskArn('something else', 'cn-north-1')).toBe('something else');
  });
});
