import fc from 'fast-check';
import { describe, it } from 'vitest';
import { decodeAccessKeyId } from './access-key-id.ts';
import { describePrincipalArn } from './arn.ts';
import { findEncodedAuthorizationMessage } from './authorization-message.ts';
import { parseDecodedAuthorizationMessage } from './decoded-authorization-message.ts';
import { anyText, jsonish, nearJwt, nearXml } from './fuzz-arbitraries.ts';
import { fuzz } from './fuzz-check.ts';
import { decodeJwt } from './jwt.ts';
import { trustPolicyConditionJson, trustPolicyConditionKeys } from './jwt-trust-policy.ts';
import { jwtTimes, jwtWarnings } from './jwt-warnings.ts';
import { decodeSamlResponse } from './saml.ts';
import { samlWarnings } from './saml-warnings.ts';

// 10,000 runs per target take a few seconds; the ceiling leaves room on a busy machine.
describe('hostile input: decoders never throw, never pollute', { timeout: 60_000 }, () => {
  it('decodeJwt and the token view helpers', () => {
    fuzz(fc.oneof(nearJwt, anyText), (input) => {
      const result = decodeJwt(input);
      if (result.ok) {
        jwtWarnings(result.value, 1_700_000_000, { expectedAudiences: ['x'] });
        jwtTimes(result.value.claims);
        trustPolicyConditionJson(trustPolicyConditionKeys(result.value.claims));
      }
      return result;
    });
  });

  it('decodeSamlResponse and samlWarnings', () => {
    fuzz(
      fc.oneof({ weight: 4, arbitrary: nearXml }, { weight: 1, arbitrary: anyText }),
      (input) => {
        const result = decodeSamlResponse(input);
        if (result.ok) samlWarnings(result.value, new Date(0));
        return result;
      },
    );
  });

  it('findEncodedAuthorizationMessage', () => {
    const errorText = fc
      .tuple(
        anyText,
        fc.constantFrom(
          'Encoded authorization failure message: ',
          'encoded authorization failure message:\n',
          '',
        ),
        fc.string({ unit: fc.constantFrom(...'Aa0-_+/= \n'.split('')), maxLength: 300 }),
      )
      .map((parts) => parts.join(''));
    fuzz(fc.oneof(errorText, anyText), findEncodedAuthorizationMessage);
  });

  it('parseDecodedAuthorizationMessage', () => {
    const shaped = fc
      .record(
        {
          allowed: fc.oneof(
            fc.boolean(),
            fc.constantFrom('true', 'false', ''),
            fc.jsonValue({ maxDepth: 2 }),
          ),
          explicitDeny: fc.jsonValue({ maxDepth: 2 }),
          matchedStatements: fc.oneof(
            fc.constant(''),
            fc.jsonValue({ maxDepth: 2 }),
            fc.record({ items: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) }),
          ),
          failures: fc.jsonValue({ maxDepth: 2 }),
          context: fc.oneof(
            fc.jsonValue({ maxDepth: 2 }),
            fc.record({
              principal: fc.jsonValue({ maxDepth: 2 }),
              action: fc.jsonValue({ maxDepth: 2 }),
              conditions: fc.oneof(
                fc.jsonValue({ maxDepth: 2 }),
                fc.record({ items: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) }),
              ),
            }),
          ),
        },
        { requiredKeys: [] },
      )
      .map((doc) => JSON.stringify(doc));
    fuzz(fc.oneof(shaped, jsonish), parseDecodedAuthorizationMessage);
  });

  it('decodeAccessKeyId', () => {
    const nearKey = fc.stringMatching(/^A[A-Z]{3}[A-Z0-9]{12,30}$/);
    fuzz(fc.oneof(nearKey, anyText), decodeAccessKeyId);
  });

  it('describePrincipalArn', () => {
    const nearArn = fc
      .tuple(
        fc.constantFrom('arn:aws:', 'arn:aws-cn:', 'arn:', 'arn:x:'),
        fc.constantFrom('iam::', 'sts::', 's3:::'),
        fc.stringMatching(/^\d{0,13}$/),
        fc.constantFrom(':role/', ':assumed-role/', ':user/', ':federated-user/', ':root', ':'),
        anyText,
      )
      .map((parts) => parts.join(''));
    fuzz(fc.oneof(nearArn, anyText), describePrincipalArn);
  });
});
