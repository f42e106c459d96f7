import { describe, expect, it } from 'vitest';
import { writeAwsConfig } from '../export-formats/aws-config-writer.ts';
import { looksLikeAwsConfig, parseAwsConfig, type AwsConfig } from './aws-config.ts';

const parsed = (text: string): AwsConfig => {
  const r = parseAwsConfig(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const REAL_WORLD = `# ~/.aws/config of a platform team
; managed by hand
[default]
region = eu-west-1
output = json

[profile base]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[profile Admin]
role_arn = arn:aws:iam::111122223333:role/Admin
source_profile = base
mfa_serial = arn:aws:iam::111122223333:mfa/demo
external_id = ext-123
duration_seconds = 3600
role_session_name = alice
Region = us-east-2   # comment after a value
sts_regional_endpoints = regional

[profile "prod reader"]
role_arn: arn:aws:iam::444455556666:role/Reader
source_profile = Admin
services = local

[services local]
sts =
  endpoint_url = http://127.0.0.1:5174
s3 =
  addressing_style = path

[profile ci]
role_arn = arn:aws:iam::111122223333:role/Ci
web_identity_token_file = /var/run/secrets/token

[profile ec2]
role_arn = arn:aws:iam::111122223333:role/Ec2
credential_source = Ec2InstanceMetadata

[profile sso-dev]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Dev

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
`;

describe('parseAwsConfig', () => {
  it('reads every profile of a real-world file, with comments, case and quoted names', () => {
    const config = parsed(REAL_WORLD);
    expect(config.profiles.map((p) => p.name)).toEqual([
      'default',
      'base',
      'Admin',
      'prod reader',
      'ci',
      'ec2',
      'sso-dev',
    ]);
    const admin = config.profiles.find((p) => p.name === 'Admin');
    expect(admin).toEqual({
      name: 'Admin',
      roleArn: 'arn:aws:iam::111122223333:role/Admin',
      sourceProfile: 'base',
      mfaSerial: 'arn:aws:iam::111122223333:mfa/demo',
      externalId: 'ext-123',
      durationSeconds: 3600,
      roleSessionName: 'alice',
      region: 'us-east-2',
      stsRegionalEndpoints: 'regional',
      hasKeys: false,
      notes: [],
    });
    expect(config.profiles.find((p) => p.name === 'base')).toMatchObject({ hasKeys: true });
    expect(config.profiles.find((p) => p.name === 'prod reader')).toMatchObject({
      roleArn: 'arn:aws:iam::444455556666:role/Reader',
      sourceProfile: 'Admin',
      endpointUrl: 'http://127.0.0.1:5174',
    });
    expect(config.notes).toEqual([
      expect.stringMatching(/^\[sso-session corp\]: IAM Identity Center/),
    ]);
  });

  it('keeps secrets out of what it returns', () => {
    expect(JSON.stringify(parsed(REAL_WORLD))).not.toMatch(/wJalr|AKIA/);
  });

  it.each([
    ['ci', /web_identity_token_file \(\/var\/run\/secrets\/token\): a page cannot read files/],
    ['ec2', /credential_source = Ec2InstanceMetadata: a page cannot reach/],
    ['sso-dev', /IAM Identity Center/],
  ])('explains what the browser cannot do for %s', (name, note) => {
    const profile = parsed(REAL_WORLD).profiles.find((p) => p.name === name);
    expect(profile?.notes).toEqual([expect.stringMatching(note)]);
  });

  it.each([
    [
      '\r\n line endings',
      '[profile a]\r\nrole_arn = arn:aws:iam::1:role/A\r\n',
      'a',
      'arn:aws:iam::1:role/A',
    ],
    [
      '# and ; comment lines',
      '[profile a]\n# x\n  ; y\nrole_arn = arn:aws:iam::1:role/A\n',
      'a',
      'arn:aws:iam::1:role/A',
    ],
    [
      'spaces around the header',
      '[ profile   a ]\nrole_arn=arn:aws:iam::1:role/A',
      'a',
      'arn:aws:iam::1:role/A',
    ],
    [
      'upper-case keys',
      '[profile a]\nROLE_ARN = arn:aws:iam::1:role/A',
      'a',
      'arn:aws:iam::1:role/A',
    ],
    [
      'a later value wins',
      '[profile a]\nrole_arn = x\nrole_arn = arn:aws:iam::1:role/B',
      'a',
      'arn:aws:iam::1:role/B',
    ],
    [
      'indented keys at one level',
      '[profile a]\n  region = eu-west-1\n  role_arn = arn:aws:iam::1:role/A',
      'a',
      'arn:aws:iam::1:role/A',
    ],
  ])('reads %s', (_what, text, name, roleArn) => {
    expect(parsed(text).profiles.find((p) => p.name === name)?.roleArn).toBe(roleArn);
  });

  it('joins a continuation line to the value above, as configparser does', () => {
    const profile = parsed('[profile a]\nrole_arn = arn:aws:iam::1:\n  role/A\n').profiles[0];
    expect(profile?.roleArn).toBe('arn:aws:iam::1:\nrole/A');
  });

  it('reads endpoint_url on the profile itself', () => {
    const profile = parsed('[profile a]\nendpoint_url = http://localhost:4566\n').profiles[0];
    expect(profile?.endpointUrl).toBe('http://localhost:4566');
  });

  it('says why the AWS CLI would skip a section', () => {
    const config = parsed(
      '[Profile Upper]\nregion = x\n[dev]\nregion = y\n[profile ok]\nregion = z\n',
    );
    expect(config.profiles.map((p) => p.name)).toEqual(['ok']);
    expect(config.notes).toEqual([
      expect.stringMatching(/lower-case "profile" prefix/),
      expect.stringMatching(
        /\[dev\] \(line 3\) is not a profile: in ~\/\.aws\/config, write \[profile dev\]/,
      ),
    ]);
  });

  it('notes an unquoted name with spaces and a bad duration', () => {
    const profile = parsed('[profile my team]\nduration_seconds = 1h\n').profiles[0];
    expect(profile?.name).toBe('my team');
    expect(profile?.notes).toEqual([
      expect.stringMatching(/not a whole number/),
      'The AWS CLI ignores a name with spaces unless it is quoted: [profile "my team"].',
    ]);
  });

  it('refuses text with no profile, saying what it found', () => {
    expect(parseAwsConfig('[sso-session corp]\nsso_region = us-east-1\n')).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^No profile to use in this config\. \[sso-session corp\]/,
      ) as string,
    });
    expect(parseAwsConfig('hello').ok).toBe(false);
  });

  it.each([
    ['[default]\nregion = x', true],
    ['[profile a]\n', true],
    ['  [sso-session s]', true],
    ['[dev]\naws_access_key_id = AKIA', false],
    ['export AWS_ACCESS_KEY_ID=x', false],
  ])('looksLikeAwsConfig(%j) is %s', (text, expected) => {
    expect(looksLikeAwsConfig(text)).toBe(expected);
  });
});

describe('writeAwsConfig', () => {
  it('writes what the parser reads back', () => {
    const config = parsed(REAL_WORLD);
    const roles = config.profiles.filter((p) => p.roleArn !== undefined);
    const text = writeAwsConfig(roles);
    if (!text.ok) throw new Error(text.error);
    expect(parsed(text.value).profiles).toEqual(
      roles.map((p) => ({ ...p, notes: p.notes.filter((n) => !n.includes('quoted')) })),
    );
    expect(text.value).toContain('[profile "prod reader"]\n');
    expect(text.value).toContain(
      '[services prod-reader]\nsts =\n  endpoint_url = http://127.0.0.1:5174\n',
    );
  });

  it.each(['', 'a]b', 'a"b', ' lead', 'x'.repeat(65), 'a\nb'])(
    'refuses the profile name %j',
    (name) => {
      expect(writeAwsConfig([{ name, hasKeys: false, notes: [] }]).ok).toBe(false);
    },
  );

  it('refuses a value an INI file cannot hold', () => {
    const r = writeAwsConfig([{ name: 'a', roleArn: 'arn #x', hasKeys: false, notes: [] }]);
    expect(!r.ok && r.error).toMatch(/^The role ARN of a contains # or ;/);
  });
});
