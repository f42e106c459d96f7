import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's awscli v2 if installed, else whatever `aws` is on PATH. */
export const awsBinary = process.env.AWS_CLI ?? '/usr/bin/aws';

/** An environment with no AWS variables or config from the machine running the tests. */
export async function cleanAwsEnv(): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'sts-console-aws-'));
  const config = join(dir, 'config');
  const credentials = join(dir, 'credentials');
  await writeFile(config, '');
  await writeFile(credentials, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('AWS_')) env[k] = v;
  }
  env.AWS_CONFIG_FILE = config;
  env.AWS_SHARED_CREDENTIALS_FILE = credentials;
  env.AWS_EC2_METADATA_DISABLED = 'true';
  env.AWS_PAGER = '';
  return env;
}

/** Runs a script in a real shell and returns its stdout. */
export async function runShell(
  shell: 'bash' | 'fish',
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const { stdout } = await run(shell === 'bash' ? '/bin/bash' : 'fish', ['-c', script], {
    env,
    timeout: 60_000,
  });
  return stdout;
}

/**
 * An AWS CLI that reads AWS_ENDPOINT_URL_STS (service-specific endpoints, 2023 on): AWS_CLI, else
 * `aws` on PATH, else /usr/bin/aws, the first whose call with that variable alone reaches `url`.
 * Debian 12's awscli 2.9.19 predates the feature. Throws when none does.
 */
export async function endpointAwareAws(
  url: string,
  keys: { accessKeyId: string; secretAccessKey: string },
): Promise<string> {
  const candidates = [...(process.env.AWS_CLI ? [process.env.AWS_CLI] : []), 'aws', '/usr/bin/aws'];
  const env = {
    ...(await cleanAwsEnv()),
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_STS: url,
  };
  for (const cli of candidates) {
    try {
      await run(cli, ['sts', 'get-caller-identity'], { env, timeout: 30_000 });
      return cli;
    } catch {
      // Not installed, or sent the call elsewhere: try the next one.
    }
  }
  throw new Error(`No AWS CLI here honours AWS_ENDPOINT_URL_STS (tried ${candidates.join(', ')}).`);
}
