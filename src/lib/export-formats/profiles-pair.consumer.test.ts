// @vitest-environment node
// The ~/.aws/config + credentials pair of recipes and sets, used by the AWS CLI itself: it runs the
// source_profile chain (keys → Admin → Admin again) against an in-process sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recipe } from '../recipes/recipe.ts';
import {
  cleanHome,
  findEndpointAwareAwsCli,
  nodeApis,
  startTestSandbox,
  type TestSandbox,
} from './consumer-harness.ts';
import { toProfilesPair } from './profiles-pair.ts';

const node = await nodeApis();
let sandbox: TestSandbox;
let aws: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  aws = await findEndpointAwareAwsCli(node, sandbox);
}, 60_000);
afterAll(async () => {
  await sandbox.close();
});

describe('the profiles pair', () => {
  it('lets the AWS CLI assume the whole chain by profile name', async () => {
    const ctx = { region: sandbox.summary.region, endpointUrl: sandbox.url };
    const recipes: Recipe[] = [
      { name: 'Admin', roleArn: sandbox.summary.roles.admin, sourceProfile: 'base', ...ctx },
      {
        name: 'admin again',
        roleArn: sandbox.summary.roles.admin,
        sourceProfile: 'Admin',
        roleSessionName: 'second-hop',
        ...ctx,
      },
    ];
    const keys = {
      accessKeyId: sandbox.summary.user.accessKeyId,
      secretAccessKey: sandbox.summary.user.secretAccessKey,
    };
    const pair = toProfilesPair([{ name: 'base', credentials: keys, ctx }], recipes);
    if (!pair.ok) throw new Error(pair.error);
    const { home, env } = cleanHome(node);
    node.writeFileSync(`${home}/.aws/config`, pair.value.config);
    node.writeFileSync(`${home}/.aws/credentials`, pair.value.credentials);
    const run = await node.spawn(
      aws,
      ['--profile', 'admin again', 'sts', 'get-caller-identity', '--output', 'json'],
      { env, timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { Arn: string }).Arn).toBe(
      'arn:aws:sts::111122223333:assumed-role/Admin/second-hop',
    );
  });
});
