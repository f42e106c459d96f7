// @vitest-environment node
// The console sign-in snippets in real bash and fish, with a stand-in curl that records what it was
// asked and answers like the federation endpoint: the Session sent is the set's exact JSON, and
// the URL printed carries the token. PowerShell has no runtime here: table tests only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { cleanHome, nodeApis, runShell } from './consumer-harness.ts';
import {
  federationFor,
  sessionJson,
  toConsoleSignIn,
  type SignInSource,
} from './console-sign-in.ts';
import { quotePowerShell } from './powershell.ts';
import { accessKeyId, terminalValue } from './test-arbitraries.ts';

const node = await nodeApis();
const { home, env } = cleanHome(node);
const log = `${home}/curl.log`;
node.mkdirSync(`${home}/bin`, { recursive: true });
// Records each argument NUL-terminated, answers with a token that needs URL encoding.
node.writeFileSync(
  `${home}/bin/curl`,
  `#!/bin/sh\n: > "${log}"\nfor a in "$@"; do printf '%s\\0' "$a" >> "${log}"; done\nprintf '{"SigninToken":"tok+/= x"}'\n`,
);
await node.spawn('/bin/chmod', ['+x', `${home}/bin/curl`], { env });
const shellEnv = { ...env, PATH: `${home}/bin:/usr/bin:/bin` };

const aws: SignInSource = {
  operation: 'AssumeRole',
  endpointUrl: 'https://sts.eu-west-1.amazonaws.com',
  region: 'eu-west-1',
};
const session: AwsCredentials & { sessionToken: string } = {
  accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
  secretAccessKey: 'it\'s "quoted" $(x) `y` \\',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE+/=',
  expiration: new Date('2030-01-02T03:04:05Z'),
};
const URL_PREFIX =
  'https://signin.aws.amazon.com/federation?Action=login&Issuer=sts-console&Destination=https%3A%2F%2Fconsole.aws.amazon.com%2F&SigninToken=';

describe.each(['bash', 'fish'] as const)('the %s snippet', (shell) => {
  it('sends the exact session to getSigninToken and prints the sign-in URL', async () => {
    const out = toConsoleSignIn(shell, session, aws);
    if (!out.ok) throw new Error(out.error);
    const run = await runShell(node, shell, out.value, shellEnv);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(URL_PREFIX)).toBe(true);
    // fish leaves "/" as it is (legal in a query); "+", "=", " " and "&" must be escaped.
    const token = run.stdout.slice(URL_PREFIX.length).replace(/\n$/, '');
    expect(token).not.toMatch(/[+= &]/);
    expect(decodeURIComponent(token)).toBe('tok+/= x');
    const read = await node.spawn('/bin/cat', [log], { env });
    expect(read.stdout.split('\0')).toEqual([
      '-fsS',
      '-G',
      'https://signin.aws.amazon.com/federation',
      '--data-urlencode',
      'Action=getSigninToken',
      '--data-urlencode',
      `Session=${sessionJson(session)}`,
      '',
    ]);
  });

  it('is valid syntax for any session it writes', { timeout: 60_000 }, async () => {
    const check = shell === 'bash' ? ['/bin/bash', '-n'] : ['/usr/bin/fish', '--no-config', '-n'];
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          accessKeyId,
          secretAccessKey: terminalValue,
          // A blank session token is none: such a set is long-term keys, which cannot sign in.
          sessionToken: terminalValue.filter((v) => v.trim() !== ''),
        }),
        async (creds) => {
          const out = toConsoleSignIn(shell, creds, aws);
          if (!out.ok) throw new Error(out.error);
          const [bin = '', ...flags] = check;
          const run = await node.spawn(bin, [...flags, '-c', out.value], { env });
          expect(run.stderr).toBe('');
          expect(run.status).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('which sets the federation endpoint accepts', () => {
  it.each([
    ['AssumeRole', aws, true],
    ['GetFederationToken', { ...aws, operation: 'GetFederationToken' }, true],
    ['GetSessionToken', { ...aws, operation: 'GetSessionToken' }, false],
    ['a sandbox set', { ...aws, endpointUrl: 'http://127.0.0.1:5174' }, false],
  ] as const)('%s: %s', (_name, source, accepted) => {
    expect(federationFor(session, source).ok).toBe(accepted);
  });

  it('refuses long-term keys and picks the partition of the region', () => {
    expect(federationFor({ accessKeyId: 'AKIA', secretAccessKey: 's' }, aws).ok).toBe(false);
    const cn = federationFor(session, {
      ...aws,
      endpointUrl: 'https://sts.cn-north-1.amazonaws.com.cn',
      region: 'cn-north-1',
    });
    expect(cn.ok && cn.value.signin).toBe('https://signin.amazonaws.cn/federation');
  });

  it('PowerShell escapes the session and the token with EscapeDataString', () => {
    const out = toConsoleSignIn('powershell', session, aws);
    expect(out.ok && out.value).toBe(
      [
        `$session = ${quotePowerShell(sessionJson(session))}`,
        "$reply = Invoke-RestMethod -Uri ('https://signin.aws.amazon.com/federation?Action=getSigninToken&Session=' + [uri]::EscapeDataString($session))",
        `'${URL_PREFIX}' + [uri]::EscapeDataString($reply.SigninToken)`,
        'Remove-Variable session, reply',
        '',
      ].join('\n'),
    );
  });
});
