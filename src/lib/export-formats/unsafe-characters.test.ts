import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { toCredentialProcessJson } from './credential-process.ts';
import { exportFormats } from './export-formats.ts';
import { toStsJson } from './json.ts';
import { credentialsWith, hostileChar } from './test-arbitraries.ts';
import { findUnsafeCharacter } from './unsafe-characters.ts';

/** One character of every kind no export may carry raw. */
const UNSAFE = [
  ['DEL', '\u007f'],
  ['NEL (C1)', '\u0085'],
  ['CSI (C1)', '\u009b'],
  ['APC (C1)', '\u009f'],
  ['ARABIC LETTER MARK', '\u061c'],
  ['LEFT-TO-RIGHT MARK', '\u200e'],
  ['RIGHT-TO-LEFT MARK', '\u200f'],
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
  ['LEFT-TO-RIGHT EMBEDDING', '\u202a'],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202e'],
  ['LEFT-TO-RIGHT ISOLATE', '\u2066'],
  ['POP DIRECTIONAL ISOLATE', '\u2069'],
] as const;

const RAW_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const base: AwsCredentials = {
  accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
  secretAccessKey: 'secret',
  sessionToken: 'token',
  expiration: new Date('2030-01-02T03:04:05Z'),
};
const textFormats = exportFormats.filter((f) => f.id !== 'json' && f.id !== 'credential-process');

describe.each(UNSAFE)('%s', (_name, char) => {
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

  it.each(textFormats.map((f) => [f.label, f] as const))(
    '%s refuses it in the secret, the token and the region (or never writes them)',
    (_label, format) => {
      for (const [creds, region] of [
        [{ ...base, secretAccessKey: `a${char}b` }, 'eu-west-1'],
        [{ ...base, sessionToken: `a${char}b` }, 'eu-west-1'],
        [base, `eu${char}west-1`],
      ] as const) {
        const result = format.write(creds, { region, profileName: 'p' });
        // The config-file formats carry no secret at all: what they write must still be clean.
        if (result.ok) expect(result.value).not.toMatch(RAW_UNSAFE);
        else expect(result.error).toContain(code);
      }
    },
  );

  it('JSON and credential_process write it as an escape and read back the same value', () => {
    const secret = `a${char}b`;
    const sts = toStsJson({ ...base, secretAccessKey: secret }, { region: `r${char}` });
    const process = toCredentialProcessJson({ ...base, sessionToken: secret });
    if (!sts.ok || !process.ok) throw new Error('refused');
    for (const text of [sts.value, process.value]) {
      expect(text).not.toMatch(RAW_UNSAFE);
      expect(text).toContain(`\\u${code.slice(2)}`);
    }
    expect(JSON.parse(sts.value)).toMatchObject({
      Credentials: { SecretAccessKey: secret },
      Region: `r${char}`,
    });
    expect(JSON.parse(process.value)).toMatchObject({ SessionToken: secret });
  });
});

describe('every format, generated values', () => {
  const value = fc.string({ unit: hostileChar, minLength: 1, maxLength: 20 });

  it('refuses, or writes text with no unsafe character outside line endings', () => {
    fc.assert(
      fc.property(credentialsWith(value), ({ creds, region }) => {
        for (const format of exportFormats) {
          const out = format.write(creds, { region, profileName: 'p' });
          if (out.ok) {
            expect(findUnsafeCharacter(out.value.replace(/\r\n/g, '\n'), true)).toBeUndefined();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('JSON formats always write, and read back every value', () => {
    fc.assert(
      fc.property(credentialsWith(value), ({ creds }) => {
        const out = toCredentialProcessJson(creds);
        if (!out.ok) throw new Error(out.error);
        expect(out.value).not.toMatch(RAW_UNSAFE);
        expect(JSON.parse(out.value)).toMatchObject({ SecretAccessKey: creds.secretAccessKey });
      }),
      { numRuns: 300 },
    );
  });
});
