import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  AssumeRoleWithWebIdentityCommand,
  GetDelegatedAccessTokenCommand,
} from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { demoCreds, useTestSandbox, stsClient } from './sandbox-fixture.ts';

const run = promisify(execFile);
const sandbox = useTestSandbox();

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SANDBOX_PORT: new URL(sandbox.url).port };
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['sandbox/cli.ts', ...args], {
      env,
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

describe('npm run sandbox -- …', () => {
  it('world --json prints the running world, and tokens from the CLI verify in a separate server', async () => {
    const world = await cli(['world', '--json']);
    expect(JSON.parse(world.stdout)).toEqual(sandbox.summary);
    const token = (await cli(['token', '--sub', 'cli-user'])).stdout.trim();
    const r = await stsClient(sandbox).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: sandbox.summary.roles.webIdentity,
        RoleSessionName: 'cli',
        WebIdentityToken: token,
      }),
    );
    expect(r.SubjectFromWebIdentityToken).toBe('cli-user');
    const tradeIn = (await cli(['trade-in-token'])).stdout.trim();
    const d = await stsClient(sandbox, demoCreds(sandbox)).send(
      new GetDelegatedAccessTokenCommand({ TradeInToken: tradeIn }),
    );
    expect(d.AssumedPrincipal).toBe(sandbox.summary.roles.admin);
  });

  it('refuses bad arguments with exit code 2 and a message on stderr', async () => {
    for (const args of [['token', '--ttl', 'soon']]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^sandbox: /);
    }
  });
});
