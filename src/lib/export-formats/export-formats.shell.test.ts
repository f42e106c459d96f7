// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { toBashExports } from './bash.ts';
import { formatExpiration } from './export-common.ts';
import { toFishExports } from './fish.ts';
import { credentialsWith, terminalValue } from './test-arbitraries.ts';
import { hasSessionToken } from '../wallet/session-token.ts';

const VARS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_SECURITY_TOKEN',
  'AWS_PROFILE',
];

interface SpawnResult {
  status: number | null;
  stdout: string;
  stderr: string;
}
interface ChildProcessModule {
  spawnSync: (
    command: string,
    args: string[],
    options: { env: Record<string, string>; encoding: 'utf8'; stdio: string[] },
  ) => SpawnResult;
}
// The app's tsconfig has browser types only; node:child_process is typed here by hand.
const childProcessModule = 'node:child_process';
const { spawnSync } = (await import(/* @vite-ignore */ childProcessModule)) as ChildProcessModule;

/** Stale values from an earlier export that must not survive. */
const STALE_ENV = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  AWS_SESSION_TOKEN: 'stale-token',
  AWS_SECURITY_TOKEN: 'stale-token',
  AWS_CREDENTIAL_EXPIRATION: '2000-01-01T00:00:00Z',
  AWS_PROFILE: 'stale-profile',
};

/** Runs the export in a real shell, then prints each variable NUL-terminated ("<unset>" if unset). */
function runIn(shell: 'bash' | 'dash' | 'fish', script: string): string[] {
  const probe =
    shell === 'fish'
      ? VARS.map(
          (v) => `if set -q ${v}; printf '%s\\0' "$${v}"; else; printf '<unset>\\0'; end`,
        ).join('\n')
      : VARS.map(
          (v) =>
            `if [ -n "\${${v}+x}" ]; then printf '%s\\0' "$${v}"; else printf '<unset>\\0'; fi`,
        ).join('\n');
  const run = spawnSync(
    shell === 'fish' ? '/usr/bin/fish' : `/usr/bin/${shell}`,
    [
      ...(shell === 'fish' ? ['--no-config'] : shell === 'bash' ? ['--norc', '--noprofile'] : []),
      '-c',
      `${script}\n${probe}`,
    ],
    {
      env: STALE_ENV,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\0').slice(0, VARS.length);
}

function expected(creds: AwsCredentials, region: string | undefined): string[] {
  // A blank session token is no session token: the writers leave it out.
  const token = hasSessionToken(creds) ? creds.sessionToken : '<unset>';
  const exp = creds.expiration === undefined ? '<unset>' : formatExpiration(creds.expiration);
  return [
    creds.accessKeyId,
    creds.secretAccessKey,
    token,
    exp,
    region ?? '<unset>',
    region ?? '<unset>',
    '<unset>',
    '<unset>',
  ];
}

const hostileTable: string[] = [
  "it's",
  "'; touch /tmp/pwned-sts-console; '",
  '$(touch /tmp/pwned-sts-console)',
  '`touch /tmp/pwned-sts-console`',
  'line1\nline2\n',
  '\\',
  "\\'",
  '-e',
  '--',
  '%PATH% $HOME ${HOME} ~ * ? [a] {a,b}',
  'ünï©ødé 😀 漢字',
  '\u2018\u2019\u201C\u201D',
];

describe.each([
  ['bash', toBashExports],
  ['dash', toBashExports],
  ['fish', toFishExports],
] as const)('%s round trip through the real shell', (shell, write) => {
  it.each(hostileTable)('keeps %j byte-identical', (secret) => {
    const creds: AwsCredentials = {
      accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
      secretAccessKey: secret,
      sessionToken: secret,
      expiration: new Date('2030-01-02T03:04:05Z'),
    };
    const out = write(creds, { region: secret });
    if (!out.ok) throw new Error(out.error);
    expect(runIn(shell, out.value)).toEqual(expected(creds, secret));
  });

  it('clears stale variables when exporting long-term keys', () => {
    const creds = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' };
    const out = write(creds, {});
    if (!out.ok) throw new Error(out.error);
    expect(runIn(shell, out.value)).toEqual(expected(creds, undefined));
  });

  it('keeps generated values byte-identical', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(credentialsWith(terminalValue), ({ creds, region }) => {
        const out = write(creds, { region });
        if (!out.ok) throw new Error(out.error);
        expect(runIn(shell, out.value)).toEqual(expected(creds, region));
      }),
      { numRuns: shell === 'fish' ? 40 : 80 },
    );
  });
});
