// @vitest-environment node
// The config writer's output read by the AWS CLI itself: `aws configure list-profiles` and
// `aws configure get` see every profile and setting the console wrote. Fails, never skips.
import { describe, expect, it } from 'vitest';
import { writeAwsConfig } from '../export-formats/aws-config-writer.ts';
import { cleanHome, nodeApis } from '../export-formats/consumer-harness.ts';
import type { AwsConfigProfile } from './aws-config.ts';
import { parseAwsConfig } from './aws-config.ts';

const node = await nodeApis();
const { home, env } = cleanHome(node);
const configFile = `${home}/.aws/config`;
const g = globalThis as { process?: { env?: Record<string, string | undefined> } };
// `configure list-profiles` is an AWS CLI v2 command: Debian's awscli is v2.
const aws = g.process?.env?.AWS_CLI ?? '/usr/bin/aws';

async function cli(...args: string[]): Promise<string> {
  const run = await node.spawn(aws, args, {
    env: { ...env, AWS_CONFIG_FILE: configFile },
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`aws ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.replace(/\n$/, '');
}

const profiles: AwsConfigProfile[] = [
  { name: 'base', region: 'us-east-1', hasKeys: false, notes: [] },
  {
    name: 'Admin',
    roleArn: 'arn:aws:iam::111122223333:role/Admin',
    sourceProfile: 'base',
    mfaSerial: 'arn:aws:iam::111122223333:mfa/demo',
    externalId: 'ext:123/=+,.@-',
    durationSeconds: 3600,
    roleSessionName: 'alice@example.com',
    region: 'eu-west-1',
    hasKeys: false,
    notes: [],
  },
  {
    name: 'prod reader',
    roleArn: 'arn:aws:iam::111122223333:role/Reader',
    sourceProfile: 'Admin',
    region: 'us-east-1',
    endpointUrl: 'http://127.0.0.1:5174',
    hasKeys: false,
    notes: [],
  },
  {
    name: 'ec2',
    roleArn: 'arn:aws:iam::111122223333:role/Ec2',
    credentialSource: 'Ec2InstanceMetadata',
    stsRegionalEndpoints: 'regional',
    hasKeys: false,
    notes: [],
  },
];

describe('the AWS CLI reads the config the console writes', () => {
  it('lists every profile and returns every setting', { timeout: 120_000 }, async () => {
    const text = writeAwsConfig(profiles);
    if (!text.ok) throw new Error(text.error);
    node.writeFileSync(configFile, text.value);
    expect((await cli('configure', 'list-profiles')).split('\n').sort()).toEqual(
      profiles.map((p) => p.name).sort(),
    );
    const keys: [keyof AwsConfigProfile, string][] = [
      ['roleArn', 'role_arn'],
      ['sourceProfile', 'source_profile'],
      ['mfaSerial', 'mfa_serial'],
      ['externalId', 'external_id'],
      ['durationSeconds', 'duration_seconds'],
      ['roleSessionName', 'role_session_name'],
      ['region', 'region'],
      ['credentialSource', 'credential_source'],
      ['stsRegionalEndpoints', 'sts_regional_endpoints'],
    ];
    for (const profile of profiles) {
      for (const [field, key] of keys) {
        const value = profile[field];
        if (value === undefined) continue;
        expect(
          await cli('configure', 'get', key, '--profile', profile.name),
          `${profile.name} ${key}`,
        ).toBe(String(value));
      }
    }
    expect(await cli('configure', 'get', 'services', '--profile', 'prod reader')).toBe(
      'prod-reader',
    );
    // …and the console's own parser reads the same file back to the same profiles.
    const back = parseAwsConfig(text.value);
    const withoutNotes = (list: AwsConfigProfile[]) => list.map((p) => ({ ...p, notes: [] }));
    expect(back.ok && withoutNotes(back.value.profiles)).toEqual(profiles);
  });
});
