import { describe, expect, it } from 'vitest';
import stsModel from '../../../model/sts-model.json' with { type: 'json' };
import type { Result } from '../result.ts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { toBashExports } from './bash.ts';
import { toCmdExports } from './cmd.ts';
import { toConfigFileProfile, toCredentialsFileWithHint } from './config-file.ts';
import { toCredentialProcessConfig } from './credential-process-config.ts';
import { toDockerEnvFile } from './docker-env.ts';
import { toDotenv } from './dotenv.ts';
import { AWS_DNS_SUFFIXES, classifyEndpoint, isAwsHost } from './export-endpoint.ts';
import { toFishExports } from './fish.ts';
import { toPowerShellExports } from './powershell.ts';

const creds: AwsCredentials = {
  accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE+/=',
  expiration: new Date('2030-01-02T03:04:05Z'),
};
const sandbox = { region: 'us-east-1', endpointUrl: 'http://127.0.0.1:5174', profileName: 'dev' };
const value = (r: Result<string>): string => (r.ok ? r.value : `ERROR ${r.error}`);

describe('classifyEndpoint', () => {
  it.each([
    [undefined, 'us-east-1', { kind: 'unknown' }],
    ['not a url', 'us-east-1', { kind: 'unknown' }],
    ['https://sts.eu-west-1.amazonaws.com', 'eu-west-1', { kind: 'aws-default' }],
    ['https://sts.cn-north-1.amazonaws.com.cn', 'cn-north-1', { kind: 'aws-default' }],
    ['https://sts.us-gov-west-1.amazonaws.com', 'us-gov-west-1', { kind: 'aws-default' }],
    ['https://sts.amazonaws.com', 'us-east-1', { kind: 'aws-global' }],
    // The regional host of another region than the set's is not what the SDK would pick.
    [
      'https://sts.eu-west-1.amazonaws.com',
      'us-east-1',
      { kind: 'explicit', url: 'https://sts.eu-west-1.amazonaws.com' },
    ],
    [
      'https://sts-fips.us-east-2.amazonaws.com',
      'us-east-2',
      { kind: 'explicit', url: 'https://sts-fips.us-east-2.amazonaws.com' },
    ],
    [
      'https://sts.eu-west-1.api.aws',
      'eu-west-1',
      { kind: 'explicit', url: 'https://sts.eu-west-1.api.aws' },
    ],
    ['http://127.0.0.1:5174', 'us-east-1', { kind: 'explicit', url: 'http://127.0.0.1:5174' }],
    ['http://localhost:4566/', 'us-east-1', { kind: 'explicit', url: 'http://localhost:4566' }],
    // Look-alike hosts are not AWS's.
    [
      'https://sts.us-east-1.amazonaws.com.evil.test',
      'us-east-1',
      { kind: 'explicit', url: 'https://sts.us-east-1.amazonaws.com.evil.test' },
    ],
    [
      'http://sts.us-east-1.amazonaws.com',
      'us-east-1',
      { kind: 'explicit', url: 'http://sts.us-east-1.amazonaws.com' },
    ],
  ])('%s for %s', (url, region, expected) => {
    expect(classifyEndpoint(url, region)).toEqual(expected);
  });

  it('knows every partition of the model', () => {
    const suffixes = stsModel.partitions_botocore.flatMap((p) => [
      p.dnsSuffix,
      p.dualStackDnsSuffix,
    ]);
    expect(new Set(AWS_DNS_SUFFIXES)).toEqual(new Set(suffixes));
    expect(isAwsHost('https://sts.eu-west-1.api.aws')).toBe(true);
    expect(isAwsHost('http://127.0.0.1:5174')).toBe(false);
  });
});

describe('exports of a sandbox set name its endpoint', () => {
  it('bash exports AWS_ENDPOINT_URL_STS and the region, and clears a stale ignore flag', () => {
    expect(value(toBashExports(creds, sandbox))).toBe(
      [
        'unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SECURITY_TOKEN AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
        "export AWS_ACCESS_KEY_ID='ASIAY34FZKBOKMUTVV7A'",
        "export AWS_SECRET_ACCESS_KEY='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'",
        "export AWS_SESSION_TOKEN='IQoJb3JpZ2luX2VjEXAMPLE+/='",
        "export AWS_CREDENTIAL_EXPIRATION='2030-01-02T03:04:05Z'",
        "export AWS_REGION='us-east-1'",
        "export AWS_DEFAULT_REGION='us-east-1'",
        "export AWS_ENDPOINT_URL_STS='http://127.0.0.1:5174'",
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['fish', toFishExports, "set -gx AWS_ENDPOINT_URL_STS 'http://127.0.0.1:5174'"],
    ['PowerShell', toPowerShellExports, "$Env:AWS_ENDPOINT_URL_STS = 'http://127.0.0.1:5174'"],
    ['cmd', toCmdExports, 'set "AWS_ENDPOINT_URL_STS=http://127.0.0.1:5174"'],
    ['.env', toDotenv, "AWS_ENDPOINT_URL_STS='http://127.0.0.1:5174'"],
    ['docker', toDockerEnvFile, 'AWS_ENDPOINT_URL_STS=http://127.0.0.1:5174'],
  ] as const)('%s sets the endpoint and the region', (_name, write, line) => {
    const out = value(write(creds, sandbox));
    expect(out.split(/\r?\n/)).toContain(line);
    expect(out).toMatch(/AWS_DEFAULT_REGION\W+us-east-1/);
  });

  it('a set from AWS regional endpoint clears stale endpoint settings and adds nothing', () => {
    const out = value(
      toBashExports(creds, {
        region: 'eu-west-1',
        endpointUrl: 'https://sts.eu-west-1.amazonaws.com',
      }),
    );
    expect(out).toContain(
      'unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SECURITY_TOKEN AWS_ENDPOINT_URL_STS AWS_STS_REGIONAL_ENDPOINTS\n',
    );
    expect(out).not.toContain('export AWS_ENDPOINT_URL_STS');
    expect(out).not.toContain('export AWS_STS_REGIONAL_ENDPOINTS');
  });

  it('a set from the global endpoint asks for the legacy setting', () => {
    const ctx = { region: 'us-east-1', endpointUrl: 'https://sts.amazonaws.com', profileName: 'g' };
    expect(value(toBashExports(creds, ctx))).toContain(
      "export AWS_STS_REGIONAL_ENDPOINTS='legacy'\n",
    );
    expect(value(toConfigFileProfile(creds, ctx))).toBe(
      '[profile g]\nregion = us-east-1\nsts_regional_endpoints = legacy\n',
    );
  });

  it('imported keys (no endpoint known) leave the shell endpoint settings alone', () => {
    const out = value(toBashExports(creds, { region: 'us-east-1' }));
    expect(out).not.toContain('ENDPOINT');
  });

  it('the config file points the profile at the endpoint through a services section', () => {
    expect(value(toConfigFileProfile(creds, sandbox))).toBe(
      [
        '[profile dev]',
        'region = us-east-1',
        'services = dev',
        '',
        '[services dev]',
        'sts =',
        '  endpoint_url = http://127.0.0.1:5174',
        '',
      ].join('\n'),
    );
    expect(value(toConfigFileProfile(creds, { ...sandbox, profileName: 'default' }))).toMatch(
      /^\[default\]\n/,
    );
  });

  it('the credentials file says where the endpoint is', () => {
    expect(value(toCredentialsFileWithHint(creds, sandbox))).toMatch(
      /^# This set is from http:\/\/127\.0\.0\.1:5174: add the "config file" export to ~\/\.aws\/config too\.\n\[dev\]\n/,
    );
    expect(value(toCredentialsFileWithHint(creds, { profileName: 'dev' }))).toMatch(/^\[dev\]\n/);
  });

  it('credential_process comes with the config lines that use it', () => {
    expect(value(toCredentialProcessConfig(creds, sandbox))).toBe(
      [
        '# Save the credential_process JSON as ~/.aws/sts-console/dev.json, then add this to ~/.aws/config:',
        '[profile dev]',
        `credential_process = sh -c 'cat "$HOME/.aws/sts-console/dev.json"'`,
        'region = us-east-1',
        'services = dev',
        '',
        '[services dev]',
        'sts =',
        '  endpoint_url = http://127.0.0.1:5174',
        '',
      ].join('\n'),
    );
    expect(toCredentialProcessConfig(creds, { profileName: 'a b' }).ok).toBe(false);
  });

  it('an endpoint URL an INI file cannot hold is refused, not written', () => {
    const bad = { ...sandbox, endpointUrl: 'http://127.0.0.1:5174/#x' };
    expect(toConfigFileProfile(creds, bad).ok).toBe(true);
    const worse = { ...sandbox, endpointUrl: 'http://host.test/a ;b' };
    expect(value(toConfigFileProfile(creds, worse))).toMatch(/ERROR The endpoint URL contains/);
  });
});

describe('docker --env-file', () => {
  it('writes NAME=value lines without quotes and nothing to clear', () => {
    expect(value(toDockerEnvFile(creds, { region: 'eu-west-1' }))).toBe(
      [
        'AWS_ACCESS_KEY_ID=ASIAY34FZKBOKMUTVV7A',
        'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEXAMPLE+/=',
        'AWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05Z',
        'AWS_REGION=eu-west-1',
        'AWS_DEFAULT_REGION=eu-west-1',
        '',
      ].join('\n'),
    );
  });

  it('keeps quotes, # and $ literally', () => {
    const out = value(toDockerEnvFile({ ...creds, secretAccessKey: `a'b"c #d $HOME` }, {}));
    expect(out).toContain(`AWS_SECRET_ACCESS_KEY=a'b"c #d $HOME\n`);
  });

  it.each(['a\nb', 'a\rb', ' lead', 'trail ', 'tab\t', '\u0000'])('refuses %j', (secret) => {
    expect(toDockerEnvFile({ ...creds, secretAccessKey: secret }, {}).ok).toBe(false);
  });
});
