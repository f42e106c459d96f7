import { describe, expect, it } from 'vitest';
import { encodeBase64, encodeUtf8 } from '../decoders/base64.ts';
import { samlXml } from '../decoders/saml-fixtures.ts';
import { makeJwt } from '../decoders/test-helpers.ts';
import { detectPaste, LOOKED_FOR } from './detect-paste.ts';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const message = 'AbC-dEf_' + 'x1Y2z3'.repeat(30);

describe('detectPaste', () => {
  it('routes a JWT', () => {
    const token = makeJwt({ alg: 'RS256' }, { iss: 'https://idp', exp: 1 });
    expect(detectPaste(`\n ${token} \n`)).toEqual({ kind: 'jwt', token });
  });

  it.each([
    ['raw XML', samlXml()],
    ['base64', encodeBase64(encodeUtf8(samlXml()))],
    ['a form value', `SAMLResponse=${encodeURIComponent(encodeBase64(encodeUtf8(samlXml())))}`],
  ])('routes a SAMLResponse as %s', (_name, text) => {
    const result = detectPaste(text);
    expect(result.kind).toBe('saml');
    expect(result.kind === 'saml' && result.decoded.ok && result.decoded.value.roles).toHaveLength(
      1,
    );
  });

  it('routes a SAMLResponse with a DTD to the SAML form, refused', () => {
    const result = detectPaste('<!DOCTYPE x><samlp:Response/>');
    expect(result.kind === 'saml' && !result.decoded.ok && result.decoded.error).toMatch(/DTD/);
  });

  it.each([
    [
      'an error text',
      `An error occurred (AccessDenied): not authorized. Encoded authorization failure message: ${message}`,
    ],
    [
      'a JSON error body',
      `{"Error":{"Message":"Encoded authorization failure message: ${message}"}}`,
    ],
    ['the bare message', message],
  ])('routes an authorization message in %s', (_name, text) => {
    expect(detectPaste(text)).toEqual({ kind: 'authorization-message', encoded: message });
  });

  it.each([
    [
      'bash exports',
      `export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=${SECRET}`,
      'bash/zsh exports',
    ],
    [
      'an INI profile',
      `[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${SECRET}`,
      '~/.aws/credentials profile [dev]',
    ],
    [
      'STS JSON',
      JSON.stringify({
        Credentials: { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', SecretAccessKey: SECRET },
      }),
      'STS output',
    ],
    ['a key pair', `AKIAIOSFODNN7EXAMPLE ${SECRET}`, 'access key pair'],
    [
      'the IAM console CSV',
      `Access key ID,Secret access key\nAKIAIOSFODNN7EXAMPLE,${SECRET}`,
      'access key pair',
    ],
  ])('routes %s as credentials', (_name, text, source) => {
    const result = detectPaste(text);
    expect(result.kind === 'credentials' && result.credentials).toMatchObject({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: SECRET,
      source,
    });
  });

  it('routes a bare access key ID', () => {
    expect(detectPaste('ASIAY34FZKBOKMUTVV7A')).toEqual({
      kind: 'access-key-id',
      id: 'ASIAY34FZKBOKMUTVV7A',
    });
  });

  it('says what it looked for, and the closest problem', () => {
    expect(detectPaste('hello')).toEqual({ kind: 'unknown', lookedFor: [...LOOKED_FOR] });
    expect(detectPaste('export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE')).toEqual({
      kind: 'unknown',
      lookedFor: [...LOOKED_FOR],
      problem: 'bash/zsh exports: the access key ID is there, but no secret access key.',
    });
    expect(detectPaste('   ')).toMatchObject({ kind: 'unknown', problem: 'The paste is empty.' });
  });

  it('refuses a 5 MB paste without looking inside', () => {
    const result = detectPaste(`export AWS_ACCESS_KEY_ID=x\n${'y'.repeat(5 * 1024 * 1024)}`);
    expect(result).toMatchObject({
      kind: 'unknown',
      problem: expect.stringMatching(/more than anything recognised/) as unknown,
    });
  });
});

describe('detectPaste with ~/.aws/config text', () => {
  const config = [
    '[profile base]',
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    `aws_secret_access_key = ${SECRET}`,
    '[profile admin]',
    'role_arn = arn:aws:iam::111122223333:role/Admin',
    'source_profile = base',
  ].join('\n');

  it('reads profiles with roles, and the keys of a profile that has them', () => {
    const result = detectPaste(config);
    expect(result.kind).toBe('aws-config');
    if (result.kind !== 'aws-config') return;
    expect(result.config.profiles.map((p) => [p.name, p.roleArn])).toEqual([
      ['base', undefined],
      ['admin', 'arn:aws:iam::111122223333:role/Admin'],
    ]);
    expect(result.keys).toEqual([
      {
        profile: 'base',
        credentials: expect.objectContaining({
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: SECRET,
        }) as unknown,
      },
    ]);
  });

  it('leaves a profile with keys and no roles to the credentials importer', () => {
    expect(detectPaste(config.split('\n').slice(0, 3).join('\n')).kind).toBe('credentials');
  });

  it('recognises a config with nothing usable, to explain it', () => {
    const result = detectPaste(
      '[sso-session corp]\nsso_region = us-east-1\n[default]\nregion = eu-west-1\n',
    );
    expect(result.kind === 'aws-config' && result.config.notes[0]).toMatch(/IAM Identity Center/);
  });
});
