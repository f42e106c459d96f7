// Test support only (imported by the consumer tests, never by the app): real programs that read
// the exports — shells, the AWS CLI, the JS SDK, python-dotenv, node --env-file — and an
// in-process sandbox for them to call. The app's tsconfig has browser types only, so the few
// Node APIs used here are typed by hand and loaded by name.

export interface SpawnResult {
  status: number | null;
  stdout: string;
  stderr: string;
}
interface SpawnOptions {
  env: Record<string, string>;
  timeout?: number;
}
type ExecFile = (
  command: string,
  args: string[],
  options: SpawnOptions & { encoding: 'utf8' },
  callback: (error: { code?: unknown } | null, stdout: string, stderr: string) => void,
) => unknown;
interface NodeApis {
  /** Asynchronous, so the in-process sandbox keeps answering while the child runs. */
  spawn: (command: string, args: string[], options: SpawnOptions) => Promise<SpawnResult>;
  mkdtempSync: (prefix: string) => string;
  mkdirSync: (path: string, options: { recursive: true }) => void;
  writeFileSync: (path: string, data: string) => void;
  tmpdir: () => string;
}

/** A sandbox running in this process. */
export interface TestSandbox {
  url: string;
  summary: {
    region: string;
    user: { accessKeyId: string; secretAccessKey: string; arn: string };
    roles: { admin: string };
  };
  close: () => Promise<void>;
}

const load = (name: string): Promise<unknown> => import(/* @vite-ignore */ name);

/** Node's child_process, fs and os, typed by hand. */
export async function nodeApis(): Promise<NodeApis> {
  const [cp, fs, os] = (await Promise.all([
    load('node:child_process'),
    load('node:fs'),
    load('node:os'),
  ])) as [{ execFile: ExecFile }, Omit<NodeApis, 'spawn' | 'tmpdir'>, Pick<NodeApis, 'tmpdir'>];
  return {
    spawn: (command, args, options) =>
      new Promise((resolve) => {
        cp.execFile(command, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
          const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
          resolve({ status: code, stdout, stderr });
        });
      }),
    mkdtempSync: fs.mkdtempSync,
    mkdirSync: fs.mkdirSync,
    writeFileSync: fs.writeFileSync,
    tmpdir: os.tmpdir,
  };
}

/** Starts the sandbox of sandbox/ on a free loopback port. */
export async function startTestSandbox(): Promise<TestSandbox> {
  const { startSandbox } = (await load('../../../sandbox/src/server.ts')) as {
    startSandbox: (options: { port: number; consoleOrigins: string[] }) => Promise<TestSandbox>;
  };
  return startSandbox({ port: 0, consoleOrigins: ['http://127.0.0.1:5173'] });
}

/** A HOME with empty AWS config and credentials files, and an environment with no AWS_ variables. */
export function cleanHome(node: NodeApis): { home: string; env: Record<string, string> } {
  const home = node.mkdtempSync(`${node.tmpdir()}/sts-console-consumer-`);
  node.mkdirSync(`${home}/.aws`, { recursive: true });
  node.writeFileSync(`${home}/.aws/config`, '');
  node.writeFileSync(`${home}/.aws/credentials`, '');
  return {
    home,
    env: {
      PATH: readEnv('PATH') ?? '/usr/local/bin:/usr/bin:/bin',
      // pyenv's shims (pip's awscli, python-dotenv) find their Python through it, not through HOME.
      ...(readEnv('PYENV_ROOT') === undefined ? {} : { PYENV_ROOT: readEnv('PYENV_ROOT') ?? '' }),
      HOME: home,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  };
}

/**
 * An AWS CLI that reads AWS_ENDPOINT_URL_STS and `services` sections (service-specific endpoints,
 * 2023 on): AWS_CLI, else `aws` on PATH, else /usr/bin/aws, whichever first does.
 * Debian 12's awscli 2.9.19 predates the feature and ignores both; the probe below, independent
 * of the writers, tells the candidates apart by a call that only a capable CLI sends to `url`.
 */
export async function findEndpointAwareAwsCli(
  node: NodeApis,
  sandbox: TestSandbox,
): Promise<string> {
  const candidates = [
    ...(readEnv('AWS_CLI') === undefined ? [] : [readEnv('AWS_CLI') ?? '']),
    'aws',
    '/usr/bin/aws',
  ];
  const { env } = cleanHome(node);
  for (const cli of candidates) {
    const run = await node.spawn(cli, ['sts', 'get-caller-identity', '--output', 'json'], {
      env: {
        ...env,
        AWS_ACCESS_KEY_ID: sandbox.summary.user.accessKeyId,
        AWS_SECRET_ACCESS_KEY: sandbox.summary.user.secretAccessKey,
        AWS_DEFAULT_REGION: sandbox.summary.region,
        AWS_ENDPOINT_URL_STS: sandbox.url,
      },
      timeout: 30_000,
    });
    if (run.status === 0) return cli;
  }
  throw new Error(
    `No AWS CLI here honours AWS_ENDPOINT_URL_STS (tried ${candidates.join(', ')}). Debian 12's awscli 2.9.19 predates it: install a newer AWS CLI (v2, or pip's awscli v1) and set AWS_CLI.`,
  );
}

function readEnv(name: string): string | undefined {
  const g = globalThis as { process?: { env?: Record<string, string | undefined> } };
  const value = g.process?.env?.[name];
  return value === '' ? undefined : value;
}

/** Runs a script in a real shell with `env`; the script's own commands follow the export. */
export function runShell(
  node: NodeApis,
  shell: 'bash' | 'sh' | 'fish',
  script: string,
  env: Record<string, string>,
): Promise<SpawnResult> {
  const bin = shell === 'fish' ? '/usr/bin/fish' : shell === 'sh' ? '/bin/sh' : '/bin/bash';
  const flags =
    shell === 'fish' ? ['--no-config'] : shell === 'bash' ? ['--norc', '--noprofile'] : [];
  return node.spawn(bin, [...flags, '-c', script], { env, timeout: 60_000 });
}
