import { describe, expect, it } from 'vitest';
import { parseIniProfile } from './parse-ini-profile.ts';
import { parseKeyPair } from './parse-key-pair.ts';
import { parseStsJson } from './parse-sts-json.ts';

const KEY = 'ASIAY34FZKBOKMUTVV7A';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE+/=';

describe('parseIniProfile', () => {
  const file = `; my credentials
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = ${SECRET}

[profile dev]
AWS_ACCESS_KEY_ID=${KEY}
aws_secret_access_key = ${SECRET}   # inline comment
aws_session_token = ${TOKEN}
x_security_token_expires = 2030-01-02T03:04:05Z
region = eu-west-1
`;

  it('takes the first profile with keys, or the named one', () => {
    expect(parseIniProfile(file)).toEqual({
      ok: true,
      value: {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: SECRET,
        source: '~/.aws/credentials profile [default]',
      },
    });
    expect(parseIniProfile(file, 'dev')).toEqual({
      ok: true,
      value: {
        accessKeyId: KEY,
        secretAccessKey: SECRET,
        sessionToken: TOKEN,
        expiration: new Date('2030-01-02T03:04:05Z'),
        region: 'eu-west-1',
        source: '~/.aws/credentials profile [dev]',
      },
    });
  });

  it.each([
    ['a missing profile', file, 'prod', 'There is no profile [prod]; found [default], [dev].'],
    ['no sections', 'aws_access_key_id = x', undefined, 'No [profile] section found.'],
    ['no keys', '[a]\nregion = x', undefined, 'No profile in this text has aws_access_key_id.'],
  ])('explains %s', (_name, text, profile, error) => {
    expect(parseIniProfile(text, profile)).toEqual({ ok: false, error });
  });
});

describe('parseStsJson', () => {
  const expiration = '2030-01-02T03:04:05+00:00';
  const credentials = {
    AccessKeyId: KEY,
    SecretAccessKey: SECRET,
    SessionToken: TOKEN,
    Expiration: expiration,
  };

  it.each([
    [
      'AssumeRole',
      {
        Credentials: credentials,
        AssumedRoleUser: {
          AssumedRoleId: 'AROA:s',
          Arn: 'arn:aws:sts::111122223333:assumed-role/R/s',
        },
      },
      'arn:aws:sts::111122223333:assumed-role/R/s',
    ],
    [
      'AssumeRoleWithWebIdentity',
      {
        Credentials: credentials,
        SubjectFromWebIdentityToken: 'sub',
        AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/R/w' },
      },
      'arn:aws:sts::111122223333:assumed-role/R/w',
    ],
    [
      'AssumeRoleWithSAML',
      {
        Credentials: credentials,
        SubjectType: 'persistent',
        AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/R/x' },
      },
      'arn:aws:sts::111122223333:assumed-role/R/x',
    ],
    [
      'GetFederationToken',
      {
        Credentials: credentials,
        FederatedUser: { Arn: 'arn:aws:sts::111122223333:federated-user/bob' },
      },
      'arn:aws:sts::111122223333:federated-user/bob',
    ],
    ['STS', { Credentials: credentials }, undefined],
  ])('reads %s output', (operation, doc, identityArn) => {
    const result = parseStsJson(JSON.stringify(doc, null, 4));
    expect(result).toEqual({
      ok: true,
      value: {
        accessKeyId: KEY,
        secretAccessKey: SECRET,
        sessionToken: TOKEN,
        expiration: new Date('2030-01-02T03:04:05Z'),
        source: `${operation} output`,
        ...(identityArn === undefined ? {} : { identityArn }),
      },
    });
  });

  it('reads credential_process JSON and container-credential JSON (Token)', () => {
    const process = parseStsJson(JSON.stringify({ Version: 1, ...credentials }));
    expect(process.ok && process.value).toMatchObject({
      accessKeyId: KEY,
      source: 'credential_process JSON',
    });
    const container = parseStsJson(
      JSON.stringify({
        AccessKeyId: KEY,
        SecretAccessKey: SECRET,
        Token: TOKEN,
        Expiration: expiration,
      }),
    );
    expect(container.ok && container.value).toMatchObject({
      sessionToken: TOKEN,
      source: 'credentials JSON',
    });
  });

  it.each([
    [
      'a wrong version',
      JSON.stringify({ Version: 2, ...credentials }),
      'credential_process JSON has "Version": 1; this has 2.',
    ],
    ['unrelated JSON', '{"a":1}', 'This JSON has no Credentials and no AccessKeyId.'],
    [
      'an inherited key',
      '{"__proto__":{"AccessKeyId":"AKIAIOSFODNN7EXAMPLE"}}',
      'This JSON has no Credentials and no AccessKeyId.',
    ],
    [
      'a bad expiration',
      JSON.stringify({ Credentials: { ...credentials, Expiration: 'soon' } }),
      'STS output: the expiration "soon" is not an ISO 8601 date.',
    ],
  ])('explains %s', (_name, text, error) => {
    expect(parseStsJson(text)).toEqual({ ok: false, error });
  });
});

describe('parseKeyPair', () => {
  it.each([
    [`AKIAIOSFODNN7EXAMPLE ${SECRET}`],
    [`AKIAIOSFODNN7EXAMPLE:${SECRET}`],
    [`AKIAIOSFODNN7EXAMPLE,${SECRET}\n`],
    [`AKIAIOSFODNN7EXAMPLE\n${SECRET}`],
    [`Access key ID,Secret access key\nAKIAIOSFODNN7EXAMPLE,${SECRET}\n`],
  ])('reads %j', (text) => {
    expect(parseKeyPair(text)).toEqual({
      ok: true,
      value: {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: SECRET,
        source: 'access key pair',
      },
    });
  });

  it('needs the session token for ASIA keys', () => {
    expect(parseKeyPair(`${KEY} ${SECRET}`)).toEqual({
      ok: false,
      error: 'ASIA… keys are temporary and need their session token too; paste the whole export.',
    });
    expect(parseKeyPair(`${KEY} ${SECRET} ${TOKEN}`).ok).toBe(true);
  });

  it('refuses other text', () => {
    expect(parseKeyPair('hello world').ok).toBe(false);
  });
});
