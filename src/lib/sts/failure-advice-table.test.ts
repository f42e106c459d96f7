import { describe, expect, it } from 'vitest';
import stsModel from '../../../model/sts-model.json';
import { adviseOnFailure } from './failure-advice.ts';

const operations = stsModel.operations as Record<string, { errors?: { code: string }[] }>;
const UNSIGNED = ['AssumeRoleWithWebIdentity', 'AssumeRoleWithSAML'];
/** Errors any operation can get from STS or the sandbox, besides the ones its model lists. */
const COMMON = [
  'AccessDenied',
  'ValidationError',
  'InvalidParameterValue',
  'MalformedInput',
  'InvalidAction',
  'Throttling',
  'InternalFailure',
  'ServiceUnavailable',
];
const SIGNED_ONLY = [
  'ExpiredToken',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
];

const advise = (operation: string, code: string, message = 'm', extra: object = {}) =>
  adviseOnFailure(
    { kind: 'sts', code, message, httpStatus: 400, ...extra },
    {
      operation,
      endpointUrl: 'https://sts.us-east-1.amazonaws.com',
      roleArn: 'arn:aws:iam::1:role/R',
    },
  );

const everyPair = Object.entries(operations).flatMap(([operation, o]) =>
  [
    ...new Set([
      ...(o.errors ?? []).map((e) => e.code),
      ...COMMON,
      ...(UNSIGNED.includes(operation) ? [] : SIGNED_ONLY),
    ]),
  ].map((code) => [operation, code] as const),
);

describe('advice for every operation × error code', () => {
  it.each(everyPair)('%s / %s has its own advice, in the console’s words', (operation, code) => {
    const advice = advise(operation, code);
    expect(advice.title).not.toBe(code);
    const text = `${advice.title} ${advice.explanation} ${advice.nextStep}`;
    expect(text).not.toContain('`');
    expect(text).not.toMatch(/\bSettings\b/);
  });
});

const MFA_WRONG = 'MultiFactorAuthentication failed with invalid MFA one time pass code. ';
const MFA_SERIAL =
  'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.';
const encoded = { encodedAuthorizationMessage: 'abc' };

describe('the next step, row by row', () => {
  it.each<[string, string, string, object, RegExp]>([
    ['AssumeRole', 'AccessDenied', MFA_WRONG, {}, /device’s clock.*wait for the next code/],
    ['GetSessionToken', 'AccessDenied', MFA_WRONG, {}, /device’s clock.*wait for the next code/],
    ['AssumeRole', 'AccessDenied', MFA_SERIAL, {}, /^Check MFA serial number/],
    [
      'AssumeRoleWithWebIdentity',
      'AccessDenied',
      'Not authorized',
      encoded,
      /^Open Trust policy check/,
    ],
    ['AssumeRoleWithSAML', 'AccessDenied', 'Not authorized', encoded, /^Open Trust policy check/],
    [
      'AssumeRole',
      'AccessDenied',
      'not authorized',
      encoded,
      /Trust policy check.*MFA serial number and MFA code/,
    ],
    [
      'DecodeAuthorizationMessage',
      'AccessDenied',
      'not authorized',
      {},
      /sts:DecodeAuthorizationMessage/,
    ],
    [
      'GetFederationToken',
      'AccessDenied',
      'not authorized',
      encoded,
      /^Decode the authorization message/,
    ],
    ['GetFederationToken', 'AccessDenied', 'not authorized', {}, /IAM policies of the identity/],
    ['AssumeRoleWithWebIdentity', 'ExpiredTokenException', 'Token expired', {}, /fresh token/],
    ['AssumeRoleWithSAML', 'ExpiredTokenException', 'expired', {}, /fresh SAML response/],
    ['AssumeRole', 'ExpiredTokenException', 'expired', {}, /Sign with/],
    ['GetCallerIdentity', 'ExpiredToken', 'expired', {}, /Sign with/],
    [
      'AssumeRoleWithWebIdentity',
      'InvalidIdentityToken',
      'Incorrect token audience',
      {},
      /client ID/,
    ],
    [
      'AssumeRoleWithWebIdentity',
      'InvalidIdentityToken',
      'No OpenIDConnect provider found',
      {},
      /token is complete/,
    ],
    [
      'AssumeRoleWithSAML',
      'InvalidIdentityToken',
      'Invalid audience in SAML assertion',
      {},
      /SAML provider/,
    ],
    [
      'AssumeRoleWithWebIdentity',
      'IDPCommunicationError',
      'timeout',
      {},
      /discovery document and JWKS/,
    ],
    ['AssumeRoleWithWebIdentity', 'IDPRejectedClaim', 'rejected', {}, /fresh token/],
    ['AssumeRoleWithSAML', 'IDPRejectedClaim', 'rejected', {}, /Role attribute/],
    [
      'AssumeRole',
      'RegionDisabledException',
      'not activated',
      {},
      /endpoint settings in the top bar/,
    ],
    ['AssumeRole', 'PackedPolicyTooLarge', 'too large', {}, /session tags/],
    ['AssumeRoleWithSAML', 'PackedPolicyTooLarge', 'too large', {}, /token or assertion/],
    [
      'AssumeRole',
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      {},
      /3600 seconds or less in Duration \(seconds\)/,
    ],
    [
      'AssumeRole',
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      {},
      /maximum session duration/,
    ],
    [
      'AssumeRole',
      'ValidationError',
      'The source identity of a role session cannot be changed once it is set.',
      {},
      /Source identity/,
    ],
    ['AssumeRole', 'ValidationError', '1 validation error detected', {}, /Correct the field/],
    ['AssumeRole', 'MalformedPolicyDocument', 'bad', {}, /Session policy \(JSON\)/],
    ['GetCallerIdentity', 'MissingAuthenticationToken', '', {}, /Sign with/],
  ])('%s / %s "%s"', (operation, code, message, extra, nextStep) => {
    expect(advise(operation, code, message, extra).nextStep).toMatch(nextStep);
  });

  it('never sends an unsigned caller to decode the message', () => {
    for (const operation of UNSIGNED) {
      expect(advise(operation, 'AccessDenied', 'Not authorized', encoded).nextStep).not.toMatch(
        /^Decode/,
      );
    }
  });

  it('points an unreachable endpoint at the endpoint settings, without backticks', () => {
    const advice = adviseOnFailure(
      { kind: 'network', code: 'NetworkError', message: 'Failed to fetch' },
      {
        operation: 'GetCallerIdentity',
        endpointUrl: 'http://127.0.0.1:1',
        networkCause: 'unreachable',
      },
    );
    expect(advice.nextStep).toContain('the endpoint settings in the top bar');
    expect(advice.nextStep).not.toContain('`');
  });
});
