// @vitest-environment node
// Every export of a sandbox set, run by the program it is for: nothing but the export tells them
// where STS is (no --endpoint-url, empty ~/.aws files). Fails, never skips, when a consumer is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { toBashExports } from './bash.ts';
import { toConfigFileProfile, toCredentialsFileWithHint } from './config-file.ts';
import { toCredentialProcessJson } from './credential-process.ts';
import { credentialProcessPath, toCredentialProcessConfig } from './credential-process-config.ts';
import {
  cleanHome,
  findEndpointAwareAwsCli,
  nodeApis,
  runShell,
  startTestSandbox,
  type TestSandbox,
} from './consumer-harness.ts';
import { toFishExports } from './fish.ts';

const node = await nodeApis();
let sandbox: TestSandbox;
let aws: string;
let creds: AwsCredentials;
let ctx: ExportContext;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  aws = await findEndpointAwareAwsCli(node, sandbox);
  creds = {
    accessKeyId: sandbox.summary.user.accessKeyId,
    secretAccessKey: sandbox.summary.user.secretAccessKey,
  };
  // As the wallet records a set from the sandbox.
  ctx = { region: sandbox.summary.region, endpointUrl: sandbox.url, profileName: 'sandbox-dev' };
}, 60_000);
afterAll(async () => {
  await sandbox.close();
});

const written = (r: { ok: true; value: string } | { ok: false; error: string }): string => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

function callerArn(stdout: string): string {
  return (JSON.parse(stdout) as { Arn: string }).Arn;
}

describe.each([
  ['bash', toBashExports],
  ['sh', toBashExports],
  ['fish', toFishExports],
] as const)('a copied %s block of a sandbox set', (shell, write) => {
  it('works with plain `aws sts get-caller-identity`', async () => {
    const { env } = cleanHome(node);
    const block = written(write(creds, ctx));
    const run = await runShell(
      node,
      shell,
      `${block}\n${aws} sts get-caller-identity --output json`,
      {
        ...env,
        // A stale override from an earlier export must not win.
        AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
      },
    );
    expect(run.stderr).toBe('');
    expect(callerArn(run.stdout)).toBe(sandbox.summary.user.arn);
  });

  it('works with the JS SDK', async () => {
    const { env } = cleanHome(node);
    const block = written(write(creds, ctx));
    const script = [
      "import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';",
      'const out = await new STSClient({}).send(new GetCallerIdentityCommand({}));',
      'process.stdout.write(JSON.stringify({ Arn: out.Arn }));',
    ].join(' ');
    const run = await runShell(
      node,
      shell,
      `${block}\nnode --input-type=module -e "${script.replace(/"/g, '\\"')}"`,
      env,
    );
    expect(run.stderr).toBe('');
    expect(callerArn(run.stdout)).toBe(sandbox.summary.user.arn);
  });
});

describe('the INI exports of a sandbox set', () => {
  it('credentials file + config file work as a profile', async () => {
    const { home, env } = cleanHome(node);
    node.writeFileSync(`${home}/.aws/credentials`, written(toCredentialsFileWithHint(creds, ctx)));
    node.writeFileSync(`${home}/.aws/config`, written(toConfigFileProfile(creds, ctx)));
    const run = await node.spawn(
      aws,
      ['--profile', 'sandbox-dev', 'sts', 'get-caller-identity', '--output', 'json'],
      { env, timeout: 30_000 },
    );
    expect(run.stderr).toBe('');
    expect(callerArn(run.stdout)).toBe(sandbox.summary.user.arn);
  });

  it('credential_process works with exactly the config lines it comes with', async () => {
    const { home, env } = cleanHome(node);
    node.mkdirSync(`${home}/.aws/sts-console`, { recursive: true });
    node.writeFileSync(
      `${home}/${credentialProcessPath('sandbox-dev')}`,
      written(toCredentialProcessJson(creds)),
    );
    node.writeFileSync(`${home}/.aws/config`, written(toCredentialProcessConfig(creds, ctx)));
    const run = await node.spawn(
      aws,
      ['--profile', 'sandbox-dev', 'sts', 'get-caller-identity', '--output', 'json'],
      { env, timeout: 30_000 },
    );
    expect(run.stderr).toBe('');
    expect(callerArn(run.stdout)).toBe(sandbox.summary.user.arn);
  });
});
