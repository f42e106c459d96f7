import fc from 'fast-check';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { findUnsafeCharacter } from './unsafe-characters.ts';

/** Characters that break naive quoting in some shell or file format (test data only). */
const HOSTILE = [
  "'",
  '"',
  '\\',
  '$',
  '`',
  '\n',
  '%',
  ' ',
  '#',
  ';',
  '(',
  ')',
  '!',
  '^',
  '&',
  '|',
  '<',
  '>',
  '-',
  '=',
  '{',
  '}',
  '*',
  '?',
  '~',
  '[',
  ']',
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
  '\u201C',
  '\u201D',
  'é',
  '😀',
  // Controls and invisible formatting no export may carry raw (C1, separators, bidi).
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2067',
  '\u200f',
  '\u061c',
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A character: often hostile, otherwise any Unicode code point (test data only). */
export const hostileChar = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** A non-empty value a terminal paste can carry (no unsafe characters but LF, valid UTF-16). */
export const terminalValue = fc
  .string({ unit: hostileChar, minLength: 1, maxLength: 30 })
  .filter((s) => findUnsafeCharacter(s, true) === undefined && !LONE_SURROGATE.test(s));

/** Access key IDs as the importers accept them (\w{16,128}). */
export const accessKeyId = fc.stringMatching(/^A[KS]IA[A-Z0-9]{16}$/);

/** Expirations inside the years a Date and ISO 8601 share. */
export const expiration = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** A credential set with hostile secret, token and region built from `value` (test data only). */
export function credentialsWith(
  value: fc.Arbitrary<string>,
): fc.Arbitrary<{ creds: AwsCredentials; region: string | undefined }> {
  return fc.record({
    creds: fc.record(
      {
        accessKeyId,
        secretAccessKey: value,
        sessionToken: value,
        expiration,
      },
      { requiredKeys: ['accessKeyId', 'secretAccessKey'] },
    ),
    region: fc.option(value, { nil: undefined }),
  });
}
