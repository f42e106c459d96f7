// Proves another client (Debian's awscli, botocore) parses the sandbox's XML. Fails, never skips,
// when no aws binary exists: `npm test` installs awscli with apt.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestSandbox } from './sandbox-fixture.ts';

const run = promisify(execFile);
const AWS = existsSync('/usr/bin/aws') ? '/usr/bin/aws' : 'aws';

const sandbox = useTestSandbox();
let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'sandbox-awscli-'));
  writeFileSync(join(home, 'config'), '');
  writeFileSync(join(home, 'credentials'), '');
});
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

async function aws(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_ACCESS_KEY_ID: sandbox.summary.user.accessKeyId,
    AWS_SECRET_ACCESS_KEY: sandbox.summary.user.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
  try {
    const { stdout, stderr } = await run(
      AWS,
      [...args, '--endpoint-url', sandbox.url, '--region', 'us-east-1', '--output', 'json'],
      { env, timeout: 20_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Error('no AWS CLI: neither /usr/bin/aws nor aws on PATH (apt-get install awscli)', {
        cause: error,
      });
    }
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

describe('the AWS CLI against the sandbox', () => {
  it('get-caller-identity', async () => {
    const r = await aws(['sts', 'get-caller-identity']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      Account: '111122223333',
      Arn: 'arn:aws:iam::111122223333:user/demo',
    });
  });

  it('assume-role', async () => {
    const r = await aws([
      'sts',
      'assume-role',
      '--role-arn',
      sandbox.summary.roles.admin,
      '--role-session-name',
      'cli',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      Credentials: { AccessKeyId: string; Expiration: string };
      AssumedRoleUser: { Arn: string };
    };
    expect(out.AssumedRoleUser.Arn).toBe('arn:aws:sts::111122223333:assumed-role/Admin/cli');
    expect(out.Credentials.AccessKeyId).toMatch(/^ASIA/);
  });

  it('an error, parsed into code and message', async () => {
    const role = 'arn:aws:iam::111122223333:role/Nope';
    const r = await aws(['sts', 'assume-role', '--role-arn', role, '--role-session-name', 'cli']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/demo is not authorized to perform: sts:AssumeRole on resource: ${role}. Encoded authorization failure message: `,
    );
  });
});
