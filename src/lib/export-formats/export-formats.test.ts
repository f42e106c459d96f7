import { describe, expect, it } from 'vitest';
import type { Result } from '../result.ts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { toBashExports } from './bash.ts';
import { toCmdExports } from './cmd.ts';
import { toCredentialProcessJson } from './credential-process.ts';
import { toCredentialsFileProfile } from './credentials-file.ts';
import { toDotenv } from './dotenv.ts';
import { exportFormats } from './export-formats.ts';
import { toFishExports } from './fish.ts';
import { toStsJson } from './json.ts';
import { toPowerShellExports } from './powershell.ts';

const temporary: AwsCredentials = {
  accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE+/=',
  expiration: new Date('2030-01-02T03:04:05Z'),
};
const longTerm: AwsCredentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' };
const ctx = { region: 'eu-west-1', profileName: 'dev' };
const value = (r: Result<string>): string => (r.ok ? r.value : `ERROR ${r.error}`);
const json = (r: Result<string>): unknown => JSON.parse(value(r));

describe('the registry', () => {
  it('lists every format with its label, in order', () => {
    expect(exportFormats.map((f) => [f.id, f.label])).toEqual([
      ['bash', 'bash'],
      ['fish', 'fish'],
      ['powershell', 'PowerShell'],
      ['cmd', 'Windows cmd'],
      ['credentials-file', 'credentials file'],
      ['config-file', 'config file'],
      ['credential-process', 'credential_process'],
      ['credential-process-config', 'credential_process config'],
      ['dotenv', '.env'],
      ['docker-env', 'docker --env-file'],
      ['json', 'JSON'],
    ]);
  });

  it('refuses empty keys and invalid dates in every format', () => {
    for (const format of exportFormats) {
      expect(format.write({ ...temporary, secretAccessKey: '' }, ctx)).toEqual({
        ok: false,
        error: 'The secret access key is empty.',
      });
      expect(format.write({ ...temporary, expiration: new Date(NaN) }, ctx)).toEqual({
        ok: false,
        error: 'The expiration is not a valid date.',
      });
    }
  });
});

describe('exact output', () => {
  it('bash clears stale variables and single-quotes every value', () => {
    expect(value(toBashExports(temporary, ctx))).toBe(
      [
        'unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SECURITY_TOKEN',
        "export AWS_ACCESS_KEY_ID='ASIAY34FZKBOKMUTVV7A'",
        "export AWS_SECRET_ACCESS_KEY='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'",
        "export AWS_SESSION_TOKEN='IQoJb3JpZ2luX2VjEXAMPLE+/='",
        "export AWS_CREDENTIAL_EXPIRATION='2030-01-02T03:04:05Z'",
        "export AWS_REGION='eu-west-1'",
        "export AWS_DEFAULT_REGION='eu-west-1'",
        '',
      ].join('\n'),
    );
  });

  it('bash with long-term keys also clears a stale session token and expiration', () => {
    expect(value(toBashExports(longTerm, {}))).toBe(
      [
        'unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SECURITY_TOKEN AWS_SESSION_TOKEN AWS_CREDENTIAL_EXPIRATION',
        "export AWS_ACCESS_KEY_ID='AKIAIOSFODNN7EXAMPLE'",
        "export AWS_SECRET_ACCESS_KEY='secret'",
        '',
      ].join('\n'),
    );
  });

  it('fish erases stale variables and uses set -gx', () => {
    expect(value(toFishExports(longTerm, { region: 'us-east-1' }))).toBe(
      [
        'set -e AWS_PROFILE',
        'set -e AWS_DEFAULT_PROFILE',
        'set -e AWS_SECURITY_TOKEN',
        'set -e AWS_SESSION_TOKEN',
        'set -e AWS_CREDENTIAL_EXPIRATION',
        "set -gx AWS_ACCESS_KEY_ID 'AKIAIOSFODNN7EXAMPLE'",
        "set -gx AWS_SECRET_ACCESS_KEY 'secret'",
        "set -gx AWS_REGION 'us-east-1'",
        "set -gx AWS_DEFAULT_REGION 'us-east-1'",
        '',
      ].join('\n'),
    );
  });

  it('PowerShell removes stale variables and assigns $Env:', () => {
    expect(value(toPowerShellExports(longTerm, {}))).toBe(
      [
        'Remove-Item -Path Env:AWS_PROFILE, Env:AWS_DEFAULT_PROFILE, Env:AWS_SECURITY_TOKEN, Env:AWS_SESSION_TOKEN, Env:AWS_CREDENTIAL_EXPIRATION -ErrorAction SilentlyContinue',
        "$Env:AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'",
        "$Env:AWS_SECRET_ACCESS_KEY = 'secret'",
        '',
      ].join('\n'),
    );
  });

  it('cmd clears and sets with set "NAME=value" and CRLF', () => {
    expect(value(toCmdExports(temporary, {}))).toBe(
      [
        'set "AWS_PROFILE="',
        'set "AWS_DEFAULT_PROFILE="',
        'set "AWS_SECURITY_TOKEN="',
        'set "AWS_ACCESS_KEY_ID=ASIAY34FZKBOKMUTVV7A"',
        'set "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
        'set "AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEXAMPLE+/="',
        'set "AWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05Z"',
        '',
      ].join('\r\n'),
    );
  });

  it('credentials file writes the chosen profile', () => {
    expect(value(toCredentialsFileProfile(temporary, ctx))).toBe(
      [
        '[dev]',
        'aws_access_key_id = ASIAY34FZKBOKMUTVV7A',
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'aws_session_token = IQoJb3JpZ2luX2VjEXAMPLE+/=',
        'aws_credential_expiration = 2030-01-02T03:04:05Z',
        'region = eu-west-1',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [undefined, 'Choose a profile name.'],
    ['my profile', /no spaces or brackets/],
    ['a]b', /no spaces or brackets/],
    ['x'.repeat(65), /1 to 64/],
  ])('credentials file refuses profile name %j', (profileName, message) => {
    const result = toCredentialsFileProfile(temporary, { profileName });
    expect(!result.ok && result.error).toMatch(message);
  });

  it('credential_process prints Version 1 JSON as the CLI expects', () => {
    expect(json(toCredentialProcessJson(temporary))).toEqual({
      Version: 1,
      AccessKeyId: 'ASIAY34FZKBOKMUTVV7A',
      SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      SessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE+/=',
      Expiration: '2030-01-02T03:04:05Z',
    });
    expect(json(toCredentialProcessJson(longTerm))).toEqual({
      Version: 1,
      AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      SecretAccessKey: 'secret',
    });
  });

  it('.env writes single-quoted lines', () => {
    expect(value(toDotenv(longTerm, { region: 'eu-west-1' }))).toBe(
      "AWS_ACCESS_KEY_ID='AKIAIOSFODNN7EXAMPLE'\nAWS_SECRET_ACCESS_KEY='secret'\nAWS_REGION='eu-west-1'\nAWS_DEFAULT_REGION='eu-west-1'\n",
    );
  });

  it('JSON looks like aws sts output, with milliseconds only when present', () => {
    const out = json(
      toStsJson({ ...temporary, expiration: new Date('2030-01-02T03:04:05.120Z') }, ctx),
    );
    expect(out).toEqual({
      Credentials: {
        AccessKeyId: 'ASIAY34FZKBOKMUTVV7A',
        SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        SessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE+/=',
        Expiration: '2030-01-02T03:04:05.120Z',
      },
      Region: 'eu-west-1',
    });
  });
});

describe('hostile values', () => {
  const hostile = (secretAccessKey: string): AwsCredentials => ({ ...longTerm, secretAccessKey });

  it.each([
    ["it's", "'it'\\''s'"],
    ['$(rm -rf ~)', "'$(rm -rf ~)'"],
    ['`id`', "'`id`'"],
    ['a\nb', "'a\nb'"],
    ["'; rm -rf / #", "''\\''; rm -rf / #'"],
    ['ünï©ødé 😀', "'ünï©ødé 😀'"],
  ])('bash keeps %j inside single quotes', (secret, quoted) => {
    expect(value(toBashExports(hostile(secret), {}))).toContain(
      `export AWS_SECRET_ACCESS_KEY=${quoted}\n`,
    );
  });

  it.each([
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['\\', "'\\\\'"],
    ['$(id) (id) $HOME', "'$(id) (id) $HOME'"],
  ])('fish escapes %j', (secret, quoted) => {
    expect(value(toFishExports(hostile(secret), {}))).toContain(
      `set -gx AWS_SECRET_ACCESS_KEY ${quoted}\n`,
    );
  });

  it.each([
    ["it's", "'it''s'"],
    [
      '\u2018smart\u2019 \u201Aquotes\u201B',
      "'\u2018\u2018smart\u2019\u2019 \u201A\u201Aquotes\u201B\u201B'",
    ],
    ['$(Get-Process) `n $Env:PATH', "'$(Get-Process) `n $Env:PATH'"],
  ])('PowerShell doubles every single-quote character in %j', (secret, quoted) => {
    expect(value(toPowerShellExports(hostile(secret), {}))).toContain(
      `$Env:AWS_SECRET_ACCESS_KEY = ${quoted}\n`,
    );
  });

  it.each(['%PATH%', 'a"b', 'a^b', 'a&b', 'a|b', 'a<b', 'a>b', 'a!b', 'a\nb', 'a\rb'])(
    'cmd refuses %j rather than emit something unsafe',
    (secret) => {
      const result = toCmdExports(hostile(secret), {});
      expect(!result.ok && result.error).toMatch(
        /^The secret access key contains .*(cannot hold safely|cannot carry safely)/,
      );
    },
  );

  it('cmd accepts spaces and unicode', () => {
    expect(value(toCmdExports(hostile('a b ü'), {}))).toContain(
      'set "AWS_SECRET_ACCESS_KEY=a b ü"',
    );
  });

  it.each(['\u0003', '\u001b[201~', '\u0000', '\u009b', '\t', '\ud800'])(
    'terminal formats refuse %j, which a terminal would act on or cannot carry',
    (bad) => {
      for (const write of [toBashExports, toFishExports, toPowerShellExports, toCmdExports]) {
        const result = write(hostile(`x${bad}y`), {});
        expect(result.ok).toBe(false);
      }
    },
  );

  it.each([
    ['a\nb', /control character U\+000A/],
    [' padded', /starts or ends with spaces/],
    ['a #comment', /# or ; after a space/],
    [';start', /# or ; after a space/],
  ])('credentials file refuses %j', (secret, message) => {
    const result = toCredentialsFileProfile(hostile(secret), { profileName: 'p' });
    expect(!result.ok && result.error).toMatch(message);
  });

  it('credentials file keeps # and ; that no SDK reads as comments', () => {
    expect(value(toCredentialsFileProfile(hostile('a#b;c=d'), { profileName: 'p' }))).toContain(
      'aws_secret_access_key = a#b;c=d\n',
    );
  });

  it.each(["it's", 'back\\slash', 'a\nb', 'a${HOME}'])('.env refuses %j', (secret) => {
    expect(toDotenv(hostile(secret), {}).ok).toBe(false);
  });

  it('.env keeps # and $ inside single quotes', () => {
    expect(value(toDotenv(hostile('a #b $HOME'), {}))).toContain(
      "AWS_SECRET_ACCESS_KEY='a #b $HOME'\n",
    );
  });

  it('JSON formats carry anything, escaped', () => {
    const secret = '"}\n\u0000\u2028</script>';
    expect(json(toStsJson(hostile(secret), {}))).toMatchObject({
      Credentials: { SecretAccessKey: secret },
    });
    expect(json(toCredentialProcessJson(hostile(secret)))).toMatchObject({
      SecretAccessKey: secret,
    });
  });
});
