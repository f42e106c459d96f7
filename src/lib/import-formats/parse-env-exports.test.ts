import { describe, expect, it } from 'vitest';
import { parseEnvExports } from './parse-env-exports.ts';

const KEY = 'ASIAY34FZKBOKMUTVV7A';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE+/=';
const creds = { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: TOKEN };

describe('parseEnvExports', () => {
  it.each([
    [
      'bash exports',
      `export AWS_ACCESS_KEY_ID=${KEY}\nexport AWS_SECRET_ACCESS_KEY="${SECRET}"\nexport AWS_SESSION_TOKEN='${TOKEN}'`,
      'bash/zsh exports',
    ],
    [
      'plain assignments (.env)',
      `AWS_ACCESS_KEY_ID=${KEY}\nAWS_SECRET_ACCESS_KEY=${SECRET}\nAWS_SESSION_TOKEN=${TOKEN}\n`,
      'bash/zsh exports',
    ],
    [
      'one line with semicolons',
      `export AWS_ACCESS_KEY_ID=${KEY}; export AWS_SECRET_ACCESS_KEY=${SECRET} AWS_SESSION_TOKEN=${TOKEN}`,
      'bash/zsh exports',
    ],
    [
      'declare -x',
      `declare -x AWS_ACCESS_KEY_ID="${KEY}"\ndeclare -x AWS_SECRET_ACCESS_KEY="${SECRET}"\ndeclare -x AWS_SESSION_TOKEN="${TOKEN}"`,
      'bash/zsh exports',
    ],
    [
      'fish set -gx',
      `set -gx AWS_ACCESS_KEY_ID ${KEY}\nset -x AWS_SECRET_ACCESS_KEY '${SECRET}'\nset --global --export AWS_SESSION_TOKEN "${TOKEN}"`,
      'fish exports',
    ],
    [
      'PowerShell',
      `$Env:AWS_ACCESS_KEY_ID = '${KEY}'\n$env:AWS_SECRET_ACCESS_KEY="${SECRET}"\r\n$ENV:AWS_SESSION_TOKEN='${TOKEN}'`,
      'PowerShell variables',
    ],
    [
      'cmd',
      `set AWS_ACCESS_KEY_ID=${KEY}\r\nset "AWS_SECRET_ACCESS_KEY=${SECRET}"\r\nSET AWS_SESSION_TOKEN=${TOKEN}\r\n`,
      'Windows cmd variables',
    ],
    [
      'csh setenv',
      `setenv AWS_ACCESS_KEY_ID ${KEY}\nsetenv AWS_SECRET_ACCESS_KEY ${SECRET}\nsetenv AWS_SESSION_TOKEN ${TOKEN}`,
      'bash/zsh exports',
    ],
    [
      'aws-vault legacy names',
      `AWS_ACCESS_KEY_ID=${KEY}\nAWS_SECRET_ACCESS_KEY=${SECRET}\nAWS_SECURITY_TOKEN=${TOKEN}`,
      'bash/zsh exports',
    ],
  ])('reads %s', (_name, text, source) => {
    expect(parseEnvExports(text)).toEqual({ ok: true, value: { ...creds, source } });
  });

  it('reads expiration and region, preferring AWS_REGION', () => {
    const text = `export AWS_DEFAULT_REGION=us-west-2 AWS_REGION=eu-west-1\nexport AWS_ACCESS_KEY_ID=${KEY} AWS_SECRET_ACCESS_KEY=${SECRET}\nexport AWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05+01:00`;
    const result = parseEnvExports(text);
    expect(result.ok && result.value).toMatchObject({
      region: 'eu-west-1',
      expiration: new Date('2030-01-02T02:04:05Z'),
    });
  });

  it('skips comments, prompts, unset lines and unrelated commands', () => {
    const text = `# from the console\nunset AWS_PROFILE\nRemove-Item Env:AWS_PROFILE\nset -e AWS_PROFILE\necho "$(date)"\nexport PATH=$PATH:/x\nexport AWS_ACCESS_KEY_ID=${KEY} # key\nexport AWS_SECRET_ACCESS_KEY=${SECRET}`;
    expect(parseEnvExports(text)).toEqual({
      ok: true,
      value: { accessKeyId: KEY, secretAccessKey: SECRET, source: 'bash/zsh exports' },
    });
  });

  it.each([
    ["'it'\\''s'", "it's"],
    ['"a\\"b\\\\c\\$d\\`e\\x"', 'a"b\\c$d`e\\x'],
    ["$'a\\nb\\x41\\u00e9\\''", "a\nbAé'"],
    ['a\\ b\\\\c', 'a b\\c'],
    ["'multi\nline'", 'multi\nline'],
    ['"con"cat\'en\'ated', 'concatenated'],
    ["''", ''],
  ])('bash quoting %s', (word, secret) => {
    const result = parseEnvExports(
      `export AWS_ACCESS_KEY_ID=${KEY}\nexport AWS_SECRET_ACCESS_KEY=${word}\nexport AWS_SESSION_TOKEN=x`,
    );
    if (secret === '') expect(!result.ok && result.error).toMatch(/no secret access key/);
    else expect(result.ok && result.value.secretAccessKey).toBe(secret);
  });

  it.each([
    ["'it\\'s \\\\ \\n'", "it's \\ \\n"],
    ['"a\\"b\\$c\\n"', 'a"b$c\\n'],
    ['a\\ b\\n\\x41', 'a b\nA'],
  ])('fish quoting %s', (word, secret) => {
    const result = parseEnvExports(
      `set -gx AWS_ACCESS_KEY_ID ${KEY}\nset -gx AWS_SECRET_ACCESS_KEY ${word}`,
    );
    expect(result.ok && result.value.secretAccessKey).toBe(secret);
  });

  it.each([
    ["'it''s'", "it's"],
    ['\u2018smart\u2019\u2019s\u2019', 'smart\u2019s'],
    ['"a`"b""c`n`u{e9}"', 'a"b"c\né'],
  ])('PowerShell quoting %s', (word, secret) => {
    const result = parseEnvExports(
      `$Env:AWS_ACCESS_KEY_ID = '${KEY}'\n$Env:AWS_SECRET_ACCESS_KEY = ${word}`,
    );
    expect(result.ok && result.value.secretAccessKey).toBe(secret);
  });

  it.each([
    ['set "AWS_SECRET_ACCESS_KEY=a b"c" trailing', 'a b"c'],
    ['set AWS_SECRET_ACCESS_KEY=a^&b   ', 'a&b'],
  ])('cmd value %s', (line, secret) => {
    const result = parseEnvExports(`set AWS_ACCESS_KEY_ID=${KEY}\n${line}`);
    expect(result.ok && result.value.secretAccessKey).toBe(secret);
  });

  it('lets a later assignment win and an empty one unset', () => {
    const text = `AWS_ACCESS_KEY_ID=${KEY}\nAWS_SECRET_ACCESS_KEY=old\nAWS_SECRET_ACCESS_KEY=${SECRET}\nAWS_SESSION_TOKEN=${TOKEN}\nset "AWS_SESSION_TOKEN="`;
    expect(parseEnvExports(text)).toEqual({
      ok: true,
      value: { accessKeyId: KEY, secretAccessKey: SECRET, source: 'bash/zsh exports' },
    });
  });

  it.each([
    [
      'shell expansion',
      `export AWS_ACCESS_KEY_ID=${KEY}\nexport AWS_SECRET_ACCESS_KEY=$(cat secret)`,
      'AWS_SECRET_ACCESS_KEY uses shell expansion ($…, `…`), which the console cannot evaluate.',
    ],
    [
      'a variable in double quotes',
      `export AWS_ACCESS_KEY_ID="$KEY"`,
      'AWS_ACCESS_KEY_ID uses shell expansion ($…, `…`), which the console cannot evaluate.',
    ],
    [
      'fish expansion',
      `set -gx AWS_ACCESS_KEY_ID (cat key)`,
      'AWS_ACCESS_KEY_ID uses fish expansion ($VAR, (…), globs or braces), which the console cannot evaluate.',
    ],
    [
      'PowerShell expansion',
      `$env:AWS_ACCESS_KEY_ID = "$key"`,
      'AWS_ACCESS_KEY_ID uses PowerShell expansion ($…), which the console cannot evaluate.',
    ],
    [
      'cmd expansion',
      `set "AWS_ACCESS_KEY_ID=%KEY%"`,
      'AWS_ACCESS_KEY_ID uses %VAR% expansion, which the console cannot evaluate.',
    ],
    [
      'an unclosed quote',
      `export AWS_ACCESS_KEY_ID='${KEY}`,
      'AWS_ACCESS_KEY_ID has an unclosed single quote.',
    ],
    ['no key', 'export FOO=bar', 'No AWS_ACCESS_KEY_ID assignment found.'],
    [
      'no secret',
      `export AWS_ACCESS_KEY_ID=${KEY}`,
      'bash/zsh exports: the access key ID is there, but no secret access key.',
    ],
    [
      'a bad key',
      'export AWS_ACCESS_KEY_ID=not-a-key AWS_SECRET_ACCESS_KEY=x',
      'bash/zsh exports: the access key ID should be 16 to 128 letters and digits (like AKIA… or ASIA…).',
    ],
    [
      'a bad expiration',
      `export AWS_ACCESS_KEY_ID=${KEY} AWS_SECRET_ACCESS_KEY=x AWS_CREDENTIAL_EXPIRATION=tomorrow`,
      'bash/zsh exports: the expiration "tomorrow" is not an ISO 8601 date.',
    ],
  ])('explains %s', (_name, text, error) => {
    expect(parseEnvExports(text)).toEqual({ ok: false, error });
  });

  it('stops at redirections in fish (found by the fuzz test: it used to loop forever)', () => {
    expect(parseEnvExports('set -gx AWS_ACCESS_KEY_ID <file\nset > x')).toEqual({
      ok: false,
      error: 'No AWS_ACCESS_KEY_ID assignment found.',
    });
  });

  it('refuses huge pastes before parsing', () => {
    const result = parseEnvExports('x'.repeat(5_000_000));
    expect(!result.ok && result.error).toMatch(/5,000,000 characters/);
  });

  it('treats __proto__ as just another variable name', () => {
    const result = parseEnvExports(
      `export __proto__=x constructor=y\nexport AWS_ACCESS_KEY_ID=${KEY} AWS_SECRET_ACCESS_KEY=${SECRET}`,
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
