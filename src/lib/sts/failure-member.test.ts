import { describe, expect, test } from 'vitest';
import { failedMember } from './failure-member.ts';
import type { StsFailure } from './sts-failure.ts';

const sts = (code: string, message: string): StsFailure => ({ kind: 'sts', code, message });
const assumeRole = [
  'RoleArn',
  'RoleSessionName',
  'DurationSeconds',
  'Policy',
  'Tags',
  'TokenCode',
  'SerialNumber',
];

describe('failedMember', () => {
  test.each([
    [
      "1 validation error detected: Value 'x' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
      'RoleArn',
      'STS: Member must have length greater than or equal to 20',
    ],
    [
      "1 validation error detected: Value 'a|b' at 'tags.1.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}]*",
      'Tags.0.Value',
      'STS: Member must satisfy regular expression pattern: [\\p{L}]*',
    ],
    [
      "2 validation errors detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200; Value '' at 'roleArn' failed to satisfy constraint: x",
      'DurationSeconds',
      'STS: Member must have value less than or equal to 43200',
    ],
  ])('ValidationError names the member: %s', (message, path, text) => {
    expect(failedMember(sts('ValidationError', message), assumeRole)).toEqual({
      path,
      message: text,
    });
  });

  test('nested list members keep the SDK spelling (policyArns.2.member.arn → PolicyArns.1.arn)', () => {
    const failure = sts(
      'ValidationError',
      "1 validation error detected: Value 'x' at 'policyArns.2.member.arn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
    expect(failedMember(failure, ['RoleArn', 'PolicyArns'])?.path).toBe('PolicyArns.1.arn');
  });

  test('a member the page does not have is not named', () => {
    const failure = sts(
      'ValidationError',
      "1 validation error detected: Value 'x' at 'serialNumber' failed to satisfy constraint: y",
    );
    expect(failedMember(failure, ['RoleArn'])).toBeUndefined();
  });

  test('InvalidParameterValue naming a member in its own spelling', () => {
    const failure = sts(
      'InvalidParameterValue',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
    expect(failedMember(failure, assumeRole)).toEqual({
      path: 'DurationSeconds',
      message: failure.message,
    });
  });

  test.each([
    ['MalformedPolicyDocument', 'Syntax errors in policy.', assumeRole, 'Policy'],
    [
      'PackedPolicyTooLarge',
      'Packed policy consumes 112% of allotted space',
      ['RoleArn', 'Tags'],
      'Tags',
    ],
    [
      'IDPRejectedClaim',
      'Token audience mismatch',
      ['RoleArn', 'WebIdentityToken'],
      'WebIdentityToken',
    ],
    [
      'InvalidIdentityToken',
      'Response signature invalid',
      ['RoleArn', 'SAMLAssertion'],
      'SAMLAssertion',
    ],
    ['ExpiredTokenException', 'Response has expired', ['SAMLAssertion'], 'SAMLAssertion'],
    ['InvalidAuthorizationMessageException', 'bad', ['EncodedMessage'], 'EncodedMessage'],
    ['ExpiredTradeInTokenException', 'expired', ['TradeInToken'], 'TradeInToken'],
    [
      'AccessDenied',
      'MultiFactorAuthentication failed with invalid MFA one time pass code. ',
      assumeRole,
      'TokenCode',
    ],
    [
      'AccessDenied',
      'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid',
      assumeRole,
      'SerialNumber',
    ],
  ])('%s points at its field', (code, message, members, path) => {
    expect(failedMember(sts(code, message), members)?.path).toBe(path);
  });

  test('errors about no one field name none', () => {
    expect(
      failedMember(
        sts('AccessDenied', 'User x is not authorized to perform sts:AssumeRole'),
        assumeRole,
      ),
    ).toBeUndefined();
    expect(failedMember(sts('Throttling', 'Rate exceeded'), assumeRole)).toBeUndefined();
    expect(
      failedMember(
        {
          kind: 'network',
          code: 'NetworkError',
          message: "at 'roleArn' failed to satisfy constraint: x",
        },
        assumeRole,
      ),
    ).toBeUndefined();
  });
});
